// Failed sign-ins counted per key ("email:…", "ip:…") in a fixed window; past the limit the key
// is locked for the rest of the window. Kept in the database so every app instance agrees.
import { db } from "./client";

export type ThrottleRule = { maxFailures: number; windowMs: number };

export async function lockedUntil(keys: string[], now: Date): Promise<Date | null> {
  const prisma = await db();
  const rows = await prisma.authThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

export async function recordFailure(key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const row = await tx.authThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() >= rule.windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const windowStart = fresh ? now : row.windowStart;
    const locked = failures >= rule.maxFailures ? new Date(windowStart.getTime() + rule.windowMs) : null;
    await tx.authThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart, lockedUntil: locked },
      update: { failures, windowStart, lockedUntil: locked },
    });
  });
}

export async function clearFailures(key: string): Promise<void> {
  const prisma = await db();
  await prisma.authThrottle.deleteMany({ where: { key } });
}
