-- CreateTable
CREATE TABLE "FsrsParameters" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "FsrsOptimisation" (
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
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "FsrsPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "autoOptimise" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "FsrsParameters_userId_createdAt_idx" ON "FsrsParameters"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FsrsParameters_classId_createdAt_idx" ON "FsrsParameters"("classId", "createdAt");

-- CreateIndex
CREATE INDEX "FsrsOptimisation_userId_createdAt_idx" ON "FsrsOptimisation"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FsrsOptimisation_classId_createdAt_idx" ON "FsrsOptimisation"("classId", "createdAt");

