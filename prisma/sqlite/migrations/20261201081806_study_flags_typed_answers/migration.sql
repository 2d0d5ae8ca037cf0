-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "checkOverride" BOOLEAN;
ALTER TABLE "ReviewLog" ADD COLUMN "typedAnswer" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CardState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL DEFAULT 0,
    "difficulty" REAL NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" DATETIME,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" DATETIME,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "CardState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardState_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CardState" ("buriedUntil", "cardId", "deckId", "difficulty", "due", "elapsedDays", "factId", "id", "lapses", "lastReview", "learningSteps", "leech", "reps", "scheduledDays", "stability", "state", "suspended", "userId", "version") SELECT "buriedUntil", "cardId", "deckId", "difficulty", "due", "elapsedDays", "factId", "id", "lapses", "lastReview", "learningSteps", "leech", "reps", "scheduledDays", "stability", "state", "suspended", "userId", "version" FROM "CardState";
DROP TABLE "CardState";
ALTER TABLE "new_CardState" RENAME TO "CardState";
CREATE INDEX "CardState_userId_deckId_due_idx" ON "CardState"("userId", "deckId", "due");
CREATE INDEX "CardState_userId_due_idx" ON "CardState"("userId", "due");
CREATE UNIQUE INDEX "CardState_userId_cardId_key" ON "CardState"("userId", "cardId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

