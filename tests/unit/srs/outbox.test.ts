import { describe, expect, it } from "vitest";
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  MAX_REVIEW_MS,
  newReview,
  ReviewOutbox,
  waitingNotice,
  type PendingReview,
  type SendOutcome,
} from "@/lib/srs/outbox";

const review = (id: string, cardId = `card-${id}`): PendingReview => ({
  id,
  cardId,
  rating: 3,
  durationMs: 1000,
  version: 1,
});

/** An outbox whose server answers from a script, one outcome per send, recording everything. */
function harness(script: SendOutcome[]) {
  const sent: string[] = [];
  const saved: string[][] = [];
  const waits: number[] = [];
  const settled: string[] = [];
  let retries = 0;
  const outbox = new ReviewOutbox({
    send: async (r) => {
      sent.push(r.id);
      return script.shift() ?? { kind: "accepted", answer: {} };
    },
    save: (pending) => saved.push(pending.map((p) => p.id)),
    sleep: async (ms) => {
      waits.push(ms);
    },
    onRetry: () => retries++,
    onSettled: (r, outcome) => settled.push(`${r.id}:${outcome.kind}`),
  });
  return { outbox, sent, saved, waits, settled, retries: () => retries };
}

describe("ReviewOutbox", () => {
  it("sends in order, stores what is left after each answer, and empties", async () => {
    const h = harness([]);
    h.outbox.push(review("a"));
    h.outbox.push(review("b"));
    await h.outbox.flush();
    expect(h.sent).toEqual(["a", "b"]);
    expect(h.saved).toEqual([["a"], ["a", "b"], ["b"], []]);
    expect(h.settled).toEqual(["a:accepted", "b:accepted"]);
    expect(h.outbox.pending).toEqual([]);
  });

  it("retries a failed send with the same review, waiting longer each time up to the cap", async () => {
    const retry: SendOutcome = { kind: "retry" };
    const h = harness([retry, retry, retry, retry, retry, retry, retry]);
    h.outbox.push(review("a"));
    await h.outbox.flush();
    expect(h.sent).toEqual(["a", "a", "a", "a", "a", "a", "a", "a"]);
    expect(h.waits).toEqual([FIRST_RETRY_MS, 1000, 2000, 4000, MAX_RETRY_MS, MAX_RETRY_MS, MAX_RETRY_MS]);
    expect(h.retries()).toBe(7);
    // Kept (and stored) until the server had it.
    expect(h.saved).toEqual([["a"], []]);
  });

  it("starts the wait afresh for the next review after a success", async () => {
    const h = harness([{ kind: "retry" }, { kind: "retry" }, { kind: "accepted", answer: {} }, { kind: "retry" }]);
    h.outbox.push(review("a"));
    h.outbox.push(review("b"));
    await h.outbox.flush();
    expect(h.waits).toEqual([FIRST_RETRY_MS, 1000, FIRST_RETRY_MS]);
  });

  it("drops a refused review with the server's message and goes on with the next", async () => {
    const h = harness([{ kind: "refused", message: "That card was not found." }]);
    h.outbox.push(review("a"));
    h.outbox.push(review("b"));
    await h.outbox.flush();
    expect(h.settled).toEqual(["a:refused", "b:accepted"]);
    expect(h.outbox.pending).toEqual([]);
  });

  it("has one sender at a time: concurrent flushes send each review once", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const sent: string[] = [];
    const outbox = new ReviewOutbox({
      send: async (r) => {
        sent.push(r.id);
        await gate;
        return { kind: "accepted", answer: {} };
      },
      save: () => {},
      sleep: async () => {},
    });
    outbox.push(review("a"));
    const first = outbox.flush();
    outbox.push(review("b"));
    const second = outbox.flush();
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual(["a", "b"]);
  });

  it("takes over what a closed tab stored, and nothing that is not a list", async () => {
    const h = harness([]);
    expect(h.outbox.restore("nonsense")).toBe(false);
    expect(h.outbox.restore([])).toBe(false);
    expect(h.outbox.restore([review("old")])).toBe(true);
    await h.outbox.flush();
    expect(h.sent).toEqual(["old"]);
  });

  it("withdraws a review not sent yet (undo offline): it is never sent and no longer stored", async () => {
    const h = harness([]);
    h.outbox.push(review("a"));
    h.outbox.push(review("b"));
    expect(h.outbox.withdraw("b")).toBe(true);
    expect(h.saved.at(-1)).toEqual(["a"]);
    expect(h.outbox.withdraw("b")).toBe(false);
    expect(h.outbox.withdraw("unknown")).toBe(false);
    await h.outbox.flush();
    expect(h.sent).toEqual(["a"]);
  });

  it("withdraws a review waiting to be retried, and the sender stops instead of sending it again", async () => {
    let wake: (() => void) | null = null;
    const sent: string[] = [];
    const outbox = new ReviewOutbox({
      send: async (r) => {
        sent.push(r.id);
        return { kind: "retry" };
      },
      save: () => {},
      sleep: () =>
        new Promise<void>((resolve) => {
          wake = resolve;
        }),
    });
    outbox.push(review("a"));
    const flushing = outbox.flush();
    while (!wake) await Promise.resolve();
    expect(sent).toEqual(["a"]);
    expect(outbox.withdraw("a")).toBe(true);
    (wake as () => void)();
    await flushing;
    expect(sent).toEqual(["a"]);
    expect(outbox.pending).toEqual([]);
  });

  it("keeps a review whose send is under way: the server may already count it", async () => {
    let answer: (o: SendOutcome) => void = () => {};
    const outbox = new ReviewOutbox({
      send: () =>
        new Promise<SendOutcome>((resolve) => {
          answer = resolve;
        }),
      save: () => {},
      sleep: async () => {},
    });
    outbox.push(review("a"));
    const flushing = outbox.flush();
    await Promise.resolve();
    expect(outbox.withdraw("a")).toBe(false);
    answer({ kind: "accepted", answer: {} });
    await flushing;
    expect(outbox.pending).toEqual([]);
    expect(outbox.withdraw("a")).toBe(false);
  });

  it("withdraws after the send under way fails (undo pressed while offline), and not after it succeeds", async () => {
    for (const [kind, expected] of [
      ["retry", true],
      ["accepted", false],
    ] as const) {
      let answer: (o: SendOutcome) => void = () => {};
      const sent: string[] = [];
      const outbox = new ReviewOutbox({
        send: (r) => {
          sent.push(r.id);
          return new Promise<SendOutcome>((resolve) => {
            answer = resolve;
          });
        },
        save: () => {},
        sleep: async () => {},
      });
      outbox.push(review("a"));
      const flushing = outbox.flush();
      await Promise.resolve();
      const withdrawn = outbox.withdrawAfterSend("a");
      answer(kind === "retry" ? { kind: "retry" } : { kind: "accepted", answer: {} });
      expect(await withdrawn, kind).toBe(expected);
      await flushing;
      expect(sent, kind).toEqual(["a"]);
      expect(outbox.pending, kind).toEqual([]);
    }
  });
});

describe("waitingNotice", () => {
  it("says how many reviews wait for the connection once there is more than one", () => {
    expect(waitingNotice(1)).toContain("your review is kept");
    expect(waitingNotice(3)).toContain("3 reviews are kept");
  });

  it("is told the number waiting by the outbox on each failed send", async () => {
    const counts: number[] = [];
    const outbox = new ReviewOutbox({
      send: async () => ({ kind: counts.length < 1 ? "retry" : "accepted", answer: {} }),
      save: () => {},
      sleep: async () => {},
      onRetry: (waiting) => counts.push(waiting),
    });
    outbox.push(review("a"));
    outbox.push(review("b"));
    await outbox.flush();
    expect(counts).toEqual([2]);
  });
});

describe("newReview", () => {
  const card = { cardId: "c1", version: 4, template: "qa" };

  it("times the card from when it was shown, capped at an hour", () => {
    const r = newReview({ id: "r1", card, rating: 3, shownAtMs: 1000, nowMs: 8000, typed: "", check: null });
    expect(r).toEqual({ id: "r1", cardId: "c1", rating: 3, durationMs: 7000, version: 4 });
    expect(
      newReview({ id: "r2", card, rating: 3, shownAtMs: 0, nowMs: 5 * MAX_REVIEW_MS, typed: "", check: null })
        .durationMs,
    ).toBe(MAX_REVIEW_MS);
  });

  it("sends what was typed on a type-in card only, at most 500 characters", () => {
    const typein = { ...card, template: "typein" };
    expect(newReview({ id: "r", card, rating: 3, shownAtMs: 0, nowMs: 1, typed: "Tehran", check: null }).typed).toBe(
      undefined,
    );
    expect(
      newReview({ id: "r", card: typein, rating: 3, shownAtMs: 0, nowMs: 1, typed: "  ", check: null }).typed,
    ).toBe(undefined);
    expect(
      newReview({ id: "r", card: typein, rating: 3, shownAtMs: 0, nowMs: 1, typed: "x".repeat(600), check: null })
        .typed,
    ).toHaveLength(500);
  });

  it("records an override when the rating goes against the checker", () => {
    const typein = { ...card, template: "typein" };
    const rate = (rating: number, correct: boolean) =>
      newReview({ id: "r", card: typein, rating, shownAtMs: 0, nowMs: 1, typed: "Tehran", check: { correct } })
        .override;
    expect(rate(1, true)).toBe(true);
    expect(rate(2, false)).toBe(true);
    expect(rate(3, true)).toBe(false);
    expect(rate(1, false)).toBe(false);
  });
});
