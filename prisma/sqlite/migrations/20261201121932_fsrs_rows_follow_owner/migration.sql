-- Rows left by users and classes deleted before these tables had foreign keys: nothing reaches
-- them, and the constraints below would refuse them.
DELETE FROM "FsrsParameters" WHERE ("userId" IS NOT NULL AND "userId" NOT IN (SELECT "id" FROM "User"))
  OR ("classId" IS NOT NULL AND "classId" NOT IN (SELECT "id" FROM "Class"));
DELETE FROM "FsrsOptimisation" WHERE ("userId" IS NOT NULL AND "userId" NOT IN (SELECT "id" FROM "User"))
  OR ("classId" IS NOT NULL AND "classId" NOT IN (SELECT "id" FROM "Class"));
DELETE FROM "FsrsPreference" WHERE "userId" NOT IN (SELECT "id" FROM "User");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FsrsOptimisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "classId" TEXT,
    "requestedBy" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" REAL NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "result" TEXT,
    "error" TEXT,
    "parametersId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "FsrsOptimisation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FsrsOptimisation_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FsrsOptimisation" ("classId", "createdAt", "error", "finishedAt", "id", "parametersId", "progress", "requestedBy", "result", "reviewCount", "status", "userId") SELECT "classId", "createdAt", "error", "finishedAt", "id", "parametersId", "progress", "requestedBy", "result", "reviewCount", "status", "userId" FROM "FsrsOptimisation";
DROP TABLE "FsrsOptimisation";
ALTER TABLE "new_FsrsOptimisation" RENAME TO "FsrsOptimisation";
CREATE INDEX "FsrsOptimisation_userId_createdAt_idx" ON "FsrsOptimisation"("userId", "createdAt");
CREATE INDEX "FsrsOptimisation_classId_createdAt_idx" ON "FsrsOptimisation"("classId", "createdAt");
CREATE TABLE "new_FsrsParameters" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "classId" TEXT,
    "weights" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'fitted',
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "logLoss" REAL,
    "rmse" REAL,
    "baselineLogLoss" REAL,
    "baselineRmse" REAL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FsrsParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FsrsParameters_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FsrsParameters" ("active", "baselineLogLoss", "baselineRmse", "classId", "createdAt", "id", "logLoss", "reviewCount", "rmse", "source", "userId", "weights") SELECT "active", "baselineLogLoss", "baselineRmse", "classId", "createdAt", "id", "logLoss", "reviewCount", "rmse", "source", "userId", "weights" FROM "FsrsParameters";
DROP TABLE "FsrsParameters";
ALTER TABLE "new_FsrsParameters" RENAME TO "FsrsParameters";
CREATE INDEX "FsrsParameters_userId_createdAt_idx" ON "FsrsParameters"("userId", "createdAt");
CREATE INDEX "FsrsParameters_classId_createdAt_idx" ON "FsrsParameters"("classId", "createdAt");
CREATE TABLE "new_FsrsPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "autoOptimise" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FsrsPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FsrsPreference" ("autoOptimise", "updatedAt", "userId") SELECT "autoOptimise", "updatedAt", "userId" FROM "FsrsPreference";
DROP TABLE "FsrsPreference";
ALTER TABLE "new_FsrsPreference" RENAME TO "FsrsPreference";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

