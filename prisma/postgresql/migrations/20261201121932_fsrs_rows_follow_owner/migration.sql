-- Rows left by users and classes deleted before these tables had foreign keys: nothing reaches
-- them, and the constraints below would refuse them.
DELETE FROM "FsrsParameters" WHERE ("userId" IS NOT NULL AND "userId" NOT IN (SELECT "id" FROM "User"))
  OR ("classId" IS NOT NULL AND "classId" NOT IN (SELECT "id" FROM "Class"));
DELETE FROM "FsrsOptimisation" WHERE ("userId" IS NOT NULL AND "userId" NOT IN (SELECT "id" FROM "User"))
  OR ("classId" IS NOT NULL AND "classId" NOT IN (SELECT "id" FROM "Class"));
DELETE FROM "FsrsPreference" WHERE "userId" NOT IN (SELECT "id" FROM "User");

-- AddForeignKey
ALTER TABLE "FsrsParameters" ADD CONSTRAINT "FsrsParameters_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FsrsParameters" ADD CONSTRAINT "FsrsParameters_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FsrsOptimisation" ADD CONSTRAINT "FsrsOptimisation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FsrsOptimisation" ADD CONSTRAINT "FsrsOptimisation_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FsrsPreference" ADD CONSTRAINT "FsrsPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

