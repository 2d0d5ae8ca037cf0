// The sign-in throttling rules: per account a lock, per address a growing delay that a legitimate
// user on the same address can wait out, locked and wrong answers in the same time.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ADDRESS_RULE, authenticate, EMAIL_RULE } from "@/lib/auth/authenticate";
import { signUp } from "@/lib/auth/sign-up";
import { addressDelayMs } from "@/lib/db/auth-throttle";
import { db, disconnectDb } from "@/lib/db/client";
import { engine, resetDatabase } from "./helpers";

const NOW = new Date("2026-03-01T10:00:00Z");
const SCHOOL = "203.0.113.7";

/** A wait that only records what it was asked to wait. */
function recordingWait() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}

describe(`sign-in throttling (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("30 wrong tries from a shared address slow it down but do not lock out a student there", async () => {
    await signUp({ email: "student@example.com", password: "the right password", role: "learner" });
    const { waits, wait } = recordingWait();
    let t = NOW.getTime();
    const perAttempt: number[] = [];
    for (let i = 0; i < 30; i++) {
      // Attempts arrive as fast as the delay lets them: each at its slot.
      const before = waits.length;
      expect(
        await authenticate({ email: `guess${i % 7}@example.com`, password: `wrong ${i}` }, SCHOOL, new Date(t), wait),
      ).toBeNull();
      perAttempt.push(waits[before] ?? 0);
      t += perAttempt[i]! + 1;
    }
    // The free failures cost nothing; later attempts wait, growing to the cap.
    expect(perAttempt.slice(0, ADDRESS_RULE.freeFailures + 1).every((w) => w === 0)).toBe(true);
    expect(perAttempt.at(-1)).toBe(ADDRESS_RULE.maxDelayMs - 1);
    expect(Math.max(...perAttempt)).toBeLessThanOrEqual(ADDRESS_RULE.maxDelayMs);
    // The student at the same address signs in after a bounded delay.
    const student = recordingWait();
    const user = await authenticate(
      { email: "student@example.com", password: "the right password" },
      SCHOOL,
      new Date(t),
      student.wait,
    );
    expect(user?.email).toBe("student@example.com");
    expect(student.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ADDRESS_RULE.maxDelayMs);
  });

  it("a burst of attempts from one address queues; past the longest wait it is told to come back", async () => {
    const { waits, wait } = recordingWait();
    for (let i = 0; i < ADDRESS_RULE.freeFailures; i++)
      await authenticate({ email: `a${i}@example.com`, password: "wrong pass" }, SCHOOL, NOW, wait);
    // Now all at the same instant: each takes a later slot until the queue is too long.
    let refused = 0;
    for (let i = 0; i < 10; i++) {
      try {
        await authenticate({ email: `b${i}@example.com`, password: "wrong pass" }, SCHOOL, NOW, wait);
      } catch (e) {
        expect(String(e)).toMatch(/from your network\. Try again in \d+ seconds/);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    const queued = waits.filter((w) => w > 0);
    expect(queued.length).toBeGreaterThan(0);
    for (let i = 1; i < queued.length; i++) expect(queued[i]!).toBeGreaterThan(queued[i - 1]!);
    expect(Math.max(...queued)).toBeLessThanOrEqual(ADDRESS_RULE.maxWaitMs);
    // Another address is not slowed.
    const other = recordingWait();
    expect(
      await authenticate({ email: "c@example.com", password: "wrong pass" }, "198.51.100.1", NOW, other.wait),
    ).toBeNull();
    expect(other.waits).toEqual([]);
  });

  it("the delay grows with failures and is capped", () => {
    const d = (n: number) => addressDelayMs(n, ADDRESS_RULE);
    expect(d(ADDRESS_RULE.freeFailures - 1)).toBe(0);
    expect(d(ADDRESS_RULE.freeFailures)).toBe(ADDRESS_RULE.baseDelayMs);
    expect(d(ADDRESS_RULE.freeFailures + 1)).toBe(2 * ADDRESS_RULE.baseDelayMs);
    expect(d(1000)).toBe(ADDRESS_RULE.maxDelayMs);
  });

  it("an account is locked after its failures, from any address, even with the right password", async () => {
    await signUp({ email: "dana@example.com", password: "dana's real password", role: "learner" });
    for (let i = 0; i < EMAIL_RULE.maxFailures; i++) {
      expect(
        await authenticate({ email: "dana@example.com", password: `nope ${i}` }, `198.51.100.${i}`, NOW),
      ).toBeNull();
    }
    await expect(
      authenticate({ email: "dana@example.com", password: "dana's real password" }, "192.0.2.99", NOW),
    ).rejects.toThrow(/Too many sign-in attempts/);
    const prisma = await db();
    expect(
      (await prisma.authThrottle.findUniqueOrThrow({ where: { key: "email:dana@example.com" } })).lockedUntil,
    ).not.toBeNull();
  });

  it("a locked answer takes as long as a wrong password", async () => {
    await signUp({ email: "erin@example.com", password: "erin's real password", role: "learner" });
    await signUp({ email: "finn@example.com", password: "finn's real password", role: "learner" });
    for (let i = 0; i < EMAIL_RULE.maxFailures; i++)
      await authenticate({ email: "erin@example.com", password: `nope ${i}` }, `198.51.100.${i}`, NOW);
    const time = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      await fn().catch(() => undefined);
      return performance.now() - start;
    };
    const locked: number[] = [];
    const wrong: number[] = [];
    // Interleaved, each from its own address so no address delay applies, median of several.
    for (let i = 0; i < 11; i++) {
      locked.push(
        await time(() => authenticate({ email: "erin@example.com", password: `again ${i}` }, `192.0.2.${i}`, NOW)),
      );
      wrong.push(
        await time(() =>
          authenticate({ email: "finn@example.com", password: `wrong ${i}` }, `192.0.2.${100 + i}`, NOW),
        ),
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(locked) / median(wrong);
    // Before, a locked answer came 10× faster. The bounds are loose because the machine is shared.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
