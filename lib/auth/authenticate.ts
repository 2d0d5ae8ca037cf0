// Checks a sign-in attempt. Wrong password and unknown email fail the same way (same message,
// same argon2 cost); attempts are limited per email and per client address.
import { clearFailures, lockedUntil, recordFailure, type ThrottleRule } from "@/lib/db/auth-throttle";
import { findUserForSignIn } from "@/lib/db/users";
import { RateLimited } from "@/lib/errors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInSchema, type Role } from "@/lib/validation/auth";

export const EMAIL_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * 60_000 };

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: Role };

export async function authenticate(
  credentials: { email?: unknown; password?: unknown },
  clientAddress: string,
  now = new Date(),
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const emailKey = `email:${email}`;
  const addressKey = `ip:${clientAddress}`;

  const locked = await lockedUntil([emailKey, addressKey], now);
  if (locked) {
    const minutes = Math.max(1, Math.ceil((locked.getTime() - now.getTime()) / 60_000));
    throw RateLimited(`Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }

  const user = await findUserForSignIn(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await recordFailure(emailKey, EMAIL_RULE, now);
    await recordFailure(addressKey, ADDRESS_RULE, now);
    return null;
  }
  await clearFailures(emailKey);
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
}
