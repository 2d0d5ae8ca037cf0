-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DocumentImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "documents" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'processing',
    "progress" REAL NOT NULL DEFAULT 0,
    "error" TEXT,
    "candidates" TEXT NOT NULL DEFAULT '[]',
    "conflicts" TEXT NOT NULL DEFAULT '[]',
    "kind" TEXT NOT NULL DEFAULT 'documents',
    "payload" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DocumentImport_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DocumentImport" ("candidates", "conflicts", "createdAt", "documents", "error", "id", "ownerId", "progress", "status", "title", "updatedAt") SELECT "candidates", "conflicts", "createdAt", "documents", "error", "id", "ownerId", "progress", "status", "title", "updatedAt" FROM "DocumentImport";
DROP TABLE "DocumentImport";
ALTER TABLE "new_DocumentImport" RENAME TO "DocumentImport";
CREATE INDEX "DocumentImport_ownerId_createdAt_idx" ON "DocumentImport"("ownerId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

