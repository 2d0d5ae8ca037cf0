// The study page's session state machine, driven against the real scheduler and queue with a fixed
// clock: what the learner sees after rating new cards Again and Good.
import { describe, expect, it } from "vitest";
import {
  answered,
  buildQueue,
  displayCounts,
  LEARN_AHEAD_MS,
  merged,
  nextStep,
  rated,
  reviewCard,
  settled,
  shown,
  startSession,
  undone,
  type CardStateRow,
  type Rating,
  type SessionState,
  type StudyCard,
  type StudyQueueAnswer,
} from "@/lib/srs";
import { MINUTE_MS, UTC_SETTINGS, at } from "./fixtures";

const T0 = at("2026-03-10T12:00:00Z");

function card(cardId: string, queue: StudyCard["queue"], due: Date | null = null): StudyCard {
  return {
    cardId,
    factId: `f-${cardId}`,
    template: "qa",
    front: `front ${cardId}`,
    back: `back ${cardId}`,
    queue,
    due: due?.toISOString() ?? null,
    version: null,
    source: { key: "s", title: "Source", section: "1" },
    explanation: "",
    intervals: { again: "1m", hard: "6m", good: "10m", easy: "3d" },
  };
}

/** A tiny server: card states in memory, the real buildQueue and reviewCard. */
function server(newIds: string[]) {
  const states = new Map<string, CardStateRow>();
  let introduced = 0;
  const studied = new Set<string>();
  return {
    queue(now: Date, limit = 20): StudyQueueAnswer {
      const q = buildQueue({
        now,
        settings: UTC_SETTINGS,
        states: [...states.values()],
        newCards: newIds
          .filter((id) => !states.has(id))
          .map((id, i) => ({ cardId: id, factId: `f-${id}`, position: i })),
        today: { newIntroduced: introduced, reviewsDone: 0, factIdsStudied: [...studied] },
        limit,
      });
      return {
        counts: q.counts,
        nextLearningDue: q.nextLearningDue?.toISOString() ?? null,
        cards: q.cards.map((c) => ({ ...card(c.cardId, c.queue, c.due), factId: c.factId })),
      };
    },
    review(cardId: string, rating: Rating, now: Date) {
      const prev = states.get(cardId) ?? null;
      if (!prev) introduced += 1;
      studied.add(`f-${cardId}`);
      const { next } = reviewCard(prev, rating, now, UTC_SETTINGS);
      states.set(cardId, {
        ...next,
        cardId,
        factId: `f-${cardId}`,
        suspended: false,
        buriedUntil: null,
        leech: false,
        version: 0,
      });
      return { cardId, state: next.state, due: next.due.toISOString() };
    },
  };
}

/** Shows the next card (fetching when the machine asks), rates it, feeds the answer back. */
function step(
  s: SessionState,
  srv: ReturnType<typeof server>,
  now: Date,
  rating: Rating,
): { s: SessionState; shown: string } {
  let next = nextStep(s, now.getTime());
  if (next.kind === "fetch") {
    s = merged(s, srv.queue(now), { pendingCardIds: [], nowMs: now.getTime() });
    next = nextStep(s, now.getTime());
  }
  if (next.kind !== "show") throw new Error(`expected a card at ${now.toISOString()}, got ${next.kind}`);
  s = rated(s, next.card.cardId);
  s = answered(s, srv.review(next.card.cardId, rating, now));
  return { s, shown: next.card.cardId };
}

describe("the vanishing learning card (issue 11), reproduced and fixed", () => {
  it("new cards rated Again and Good come back in the same session and the header counts them", () => {
    const srv = server(["a", "b", "c"]);
    let s = startSession(srv.queue(T0));
    expect(displayCounts(s, T0.getTime())).toEqual({ new: 3, learning: 0, review: 0 });

    let t = T0;
    const shown: string[] = [];
    for (const rating of [1, 3, 3] as Rating[]) {
      const r = step(s, srv, t, rating);
      s = r.s;
      shown.push(r.shown);
      t = new Date(t.getTime() + 5_000);
    }
    expect(shown).toEqual(["a", "b", "c"]);
    // Again (1 minute) and Good (10 minutes) on a new card both leave it learning: the header says so.
    expect(displayCounts(s, t.getTime())).toEqual({ new: 0, learning: 3, review: 0 });
    // Not "done for today": the learning cards are within the window.
    expect(nextStep(s, t.getTime()).kind).not.toBe("done");

    // 100 seconds later "a" (Again, 1 minute) is due; it comes back first.
    t = new Date(T0.getTime() + 100_000);
    const back = step(s, srv, t, 3);
    expect(back.shown).toBe("a");
  });

  it("the old rule (no learn-ahead, no returning cards) said done while cards were due today", () => {
    const srv = server(["a", "b"]);
    srv.review("a", 1, T0);
    srv.review("b", 3, T0);
    const later = new Date(T0.getTime() + 5_000);
    const old = buildQueue({
      now: later,
      settings: UTC_SETTINGS,
      states: [],
      newCards: [],
      today: { newIntroduced: 2, reviewsDone: 0, factIdsStudied: [] },
      learnAheadMs: 0,
    });
    expect(old.cards).toEqual([]);
    const fixed = srv.queue(later);
    expect(fixed.counts.learning).toBe(2);
    expect(fixed.cards.map((c) => c.cardId)).toEqual(["a", "b"]);
  });

  it("a whole session: finishes only when nothing is due within the window, and says when the next comes", () => {
    const srv = server(["a", "b", "c", "d"]);
    let s = startSession(srv.queue(T0));
    let t = T0;
    const seen: string[] = [];
    // Always Good: a new card goes 1m → 10m → graduates (days). Each card is seen at least twice.
    for (let i = 0; i < 40; i++) {
      const next = nextStep(s, t.getTime());
      if (next.kind === "done") break;
      const r = step(s, srv, t, 3);
      s = r.s;
      seen.push(r.shown);
      t = new Date(t.getTime() + 10_000);
    }
    for (const id of ["a", "b", "c", "d"]) expect(seen.filter((x) => x === id).length).toBeGreaterThanOrEqual(2);
    const end = nextStep(s, t.getTime());
    expect(end).toEqual({ kind: "done", nextDue: null });
    // The server agrees there is nothing left within the window.
    expect(srv.queue(t).counts).toEqual({ new: 0, learning: 0, review: 0 });
  });
});

describe("nextStep", () => {
  const now = T0.getTime();
  const base = (cards: StudyCard[], extra: Partial<SessionState> = {}): SessionState => ({
    ...startSession({ counts: { new: 0, learning: 0, review: 0 }, cards }),
    serverHasMore: false,
    ...extra,
  });

  it("a due learning step beats reviews and new cards; a step not yet due waits for them", () => {
    const due = card("due", "learning", new Date(now - 1000));
    const soon = card("soon", "learning", new Date(now + 5 * MINUTE_MS));
    const r = card("r", "review");
    expect(nextStep(base([r, soon, due]), now)).toEqual({ kind: "show", card: due });
    expect(nextStep(base([soon, r]), now)).toEqual({ kind: "show", card: r });
    expect(nextStep(base([soon]), now)).toEqual({ kind: "show", card: soon });
  });

  it("a card rated here that is due again asks the server for its fresh copy", () => {
    const s = base([card("r", "review")], { returning: [{ cardId: "x", due: now - 1 }] });
    expect(nextStep(s, now)).toEqual({ kind: "fetch" });
    const ahead = base([], { returning: [{ cardId: "x", due: now + 10 * MINUTE_MS }] });
    expect(nextStep(ahead, now)).toEqual({ kind: "fetch" });
  });

  it("is done when the next card is beyond the window, and says when it comes", () => {
    const later = now + LEARN_AHEAD_MS + MINUTE_MS;
    const s = base([], { returning: [{ cardId: "x", due: later }], nextLearningDue: later + MINUTE_MS });
    expect(nextStep(s, now)).toEqual({ kind: "done", nextDue: later });
    // ...and that card is shown (fetched) once it is within the window.
    expect(nextStep(s, later - LEARN_AHEAD_MS)).toEqual({ kind: "fetch" });
  });

  it("asks for more when the server held cards back and nothing local is left", () => {
    expect(nextStep(base([], { serverHasMore: true }), now)).toEqual({ kind: "fetch" });
    expect(nextStep(base([card("n", "new")], { serverHasMore: true }), now).kind).toBe("show");
  });
});

describe("merged", () => {
  const now = T0.getTime();
  it("keeps the card on screen on top, leaves out cards still in the outbox, drops returning cards it sent", () => {
    let s = startSession({
      counts: { new: 2, learning: 0, review: 1 },
      cards: [card("r", "review"), card("n1", "new"), card("n2", "new")],
    });
    s = rated(s, "r");
    s = answered(s, { cardId: "r", state: 3, due: new Date(now + MINUTE_MS).toISOString() });
    expect(displayCounts(s, now)).toEqual({ new: 2, learning: 1, review: 0 });
    const answer: StudyQueueAnswer = {
      counts: { new: 2, learning: 1, review: 0 },
      cards: [card("n1", "new"), card("n2", "new"), card("r", "learning", new Date(now + MINUTE_MS))],
    };
    const m = merged(s, answer, { pendingCardIds: ["n1"], headCardId: "n2", nowMs: now });
    expect(m.cards.map((c) => c.cardId)).toEqual(["n2", "r"]);
    expect(m.returning).toEqual([]);
    expect(displayCounts(m, now)).toEqual({ new: 1, learning: 1, review: 0 });
  });

  it("a returning card due within the window that the server left out (say, a leech) stops waiting", () => {
    let s = startSession({ counts: { new: 0, learning: 0, review: 0 }, cards: [] });
    s = answered(s, { cardId: "x", state: 3, due: new Date(now + MINUTE_MS).toISOString() });
    s = answered(s, { cardId: "y", state: 1, due: new Date(now + 2 * LEARN_AHEAD_MS).toISOString() });
    const m = merged(s, { counts: { new: 0, learning: 0, review: 0 }, cards: [] }, { pendingCardIds: [], nowMs: now });
    expect(m.returning.map((r) => r.cardId)).toEqual(["y"]);
    expect(nextStep(m, now).kind).toBe("done");
  });
});

describe("rated, answered, undone", () => {
  it("a graduated card does not come back; an undone one is back on top and counted", () => {
    const r = card("r", "review");
    let s = startSession({ counts: { new: 0, learning: 0, review: 1 }, cards: [r] });
    s = rated(s, "r");
    s = answered(s, { cardId: "r", state: 2, due: "2026-03-15T12:00:00.000Z" });
    expect(s.returning).toEqual([]);
    expect(s.reviewedHere).toBe(1);
    s = undone(s, r);
    expect(s.cards).toEqual([r]);
    expect(s.counts.review).toBe(1);
    expect(s.reviewedHere).toBe(0);
  });
});

describe("shown", () => {
  it("the card on screen stays there when a learning step comes due meanwhile", () => {
    const now = T0.getTime();
    const r = card("r", "review");
    const l = card("l", "learning", new Date(now + MINUTE_MS));
    let s = shown(startSession({ counts: { new: 0, learning: 1, review: 1 }, cards: [r, l] }), "r");
    expect(nextStep(s, now + 2 * MINUTE_MS)).toEqual({ kind: "show", card: r });
    s = rated(s, "r");
    expect(nextStep(s, now + 2 * MINUTE_MS)).toEqual({ kind: "show", card: l });
  });
});

describe("awaiting the server's answer", () => {
  const now = T0.getTime();
  const only = (id: string) => startSession({ counts: { new: 1, learning: 0, review: 0 }, cards: [card(id, "new")] });

  it("the last card rated is not the end of the session until its answer says it will not be back today", () => {
    let s = rated(only("n"), "n");
    // Before the answer: the card may come back in ten minutes, so the page does not say "done".
    expect(nextStep(s, now)).toEqual({ kind: "saving" });
    const stillLearning = answered(s, { cardId: "n", state: 1, due: new Date(now + 10 * MINUTE_MS).toISOString() });
    expect(nextStep(stillLearning, now)).toEqual({ kind: "fetch" });
    s = answered(s, { cardId: "n", state: 2, due: "2026-03-15T12:00:00.000Z" });
    expect(nextStep(s, now)).toEqual({ kind: "done", nextDue: null });
  });

  it("a refused review, an undone one, and a fresh queue after the outbox emptied stop the wait", () => {
    const s = rated(only("n"), "n");
    expect(nextStep(settled(s, "n"), now).kind).toBe("done");
    expect(undone(s, card("n", "new")).awaiting).toEqual([]);
    const empty: StudyQueueAnswer = { counts: { new: 0, learning: 0, review: 0 }, cards: [] };
    expect(merged(s, empty, { pendingCardIds: ["n"], nowMs: now }).awaiting).toEqual(["n"]);
    expect(nextStep(merged(s, empty, { pendingCardIds: [], nowMs: now }), now).kind).toBe("done");
  });
});
