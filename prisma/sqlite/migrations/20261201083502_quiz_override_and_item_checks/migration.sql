-- CreateTable
CREATE TABLE "QuizItemCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "checkedAt" DATETIME NOT NULL,
    CONSTRAINT "QuizItemCheck_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuizOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "given" TEXT NOT NULL,
    "reviewId" TEXT,
    "ratingBefore" INTEGER,
    "ratingAfter" INTEGER,
    "reviewNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuizOverride_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "QuizItemCheck_quizId_itemId_key" ON "QuizItemCheck"("quizId", "itemId");

-- CreateIndex
CREATE INDEX "QuizOverride_userId_createdAt_idx" ON "QuizOverride"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizOverride_quizId_itemId_key" ON "QuizOverride"("quizId", "itemId");

