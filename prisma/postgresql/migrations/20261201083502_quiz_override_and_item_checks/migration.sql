-- CreateTable
CREATE TABLE "QuizItemCheck" (
    "id" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuizItemCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizOverride" (
    "id" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "given" TEXT NOT NULL,
    "reviewId" TEXT,
    "ratingBefore" INTEGER,
    "ratingAfter" INTEGER,
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuizOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuizItemCheck_quizId_itemId_key" ON "QuizItemCheck"("quizId", "itemId");

-- CreateIndex
CREATE INDEX "QuizOverride_userId_createdAt_idx" ON "QuizOverride"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizOverride_quizId_itemId_key" ON "QuizOverride"("quizId", "itemId");

-- AddForeignKey
ALTER TABLE "QuizItemCheck" ADD CONSTRAINT "QuizItemCheck_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizOverride" ADD CONSTRAINT "QuizOverride_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

