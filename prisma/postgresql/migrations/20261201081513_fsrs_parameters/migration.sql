-- CreateTable
CREATE TABLE "FsrsParameters" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "classId" TEXT,
    "weights" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'fitted',
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "logLoss" DOUBLE PRECISION,
    "rmse" DOUBLE PRECISION,
    "baselineLogLoss" DOUBLE PRECISION,
    "baselineRmse" DOUBLE PRECISION,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FsrsParameters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FsrsOptimisation" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "classId" TEXT,
    "requestedBy" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "result" TEXT,
    "error" TEXT,
    "parametersId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "FsrsOptimisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FsrsPreference" (
    "userId" TEXT NOT NULL,
    "autoOptimise" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FsrsPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "FsrsParameters_userId_createdAt_idx" ON "FsrsParameters"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FsrsParameters_classId_createdAt_idx" ON "FsrsParameters"("classId", "createdAt");

-- CreateIndex
CREATE INDEX "FsrsOptimisation_userId_createdAt_idx" ON "FsrsOptimisation"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FsrsOptimisation_classId_createdAt_idx" ON "FsrsOptimisation"("classId", "createdAt");

