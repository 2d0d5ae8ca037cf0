// Failed sign-ins counted per key ("email:…", "ip:…") in a fixed window, kept in the database so
// every app instance agrees. An email past its limit is locked for the rest of the window. An
// address is never locked (a school shares one): past its free failures each attempt from it
// takes the next free slot, spaced by a delay that grows with the failures, so a legitimate
// user there waits seconds while a guesser is held to a trickle.
import { db } from "./client";

export type ThrottleRule = { maxFailures: number; windowMs: number };
export type AddressRule = {
  windowMs: number;
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxWaitMs: number;
};

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

/** The delay an address's next attempt must keep after `failures` failures in the window. */
export function addressDelayMs(failures: number, rule: AddressRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.baseDelayMs * 2 ** (failures - rule.freeFailures), rule.maxDelayMs);
}

/**
 * Takes the address's next attempt slot: how long to wait before checking the password, or, when
 * the queue of attempts is already longer than `maxWaitMs`, how long until trying again makes sense.
 * For address keys `lockedUntil` holds the next free slot, not a lock.
 */
export async function reserveAddressSlot(
  key: string,
  rule: AddressRule,
  now: Date,
): Promise<{ waitMs: number } | { retryAfterMs: number }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const row = await tx.authThrottle.findUnique({ where: { key } });
    if (!row || now.getTime() - row.windowStart.getTime() >= rule.windowMs) return { waitMs: 0 };
    const delay = addressDelayMs(row.failures, rule);
    if (delay === 0) return { waitMs: 0 };
    const slot = Math.max(now.getTime(), row.lockedUntil?.getTime() ?? 0);
    const waitMs = slot - now.getTime();
    if (waitMs > rule.maxWaitMs) return { retryAfterMs: waitMs };
    await tx.authThrottle.update({ where: { key }, data: { lockedUntil: new Date(slot + delay) } });
    return { waitMs };
  });
}

export async function recordAddressFailure(key: string, rule: AddressRule, now: Date): Promise<void> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const row = await tx.authThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() >= rule.windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const windowStart = fresh ? now : row.windowStart;
    const nextSlot = fresh ? null : row.lockedUntil;
    await tx.authThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart, lockedUntil: null },
      update: { failures, windowStart, lockedUntil: nextSlot },
    });
  });
}

export async function clearFailures(key: string): Promise<void> {
  const prisma = await db();
  await prisma.authThrottle.deleteMany({ where: { key } });
}
