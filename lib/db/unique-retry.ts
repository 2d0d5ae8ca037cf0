// Writes that pick a unique slug, key or code can lose a race to another request (or, for a
// random code, collide): they are tried again a bounded number of times.
import { isUniqueViolation } from "./users";

/**
 * Runs `write` up to `attempts` times while it fails on a unique constraint; any other error is
 * thrown at once. When every attempt lost, throws `exhausted()` if given, else the last violation.
 */
export async function retryOnUniqueViolation<T>(
  attempts: number,
  write: () => Promise<T>,
  exhausted?: () => Error,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (attempt >= attempts) throw exhausted ? exhausted() : e;
    }
  }
}
