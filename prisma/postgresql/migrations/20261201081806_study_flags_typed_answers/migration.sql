-- AlterTable
ALTER TABLE "CardState" ADD COLUMN     "flagged" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "checkOverride" BOOLEAN,
ADD COLUMN     "typedAnswer" TEXT;

