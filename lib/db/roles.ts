// Who may do what, as the database says (a session's role could be stale): every account may own
// decks and import documents; teaching (classes, assignments) is for instructor and admin accounts.
import { Forbidden, NotFound } from "@/lib/errors";
import { db } from "./client";

/** Any existing account: owning decks and importing documents need nothing more. */
export async function requireAccount(userId: string) {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, name: true, email: true },
  });
  if (!user) throw NotFound("Your account");
  return user;
}

export async function requireInstructor(userId: string, message = "This needs an instructor account.") {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, name: true, email: true },
  });
  if (!user) throw NotFound("Your account");
  if (user.role !== "instructor" && user.role !== "admin") throw Forbidden(message);
  return user;
}
