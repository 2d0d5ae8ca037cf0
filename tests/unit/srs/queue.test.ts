import { describe, expect, it } from "vitest";
import { buildQueue, queueCounts, queueReadUntil, recallAt, type CardStateRow, type QueueInput } from "@/lib/srs";
import { MINUTE_MS, UTC_SETTINGS, at, daysBefore, row } from "./fixtures";

// Study day: 2026-03-10T04:00Z .. 2026-03-11T04:00Z.
const now = at("2026-03-10T12:00:00Z");
const noneToday = { newIntroduced: 0, reviewsDone: 0, factIdsStudied: [] };

function queue(overrides: Partial<QueueInput>) {
  return buildQueue({ now, settings: UTC_SETTINGS, states: [], newCards: [], today: noneToday, ...overrides });
}
const ids = (q: ReturnType<typeof buildQueue>) => q.cards.map((c) => c.cardId);

/** A review card last seen `ago` days before now with the given stability. */
function review(cardId: string, stability: number, ago: number, extra: Partial<CardStateRow> = {}): CardStateRow {
  const lastReview = daysBefore(now, ago);
  return row({ cardId, stability, lastReview, due: new Date(lastReview.getTime() + stability * 86_400_000), ...extra });
}

describe("reviews", () => {
  it("come most overdue relative to stability first", () => {
    const a = review("a", 10, 20); // twice its stability
    const b = review("b", 100, 110); // overdue by as many days, but barely relative to stability
    const c = review("c", 2, 3); // 1.5 times its stability
    const q = queue({ states: [b, c, a] });
    expect(ids(q)).toEqual(["a", "c", "b"]);
    // ...which is ascending current retrievability.
    const r = [a, c, b].map((s) => recallAt(s, now, UTC_SETTINGS));
    expect([...r].sort((x, y) => x - y)).toEqual(r);
    expect(q.cards.every((x) => x.queue === "review")).toBe(true);
  });

  it("include cards due later this study day but not the next", () => {
    const later = row({ cardId: "tonight", due: at("2026-03-11T03:59:00Z") });
    const tomorrow = row({ cardId: "tomorrow", due: at("2026-03-11T04:00:00Z") });
    expect(ids(queue({ states: [later, tomorrow] }))).toEqual(["tonight"]);
  });

  it("are capped by the daily maximum minus reviews already done, keeping the most at risk", () => {
    const states = [review("r1", 5, 6), review("r2", 5, 20), review("r3", 5, 10), review("r4", 5, 8)];
    const settings = { ...UTC_SETTINGS, maxReviewsPerDay: 200 };
    const q = queue({ states, settings, today: { ...noneToday, reviewsDone: 198 } });
    expect(ids(q)).toEqual(["r2", "r3"]);
    expect(q.counts.review).toBe(2);
    expect(queue({ states, settings, today: { ...noneToday, reviewsDone: 250 } }).cards).toEqual([]);
  });
});

describe("learning cards", () => {
  it("due now come first; those due within the learn-ahead window come last; later ones wait", () => {
    const dueStep = row({ cardId: "l-due", state: 1, due: new Date(now.getTime() - MINUTE_MS) });
    const laterStep = row({ cardId: "l-later", state: 1, due: new Date(now.getTime() + 5 * MINUTE_MS) });
    const relearn = row({ cardId: "rl-due", state: 3, due: now });
    const beyond = row({ cardId: "l-beyond", state: 1, due: new Date(now.getTime() + 21 * MINUTE_MS) });
    const r = review("r", 5, 6);
    const q = queue({ states: [laterStep, relearn, beyond, r, dueStep] });
    expect(ids(q)).toEqual(["l-due", "rl-due", "r", "l-later"]);
    expect(q.cards.map((c) => c.queue)).toEqual(["learning", "learning", "review", "learning"]);
    expect(q.cards[3]?.due).toEqual(laterStep.due);
    expect(q.counts).toEqual({ new: 0, learning: 3, review: 1 });
    expect(q.nextLearningDue).toEqual(beyond.due);
  });

  it("the window is a setting: with none, a step not yet due is not shown (the old vanishing card)", () => {
    const laterStep = row({ cardId: "l-later", state: 1, due: new Date(now.getTime() + 60_000) });
    const q = queue({ states: [laterStep], learnAheadMs: 0 });
    expect(q.cards).toEqual([]);
    expect(q.counts.learning).toBe(0);
    expect(q.nextLearningDue).toEqual(laterStep.due);
    expect(ids(queue({ states: [laterStep] }))).toEqual(["l-later"]);
  });

  it("a step due within the window just after the study day ends is still shown; a later one is tomorrow's", () => {
    const soon = row({ cardId: "soon", state: 1, due: at("2026-03-11T04:05:00Z") });
    const later = row({ cardId: "later", state: 1, due: at("2026-03-11T04:30:00Z") });
    const q = buildQueue({
      now: at("2026-03-11T03:50:00Z"),
      settings: UTC_SETTINGS,
      states: [soon, later],
      newCards: [],
      today: noneToday,
    });
    expect(ids(q)).toEqual(["soon"]);
    expect(q.counts.learning).toBe(1);
    expect(q.nextLearningDue).toBeNull();
  });

  it("queueReadUntil covers the window when it runs past the day's end", () => {
    expect(queueReadUntil(at("2026-03-10T12:00:00Z"), UTC_SETTINGS)).toEqual(at("2026-03-11T04:00:00Z"));
    expect(queueReadUntil(at("2026-03-11T03:50:00Z"), UTC_SETTINGS).getTime()).toBe(
      at("2026-03-11T04:10:00Z").getTime() + 1,
    );
  });

  it("are not capped by the review limit", () => {
    const l = row({ cardId: "l", state: 1, due: now });
    const q = queue({ states: [l], today: { ...noneToday, reviewsDone: 10_000 } });
    expect(ids(q)).toEqual(["l"]);
  });
});

describe("new cards", () => {
  const newCards = [5, 1, 4, 2, 3].map((p) => ({ cardId: `n${p}`, factId: `nf${p}`, position: p }));

  it("come in position order up to the daily limit minus those already introduced", () => {
    const settings = { ...UTC_SETTINGS, newPerDay: 20 };
    const q = queue({ newCards, settings, today: { ...noneToday, newIntroduced: 18 } });
    expect(ids(q)).toEqual(["n1", "n2"]);
    expect(q.counts.new).toBe(2);
    expect(queue({ newCards, settings, today: { ...noneToday, newIntroduced: 20 } }).cards).toEqual([]);
  });

  it("come after due learning steps and reviews, before learning cards not yet due", () => {
    const ahead = row({ cardId: "ahead", state: 1, due: new Date(now.getTime() + 10 * MINUTE_MS) });
    const states = [row({ cardId: "l", state: 1, due: now }), review("r", 5, 6), ahead];
    const q = queue({ newCards: newCards.slice(0, 1), states });
    expect(q.cards.map((c) => c.queue)).toEqual(["learning", "review", "new", "learning"]);
  });

  it("with a row are governed by the row; state-0 rows are new cards", () => {
    const suspendedNew = row({ cardId: "n1", factId: "nf1", state: 0, lastReview: null, suspended: true });
    const unsuspendedNew = row({ cardId: "n2", factId: "nf2", state: 0, lastReview: null });
    const q = queue({ newCards, states: [suspendedNew, unsuspendedNew] });
    expect(ids(q)).toEqual(["n2", "n3", "n4", "n5"]);
  });
});

describe("siblings", () => {
  it("at most one card per fact", () => {
    const r1 = review("r1", 5, 20, { factId: "f" });
    const r2 = review("r2", 5, 6, { factId: "f" });
    const q = queue({ states: [r1, r2], newCards: [{ cardId: "n", factId: "f", position: 1 }] });
    expect(ids(q)).toEqual(["r1"]);
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 1 });
  });

  it("no card of a fact studied today, except its learning card continuing", () => {
    const r = review("r", 5, 20, { factId: "studied" });
    const l = row({ cardId: "l", factId: "studied", state: 1, due: now });
    const n = { cardId: "n", factId: "studied", position: 1 };
    const other = { cardId: "other", factId: "fresh", position: 2 };
    const today = { ...noneToday, factIdsStudied: ["studied"] };
    expect(ids(queue({ states: [r], newCards: [n, other], today }))).toEqual(["other"]);
    expect(ids(queue({ states: [r, l], newCards: [n, other], today }))).toEqual(["l", "other"]);
  });

  it("a review cut by the daily cap does not hold back its fact's new card", () => {
    const r = review("r", 5, 20, { factId: "f" });
    const q = queue({
      states: [r],
      newCards: [{ cardId: "n", factId: "f", position: 1 }],
      today: { ...noneToday, reviewsDone: 200 },
    });
    expect(ids(q)).toEqual(["n"]);
  });
});

describe("left out", () => {
  it("suspended cards and cards buried past now; a burial that has ended no longer hides", () => {
    const suspended = review("s", 5, 20, { suspended: true });
    const buried = review("b", 5, 20, { buriedUntil: at("2026-03-11T04:00:00Z") });
    const unburied = review("u", 5, 20, { buriedUntil: at("2026-03-10T04:00:00Z") });
    const suspendedLearning = row({ cardId: "sl", state: 1, due: now, suspended: true });
    expect(ids(queue({ states: [suspended, buried, unburied, suspendedLearning] }))).toEqual(["u"]);
  });
});

describe("limit", () => {
  it("cuts the cards but the counts cover the whole remaining queue", () => {
    const states = [review("r1", 5, 20), review("r2", 5, 10), row({ cardId: "l", state: 3, due: now })];
    const newCards = [1, 2, 3].map((p) => ({ cardId: `n${p}`, factId: `nf${p}`, position: p }));
    const q = queue({ states, newCards, limit: 2 });
    expect(ids(q)).toEqual(["l", "r1"]);
    expect(q.counts).toEqual({ new: 3, learning: 1, review: 2 });
    expect(queue({ states, newCards, limit: 0 }).cards).toEqual([]);
  });
});

describe("queueCounts", () => {
  it("are the queue's counts, whatever the limit; cards not facts, one per fact", () => {
    const states = [
      review("r1", 5, 20, { factId: "f1" }),
      review("r2", 5, 10, { factId: "f1" }),
      row({ cardId: "l", state: 3, due: now }),
    ];
    // Twelve new cards of nine facts: three facts have a sibling, which waits for another day.
    const newCards = Array.from({ length: 12 }, (_, i) => ({ cardId: `n${i}`, factId: `nf${i % 9}`, position: i }));
    const input = { now, settings: UTC_SETTINGS, states, newCards, today: noneToday };
    expect(queueCounts(input)).toEqual({ new: 9, learning: 1, review: 1 });
    expect(buildQueue({ ...input, limit: 3 }).counts).toEqual(queueCounts(input));
  });

  it("new cards count down with those introduced today and stop at the limit", () => {
    const newCards = Array.from({ length: 30 }, (_, i) => ({ cardId: `n${i}`, factId: `nf${i}`, position: i }));
    const settings = { ...UTC_SETTINGS, newPerDay: 20 };
    const base = { now, settings, states: [], newCards };
    expect(queueCounts({ ...base, today: noneToday }).new).toBe(20);
    expect(queueCounts({ ...base, today: { ...noneToday, newIntroduced: 18 } }).new).toBe(2);
    expect(queueCounts({ ...base, today: { ...noneToday, newIntroduced: 25 } }).new).toBe(0);
  });
});
