import { describe, expect, it } from "vitest";
import { CARD_STATE_COLUMNS, CARD_STATE_SELECT, SCHEDULING_COLUMNS, schedulingColumns } from "@/lib/db/card-states";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { reviewContextSql, reviewFirstStateSql, reviewOverStateSql } from "@/lib/db/hot-sql";

describe("the CardState columns, defined once", () => {
  it("names only real CardState columns, and each once", () => {
    const real = new Set<string>(Object.values(Prisma.CardStateScalarFieldEnum));
    expect(CARD_STATE_COLUMNS.filter((c) => !real.has(c))).toEqual([]);
    expect(new Set(CARD_STATE_COLUMNS).size).toBe(CARD_STATE_COLUMNS.length);
    expect(Object.keys(CARD_STATE_SELECT)).toEqual([...CARD_STATE_COLUMNS]);
  });

  it("is what the hot path reads, on both engines", () => {
    for (const text of [reviewContextSql.sqlite, reviewContextSql.postgresql]) {
      for (const c of CARD_STATE_COLUMNS.filter((col) => col !== "cardId" && col !== "factId")) {
        expect(text).toContain(`s."${c}"`);
      }
    }
  });

  it("writes the state columns in the order of their parameters", () => {
    const written = [...SCHEDULING_COLUMNS, "leech", "suspended", "version"];
    for (const statement of [reviewOverStateSql, reviewFirstStateSql]) {
      expect(statement.params.slice(2, 2 + written.length)).toEqual(written);
      const pgColumns = written.map((c) => `"${c}"`).join(", ");
      expect(statement.postgresql).toContain(pgColumns);
    }
    expect(reviewOverStateSql.sqlite.state).toContain(written.map((c) => `"${c}" = @${c}`).join(", "));
    expect(reviewFirstStateSql.sqlite.state).toContain(written.map((c) => `@${c}`).join(", "));
  });

  it("copies exactly the scheduling columns of a state for a write", () => {
    const due = new Date("2026-03-01T00:00:00Z");
    const state = {
      due,
      stability: 2,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state: 2 as const,
      lastReview: null,
    };
    expect(schedulingColumns({ ...state, leech: true } as typeof state)).toEqual(state);
  });
});
