import { describe, expect, it } from "vitest";
import { State, createEmptyCard, type Card } from "ts-fsrs";
import { fromFsrsCard, toFsrsCard, type SchedulingState } from "@/lib/srs";
import { at } from "./fixtures";

describe("state mapper", () => {
  const reviewed: SchedulingState = {
    due: at("2026-04-01T08:00:00Z"),
    stability: 12.345678,
    difficulty: 4.2,
    elapsedDays: 9,
    scheduledDays: 14,
    learningSteps: 0,
    reps: 5,
    lapses: 1,
    state: 2,
    lastReview: at("2026-03-18T08:00:00Z"),
  };

  it("maps every field to ts-fsrs names and back", () => {
    const card = toFsrsCard(reviewed);
    expect(card).toEqual({
      due: reviewed.due,
      stability: 12.345678,
      difficulty: 4.2,
      elapsed_days: 9,
      scheduled_days: 14,
      learning_steps: 0,
      reps: 5,
      lapses: 1,
      state: State.Review,
      last_review: at("2026-03-18T08:00:00Z"),
    } satisfies Card);
    expect(fromFsrsCard(card)).toEqual(reviewed);
  });

  it("maps a missing last review to null and back to absent", () => {
    const fresh = fromFsrsCard(createEmptyCard(at("2026-03-01T00:00:00Z")));
    expect(fresh.lastReview).toBeNull();
    expect(fresh.state).toBe(0);
    expect("last_review" in toFsrsCard(fresh)).toBe(false);
  });

  it("copies dates so callers cannot mutate each other's state", () => {
    const card = toFsrsCard(reviewed);
    expect(card.due).not.toBe(reviewed.due);
    expect(fromFsrsCard(card).due).not.toBe(card.due);
  });

  it.each([
    [State.New, 0],
    [State.Learning, 1],
    [State.Review, 2],
    [State.Relearning, 3],
  ] as const)("state %s maps to %i", (fsrsState, ours) => {
    expect(fromFsrsCard({ ...toFsrsCard(reviewed), state: fsrsState }).state).toBe(ours);
    expect(toFsrsCard({ ...reviewed, state: ours }).state).toBe(fsrsState);
  });
});
