-- CreateTable
CREATE TABLE "DocumentImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "documents" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'processing',
    "progress" REAL NOT NULL DEFAULT 0,
    "error" TEXT,
    "candidates" TEXT NOT NULL DEFAULT '[]',
    "conflicts" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DocumentImport_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DocumentImport_ownerId_createdAt_idx" ON "DocumentImport"("ownerId", "createdAt");

