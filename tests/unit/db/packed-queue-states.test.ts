// The queue read's candidate states packed into one text on PostgreSQL (hot-sql.ts): they read back
// as the same states as rows would, and a text that does not split exactly is refused, not misread.
import { describe, expect, it } from "vitest";
import { queueInputsFromArrays, unpackQueueStates } from "@/lib/db/hot-path";
import { PACKED_FIELD, PACKED_RECORD, QUEUE_INPUT_KIND } from "@/lib/db/hot-sql";

const pack = (records: string[][]) => records.map((f) => f.join(PACKED_FIELD)).join(PACKED_RECORD);

describe("packed candidate states", () => {
  it("read back field for field, an empty lastReview as null", () => {
    const states = unpackQueueStates(
      pack([
        ["card-a", "fact-a", "2", "1764612345678", "3.0625", "1763000000123", "14"],
        ["card-b", "fact-b", "1", "1764612345999", "0.4", "", "0"],
      ]),
      2,
    );
    expect(states).toEqual([
      {
        cardId: "card-a",
        factId: "fact-a",
        state: 2,
        dueMs: 1764612345678,
        stability: 3.0625,
        lastReviewMs: 1763000000123,
        scheduledDays: 14,
      },
      {
        cardId: "card-b",
        factId: "fact-b",
        state: 1,
        dueMs: 1764612345999,
        stability: 0.4,
        lastReviewMs: null,
        scheduledDays: 0,
      },
    ]);
  });

  it("are no states when none is a candidate (string_agg of nothing is NULL)", () => {
    expect(unpackQueueStates(null, 0)).toEqual([]);
    expect(unpackQueueStates(null, 3)).toBeNull();
  });

  it("are refused when an id holds a separator, whichever and wherever", () => {
    const good = ["2", "1764612345678", "3", "1763000000123", "14"];
    // A record separator inside an id adds a record; a field separator adds a field.
    expect(unpackQueueStates(pack([[`card${PACKED_RECORD}x`, "fact", ...good]]), 1)).toBeNull();
    expect(unpackQueueStates(pack([["card", `fact${PACKED_FIELD}x`, ...good]]), 1)).toBeNull();
    expect(
      unpackQueueStates(
        pack([
          [`a${PACKED_FIELD}b${PACKED_RECORD}c`, "fact", ...good],
          ["card", "fact", ...good],
        ]),
        2,
      ),
    ).toBeNull();
  });

  it("stand for the state rows among the other kinds of the read", () => {
    const packed = pack([["card-a", "fact-a", "2", "1764612345678", "3", "", "14"]]);
    const inputs = queueInputsFromArrays([
      [QUEUE_INPUT_KIND.packedStates, packed, null, 1, null, null, null, null],
      [QUEUE_INPUT_KIND.todayFact, null, "fact-z", 3, 1, null, null, null],
      [QUEUE_INPUT_KIND.newCard, "card-n", "fact-n", 7, null, null, null, null],
    ]);
    expect(inputs?.states.map((s) => s.cardId)).toEqual(["card-a"]);
    expect(inputs?.today).toEqual({ reviews: 3, firsts: 1, factIds: ["fact-z"] });
    expect(inputs?.newCards).toEqual([{ cardId: "card-n", factId: "fact-n", position: 7 }]);
    expect(
      queueInputsFromArrays([[QUEUE_INPUT_KIND.packedStates, `x${PACKED_FIELD}y`, null, 1, null, null, null, null]]),
    ).toBeNull();
  });
});
