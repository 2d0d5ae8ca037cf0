// The study queue's narrow read (getStudyQueue: seven columns of the states that can be due, the
// shown cards read whole afterwards) answers exactly what the former read of every due state whole
// answers (getStudyQueueFromRows): random users, states, sibling cards, learning steps, suspended
// and buried cards, today's reviews and daily limits reached.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import { db, disconnectDb } from "@/lib/db/client";
import { syncContentDeck } from "@/lib/db/content-sync";
import { explainHot } from "@/lib/db/driver";
import { queueInputsSql } from "@/lib/db/hot-sql";
import { getStudyQueue, getStudyQueueFromRows } from "@/lib/db/queue";
import { engine, resetDatabase } from "./helpers";

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

  it("reads the states by the covering (userId, deckId, due, …) index, without visiting the table", async () => {
    const plan = await explainHot(queueInputsSql, {
      userId: "u1",
      deckId: "d1",
      readUntil: new Date(T0.getTime() + DAY),
      now: T0,
      dayStart: new Date(T0.getTime() - DAY),
      newPerDay: 20,
    });
    const text = plan.join("\n");
    // On empty tables PostgreSQL may pick (userId, due); at 10 M states it takes the covering one, index
    // only (bench:queue prints the plan).
    expect(text).toMatch(/CardState_userId_(deckId_)?due_idx/);
    if (engine === "sqlite") expect(text).toContain("USING COVERING INDEX CardState_userId_deckId_due_idx");
    expect(text).not.toMatch(/Seq Scan on "CardState"|^SCAN s$/m);
  });
});
