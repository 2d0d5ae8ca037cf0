// Who may teach: instructor and admin accounts, as the database says (a session's role could be stale).
import { Forbidden, NotFound } from "@/lib/errors";
import { db } from "./client";

export async function requireInstructor(userId: string, message = "This needs an instructor account.") {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true, email: true } });
  if (!user) throw NotFound("Your account");
  if (user.role !== "instructor" && user.role !== "admin") throw Forbidden(message);
  return user;
}
