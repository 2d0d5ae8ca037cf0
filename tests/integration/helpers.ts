// Shared test fixtures: empty the tables between tests and make users quickly.
import { randomUUID } from "node:crypto";
import { db, dbProvider } from "@/lib/db/client";

const TABLES = [
  "Job",
  "FsrsParameters",
  "FsrsOptimisation",
  "FsrsPreference",
  "ReviewLog",
  "CardState",
  "QuizOverride",
  "QuizItemCheck",
  "Quiz",
  "Assignment",
  "Enrollment",
  "Class",
  "ExamDate",
  "Card",
  "Fact",
  "Source",
  "Deck",
  "AuthThrottle",
  "User",
];

export async function resetDatabase(): Promise<void> {
  const prisma = await db();
  if (dbProvider() === "postgresql") {
    await prisma.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
    return;
  }
  for (const t of TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${t}"`);
}

export async function makeUser(role: "learner" | "instructor" | "admin" = "learner") {
  const prisma = await db();
  // A fixed, cheap stand-in hash: these users never sign in through argon2 in tests that use it.
  return prisma.user.create({ data: { email: `${role}-${randomUUID()}@example.test`, passwordHash: "x", role } });
}

export const engine = dbProvider();
