import type { Role } from "@/lib/validation/auth";
import { Invalid } from "@/lib/errors";
import { db } from "./client";

export type UserSummary = { id: string; email: string; name: string | null; role: Role };

export async function findUserForSignIn(email: string) {
  const prisma = await db();
  return prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
}

export async function createUser(input: {
  email: string;
  name?: string;
  passwordHash: string;
  role: Role;
  timeZone?: string;
}): Promise<UserSummary> {
  const prisma = await db();
  try {
    const user = await prisma.user.create({
      data: {
        email: input.email,
        name: input.name || null,
        passwordHash: input.passwordHash,
        role: input.role,
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      },
      select: { id: true, email: true, name: true, role: true },
    });
    return user as UserSummary;
  } catch (e) {
    if (isUniqueViolation(e))
      throw Invalid("An account with that email already exists.", {
        email: ["An account with that email already exists. Sign in instead?"],
      });
    throw e;
  }
}

/** Creates or refreshes an account by email (the demo accounts); keeps its id and data. */
export async function upsertUser(input: {
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
}): Promise<UserSummary> {
  const prisma = await db();
  const user = await prisma.user.upsert({
    where: { email: input.email },
    create: input,
    update: { name: input.name, passwordHash: input.passwordHash, role: input.role },
    select: { id: true, email: true, name: true, role: true },
  });
  return user as UserSummary;
}

/** A unique-constraint failure, from the ORM (P2002) or from raw SQL (P2010, as the driver adapter reports it). */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== "object" || e === null || !("code" in e)) return false;
  const { code, meta } = e as { code: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return (
    code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation")
  );
}
