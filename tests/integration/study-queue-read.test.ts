// The study queue's narrow read (getStudyQueue: seven columns of the states that can be due, the
// shown cards read whole afterwards) answers exactly what the former read of every due state whole
// answers (getStudyQueueFromRows): random users, states, sibling cards, learning steps, suspended
// and buried cards, today's reviews and daily limits reached; and it finds the deck, visible or
// not, as the former read does, in two statements unless the user's day settings just changed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { explainHot, pgDriver, sqliteDriver } from "@/lib/db/driver";
import { queueInputsSql, queueReadSql } from "@/lib/db/hot-sql";
import { getStudyQueue, getStudyQueueFromRows } from "@/lib/db/queue";
import { AppError } from "@/lib/errors";
import { engine, makeUser, resetDatabase } from "./helpers";

const T0 = new Date("2026-03-02T09:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;

// mulberry32: a small seeded generator, so a failing case can be replayed from its seed.
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

const fact = (i: number): Fact => ({
  id: `q${i}`,
  kind: "person",
  prompt: `Who kept ledger ${i}?`,
  answer: `Keeper ${i}`,
  variants: [],
  explanation: `Ledger ${i} was kept by keeper ${i}.`,
  source: "doc",
  section: `Part ${i}`,
  tags: [],
  // Most facts have a reverse card too: siblings the one-card-per-fact rule must skip.
  reverse: i % 3 !== 0,
});

type Seeded = { userIds: string[] };

/** The statements the hot driver runs while `run` runs (each a round trip on PostgreSQL), by name. */
async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; names: string[] }> {
  const driver = engine === "postgresql" ? pgDriver() : sqliteDriver();
  const names: string[] = [];
  const arrays = vi.spyOn(driver, "arrays").mockName("arrays");
  const rows = vi.spyOn(driver, "rows").mockName("rows");
  try {
    const result = await run();
    for (const call of [...arrays.mock.calls, ...rows.mock.calls]) names.push(call[0].name);
    return { result, names: names.sort() };
  } finally {
    arrays.mockRestore();
    rows.mockRestore();
  }
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "none";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

/** A deck of three one-card facts, and a user with each card due for review before T0. */
async function seedSmallDeck(slug: string, user: { timeZone: string; dayStartHour: number }) {
  const prisma = await db();
  const { deckId } = await syncContentDeck({
    slug,
    title: `Deck ${slug}`,
    sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
    facts: [1, 2, 3].map((i) => ({ ...fact(i), id: `${slug}-${i}`, reverse: false })),
  });
  const cards = await prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  const owner = await prisma.user.create({
    data: { email: `${slug}@example.test`, passwordHash: "x", ...user },
  });
  await prisma.cardState.createMany({
    data: cards.map((card, i) => ({
      userId: owner.id,
      cardId: card.id,
      deckId,
      factId: card.factId,
      state: 2,
      due: new Date(T0.getTime() - (i + 1) * DAY),
      stability: 3 + i,
      difficulty: 5,
      scheduledDays: 4,
      reps: 3,
      lastReview: new Date(T0.getTime() - 5 * DAY),
    })),
  });
  return { deckId, userId: owner.id };
}

async function seedRandom(seed: number, users: number): Promise<Seeded> {
  const rnd = generator(seed);
  const prisma = await db();
  const { deckId } = await syncContentDeck({
    slug: "sql-queue",
    title: "SQL queue deck",
    sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
    facts: Array.from({ length: 24 }, (_, i) => fact(i + 1)),
  });
  const cards = await prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  // A fact no longer approved: its cards are never new cards.
  await prisma.fact.updateMany({ where: { id: { in: [cards[5]!.factId] } }, data: { status: "draft" } });

  const userIds: string[] = [];
  // Shared values, so ties in recall, due and stability happen and the tie-breaks are exercised.
  const sharedDue = [T0.getTime() - 2 * DAY, T0.getTime() - 5 * MIN, T0.getTime() + 10 * MIN];
  const sharedLastReview = [T0.getTime() - 3 * DAY, T0.getTime() - 10 * DAY];
  const stabilities = [0.4, 1, 2.5, 3, 7.25, 20, 45.5];
  for (let u = 0; u < users; u++) {
    const user = await prisma.user.create({
      data: {
        email: `sql-queue-${seed}-${u}@example.test`,
        passwordHash: "x",
        newPerDay: rnd.pick([0, 1, 2, 3, 5, 20]),
        maxReviewsPerDay: rnd.pick([0, 1, 2, 4, 8, 200]),
        timeZone: rnd.pick(["UTC", "America/New_York", "Asia/Tokyo", "Europe/Berlin"]),
        dayStartHour: rnd.pick([0, 4, 9, 10, 23]),
      },
    });
    userIds.push(user.id);
    const states = [];
    for (const card of cards) {
      if (!rnd.chance(0.75)) continue;
      const state = rnd.pick([0, 1, 2, 2, 2, 3]);
      const due = rnd.chance(0.3)
        ? rnd.pick(sharedDue)
        : T0.getTime() + Math.round((rnd.next() * 5 - 3) * DAY) + rnd.int(1000);
      const scheduledDays = rnd.int(30);
      const lastReview = rnd.chance(0.2)
        ? null
        : rnd.chance(0.4)
          ? rnd.pick(sharedLastReview)
          : due - scheduledDays * DAY + (rnd.chance(0.1) ? 2 * DAY : -rnd.int(DAY));
      states.push({
        userId: user.id,
        cardId: card.id,
        deckId,
        factId: card.factId,
        state,
        due: new Date(due),
        // ts-fsrs refuses a studied state without stability (the rating preview would throw).
        stability: state === 0 ? 0 : rnd.chance(0.7) ? rnd.pick(stabilities) : 0.1 + rnd.next() * 60,
        difficulty: state === 0 ? 0 : 1 + rnd.next() * 9,
        elapsedDays: rnd.int(20),
        scheduledDays,
        learningSteps: rnd.int(2),
        reps: rnd.int(10),
        lapses: rnd.int(4),
        lastReview: lastReview === null || state === 0 ? null : new Date(lastReview),
        suspended: rnd.chance(0.1),
        buriedUntil: rnd.chance(0.15) ? new Date(T0.getTime() + (rnd.chance(0.5) ? -1 : 1) * rnd.int(2 * DAY)) : null,
        version: rnd.int(5),
      });
    }
    await prisma.cardState.createMany({ data: states });
    // Today's and earlier reviews: the limits they use up and the facts they hold back.
    const logs = Array.from({ length: rnd.int(7) }, (_, i) => {
      const card = rnd.pick(cards);
      return {
        id: `log-${seed}-${u}-${i}`,
        userId: user.id,
        cardId: card.id,
        deckId,
        factId: card.factId,
        rating: 1 + rnd.int(4),
        reviewedAt: new Date(T0.getTime() - rnd.int(30 * 3600_000)),
        before: "",
        wasNew: rnd.chance(0.4),
        state: 2,
        due: T0,
        stability: 1,
        difficulty: 5,
        reps: 1,
        lapses: 0,
        elapsedDays: 0,
        scheduledDays: 1,
      };
    });
    await prisma.reviewLog.createMany({ data: logs });
  }
  return { userIds };
}

describe(`study queue read agrees with the read of whole states (${engine})`, () => {
  beforeAll(resetDatabase);
  afterAll(disconnectDb);

  it("answers the same queue, counts and cards for random users, times and limits", async () => {
    const seed = 20261201;
    const { userIds } = await seedRandom(seed, 14);
    const times = [T0, new Date(T0.getTime() + 7 * MIN), new Date(T0.getTime() + 15 * 3600_000)];
    let compared = 0;
    let withCards = 0;
    for (const userId of userIds) {
      for (const now of times) {
        for (const limit of [0, 1, 3, 20, 500]) {
          const narrow = await getStudyQueue(userId, "sql-queue", now, limit);
          const whole = await getStudyQueueFromRows(userId, "sql-queue", now, limit);
          expect(narrow, `seed ${seed}, user ${userId}, ${now.toISOString()}, limit ${limit}`).toEqual(whole);
          compared++;
          if (narrow.cards.length > 1) withCards++;
        }
      }
    }
    expect(compared).toBe(userIds.length * times.length * 5);
    // The random states must give queues with several cards, or the comparison shows little.
    expect(withCards).toBeGreaterThan(compared / 3);
  });

  it("answers the same when ids hold the separators of the packed read (PostgreSQL reads the rows instead)", async () => {
    const prisma = await db();
    const { deckId } = await syncContentDeck({
      slug: "odd-ids",
      title: "Odd ids deck",
      sources: [{ key: "doc", title: "Doc", author: "A", date: "2025" }],
      facts: [fact(101), fact(102), fact(103)].map((f) => ({ ...f, reverse: false })),
    });
    // One card of each fact, so all three are shown (siblings wait a day).
    const all = await prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
    const cards = all.filter((c, i) => all.findIndex((o) => o.factId === c.factId) === i);
    expect(cards).toHaveLength(3);
    // Ids are cuids when the app makes them; a hand-made one may hold anything.
    const odd = ["odd\x1fid", "odd\x1eid", "odd\x1f\x1e,;id"];
    for (const [i, card] of cards.entries())
      await prisma.card.update({ where: { id: card.id }, data: { id: odd[i]! } });
    const user = await prisma.user.create({ data: { email: "odd-ids@example.test", passwordHash: "x" } });
    await prisma.cardState.createMany({
      data: cards.map((card, i) => ({
        userId: user.id,
        cardId: odd[i]!,
        deckId,
        factId: card.factId,
        state: 2,
        due: new Date(T0.getTime() - (i + 1) * DAY),
        stability: 2 + i,
        difficulty: 5,
        scheduledDays: 3,
        reps: 2,
        lastReview: i === 1 ? null : new Date(T0.getTime() - 4 * DAY),
      })),
    });
    const narrow = await getStudyQueue(user.id, "odd-ids", T0, 20);
    expect(narrow).toEqual(await getStudyQueueFromRows(user.id, "odd-ids", T0, 20));
    expect(narrow.cards.map((c) => c.cardId).sort()).toEqual([...odd].sort());
  });

  it("reads a queue in two statements, and in a third only when the day settings are not the ones expected", async () => {
    const prisma = await db();
    const { userId } = await seedSmallDeck("round-trips", { timeZone: "UTC", dayStartHour: 4 });
    const queueAt = async (now: Date) => {
      const { result, names } = await statementsOf(() => getStudyQueue(userId, "round-trips", now, 20));
      expect(result).toEqual(await getStudyQueueFromRows(userId, "round-trips", now, 20));
      expect(result.cards).toHaveLength(3);
      return names;
    };
    const twoReads = [queueReadSql.name, "sourcedeck_queue_cards"].sort();
    const threeReads = [queueInputsSql.name, ...twoReads].sort();
    // The default day settings are what is expected of a user not seen yet.
    expect(await queueAt(T0)).toEqual(twoReads);
    // Other day settings: read again with their bounds once, then expected.
    await prisma.user.update({ where: { id: userId }, data: { timeZone: "Asia/Tokyo", dayStartHour: 9 } });
    expect(await queueAt(T0)).toEqual(threeReads);
    expect(await queueAt(new Date(T0.getTime() + 3 * 3600_000))).toEqual(twoReads);
    // Changed again (a day start only), and back to the defaults: each change costs one more read.
    await prisma.user.update({ where: { id: userId }, data: { dayStartHour: 0 } });
    expect(await queueAt(T0)).toEqual(threeReads);
    expect(await queueAt(T0)).toEqual(twoReads);
    await prisma.user.update({ where: { id: userId }, data: { timeZone: "UTC", dayStartHour: 4 } });
    expect(await queueAt(T0)).toEqual(threeReads);
    expect(await queueAt(T0)).toEqual(twoReads);
  });

  it("finds the deck by slug or id only where the user may see it, as the former read does", async () => {
    const prisma = await db();
    const { deckId, userId: owner } = await seedSmallDeck("visible-to", { timeZone: "Europe/Berlin", dayStartHour: 4 });
    const both = async (userId: string, ref: string) => {
      const [narrow, whole] = [
        await codeOf(getStudyQueue(userId, ref, T0)),
        await codeOf(getStudyQueueFromRows(userId, ref, T0)),
      ];
      expect(narrow, `${userId} ${ref}`).toBe(whole);
      return narrow;
    };
    // A content deck (no owner) is everyone's, but not a user's who does not exist.
    expect(await both("no-such-user", "visible-to")).toBe("not_found");
    await prisma.deck.update({ where: { id: deckId }, data: { ownerId: owner } });
    const stranger = await makeUser();
    const student = await makeUser();
    // The owner, by slug and by id; a stranger and an unknown deck get the same 404.
    expect(await both(owner, "visible-to")).toBe("none");
    expect(await both(owner, deckId)).toBe("none");
    expect((await getStudyQueue(owner, deckId, T0)).deck).toEqual({
      id: deckId,
      slug: "visible-to",
      title: "Deck visible-to",
    });
    expect(await both(stranger.id, "visible-to")).toBe("not_found");
    expect(await both(stranger.id, deckId)).toBe("not_found");
    expect(await both(owner, "no-such-deck")).toBe("not_found");
    // A class the deck is assigned to makes it visible to the class's students only.
    const klass = await prisma.class.create({ data: { name: "C", instructorId: owner, joinCode: "visible-to-code" } });
    await prisma.assignment.create({ data: { classId: klass.id, deckId, dueAt: T0 } });
    expect(await both(student.id, "visible-to")).toBe("not_found");
    await prisma.enrollment.create({ data: { classId: klass.id, userId: student.id } });
    expect(await both(student.id, "visible-to")).toBe("none");
    expect(await getStudyQueue(student.id, "visible-to", T0)).toEqual(
      await getStudyQueueFromRows(student.id, "visible-to", T0),
    );
    expect(await both(stranger.id, "visible-to")).toBe("not_found");
  });

  it("reads the states by the covering (userId, deckId, due, …) index, without visiting the table", async () => {
    const values = {
      userId: "u1",
      deckId: "d1",
      deckRef: "sql-queue",
      readUntil: new Date(T0.getTime() + DAY),
      now: T0,
      dayStart: new Date(T0.getTime() - DAY),
      newPerDay: 20,
    };
    // The one-statement read (its deck found by slug) and the read again with other day bounds.
    for (const statement of [queueReadSql, queueInputsSql]) {
      const text = (await explainHot(statement, values)).join("\n");
      // On empty tables PostgreSQL may pick (userId, due); at 10 M states it takes the covering one, index
      // only (bench:queue prints the plan).
      expect(text, statement.name).toMatch(/CardState_userId_(deckId_)?due_idx/);
      if (engine === "sqlite") expect(text).toContain("USING COVERING INDEX CardState_userId_deckId_due_idx");
      expect(text, statement.name).not.toMatch(/Seq Scan on "CardState"|^SCAN s$/m);
    }
  });
});
