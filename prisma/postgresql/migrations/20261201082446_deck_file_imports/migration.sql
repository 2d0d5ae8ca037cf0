-- AlterTable
ALTER TABLE "DocumentImport" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'documents',
ADD COLUMN     "payload" TEXT NOT NULL DEFAULT '';

