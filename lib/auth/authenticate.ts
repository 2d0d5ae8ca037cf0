// Checks a sign-in attempt. Wrong password and unknown email fail the same way (same message,
// same argon2 cost). An email is locked after repeated failures; a locked attempt still does the
// same work as a wrong one (lookup, argon2, counting) so its answer takes the same time. An
// address is slowed, never locked: see lib/db/auth-throttle.
import {
  clearFailures,
  lockedUntil,
  recordAddressFailure,
  recordFailure,
  reserveAddressSlot,
  type AddressRule,
  type ThrottleRule,
} from "@/lib/db/auth-throttle";
import { findUserForSignIn } from "@/lib/db/users";
import { RateLimited } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInSchema, type Role } from "@/lib/validation/auth";

export const EMAIL_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000 };
export const ADDRESS_RULE: AddressRule = {
  windowMs: 15 * 60_000,
  freeFailures: 10,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxWaitMs: 20_000,
};

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: Role };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function authenticate(
  credentials: { email?: unknown; password?: unknown },
  clientAddress: string,
  now = new Date(),
  wait: (ms: number) => Promise<void> = sleep,
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const emailKey = `email:${email}`;
  const addressKey = `ip:${clientAddress}`;

  const slot = await reserveAddressSlot(addressKey, ADDRESS_RULE, now);
  if ("retryAfterMs" in slot) {
    const seconds = Math.max(1, Math.ceil(slot.retryAfterMs / 1000));
    throw RateLimited(`Too many sign-in attempts from your network. Try again in ${seconds} seconds.`);
  }
  if (slot.waitMs > 0) await wait(slot.waitMs);
  const at = new Date(now.getTime() + slot.waitMs);

  const locked = await lockedUntil([emailKey], at);
  const user = await findUserForSignIn(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (locked || !user || !ok) {
    await recordFailure(emailKey, EMAIL_RULE, at);
    await recordAddressFailure(addressKey, ADDRESS_RULE, at);
    if (locked) {
      const minutes = Math.max(1, Math.ceil((locked.getTime() - at.getTime()) / 60_000));
      throw RateLimited(`Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
    return null;
  }
  await clearFailures(emailKey);
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
}
