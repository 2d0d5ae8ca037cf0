-- DropIndex
DROP INDEX "CardState_userId_deckId_due_idx";

-- CreateIndex
CREATE INDEX "CardState_userId_deckId_due_idx" ON "CardState"("userId", "deckId", "due", "suspended", "state", "factId", "cardId", "stability", "lastReview", "scheduledDays", "buriedUntil");

