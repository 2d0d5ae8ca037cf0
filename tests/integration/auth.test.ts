import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate, EMAIL_RULE } from "@/lib/auth/authenticate";
import { signUp } from "@/lib/auth/sign-up";
import { db, disconnectDb } from "@/lib/db/client";
import { engine, resetDatabase } from "./helpers";

const NOW = new Date("2026-03-01T10:00:00Z");

describe(`accounts (${engine})`, () => {
  beforeEach(resetDatabase);
  afterAll(disconnectDb);

  it("signs up with a hashed password and signs in", async () => {
    const r = await signUp({ email: "Ada@Example.com ", password: "correct horse battery", role: "learner" });
    expect(r.ok).toBe(true);
    const prisma = await db();
    const row = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const user = await authenticate({ email: "ada@example.com", password: "correct horse battery" }, "127.0.0.1", NOW);
    expect(user?.email).toBe("ada@example.com");
    expect(user?.role).toBe("learner");
  });

  it("rejects a taken email, a short password and a malformed email, creating nothing", async () => {
    await signUp({ email: "taken@example.com", password: "long enough password" });
    const prisma = await db();
    const before = await prisma.user.count();

    const taken = await signUp({ email: "TAKEN@example.com", password: "another long password" });
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.fields.email?.[0]).toMatch(/already exists/);

    const short = await signUp({ email: "new@example.com", password: "short" });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.fields.password?.[0]).toMatch(/at least 10 characters/);

    const malformed = await signUp({ email: "not-an-email", password: "long enough password" });
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) expect(malformed.fields.email?.[0]).toMatch(/valid email/);

    const admin = await signUp({ email: "boss@example.com", password: "long enough password", role: "admin" });
    expect(admin.ok).toBe(false);

    expect(await prisma.user.count()).toBe(before);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    await signUp({ email: "bob@example.com", password: "long enough password" });
    const wrong = await authenticate({ email: "bob@example.com", password: "wrong password!" }, "10.0.0.1", NOW);
    const unknown = await authenticate({ email: "nobody@example.com", password: "wrong password!" }, "10.0.0.1", NOW);
    expect(wrong).toBeNull();
    expect(unknown).toBeNull();
  });

  it("locks an email after repeated failures, then lets it in after the window", async () => {
    await signUp({ email: "carol@example.com", password: "long enough password" });
    for (let i = 0; i < EMAIL_RULE.maxFailures; i++) {
      expect(
        await authenticate({ email: "carol@example.com", password: `bad guess ${i}` }, `10.0.1.${i}`, NOW),
      ).toBeNull();
    }
    // Even the right password is refused while locked, from any address.
    await expect(
      authenticate({ email: "carol@example.com", password: "long enough password" }, "10.9.9.9", NOW),
    ).rejects.toThrow(/Too many sign-in attempts/);
    const later = new Date(NOW.getTime() + EMAIL_RULE.windowMs + 1000);
    const user = await authenticate(
      { email: "carol@example.com", password: "long enough password" },
      "10.9.9.9",
      later,
    );
    expect(user?.email).toBe("carol@example.com");
  });
});
