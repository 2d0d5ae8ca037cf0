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
CREATE INDEX "QuizOverride_userId_createdAt_idx" ON "QuizOverride"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizOverride_quizId_itemId_key" ON "QuizOverride"("quizId", "itemId");

