import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { factProgress, studentProgress, type StudentInput } from "@/lib/progress/class-progress";
import { studentProgressCsv } from "@/lib/progress/csv";
import { DEFAULT_SETTINGS, reviewCard, type SchedulingState } from "@/lib/srs";

const NOW = new Date("2026-05-01T12:00:00Z");
const DUE = new Date("2026-05-11T12:00:00Z");

function studied(times: number): SchedulingState {
  let s: SchedulingState | null = null;
  let t = new Date("2026-04-01T12:00:00Z");
  for (let i = 0; i < times; i++) {
    s = reviewCard(s, 3, t, DEFAULT_SETTINGS).next;
    t = new Date(Math.max(s.due.getTime(), t.getTime() + 60_000));
  }
  return s!;
}

const student = (over: Partial<StudentInput>): StudentInput => ({
  id: "s1",
  name: "Sam",
  email: "sam@example.test",
  settings: { ...DEFAULT_SETTINGS, newPerDay: 5 },
  states: [],
  reviewsLast7Days: 0,
  lastActive: null,
  ...over,
});

describe("studentProgress", () => {
  it("counts introduced cards and predicts recall with unseen cards as zero", () => {
    const p = studentProgress(student({ states: [studied(4), studied(4)] }), 10, DUE, 0.9, NOW);
    expect(p.cardsIntroduced).toBe(2);
    expect(p.totalCards).toBe(10);
    expect(p.predictedRecall).toBeGreaterThan(0);
    expect(p.predictedRecall).toBeLessThanOrEqual(0.2);
    expect(p.newPerDayNeeded).toBe(Math.ceil(8 / 10));
  });

  it("is on track when active and the remaining new cards fit the daily limit, at risk otherwise", () => {
    const recent = new Date(NOW.getTime() - 24 * 3600_000);
    const longAgo = new Date(NOW.getTime() - 10 * 24 * 3600_000);
    expect(studentProgress(student({ lastActive: recent }), 40, DUE, 0.9, NOW).status).toBe("on-track");
    expect(studentProgress(student({ lastActive: longAgo }), 40, DUE, 0.9, NOW).status).toBe("at-risk");
    // 60 new cards in 10 days needs 6 a day, over this student's limit of 5.
    expect(studentProgress(student({ lastActive: recent }), 60, DUE, 0.9, NOW).status).toBe("at-risk");
    // Already at the target: on track even if idle.
    const strong = Array.from({ length: 3 }, () => studied(6));
    expect(studentProgress(student({ states: strong, lastActive: longAgo }), 3, DUE, 0.5, NOW).status).toBe("on-track");
  });
});

describe("factProgress", () => {
  const info = (id: string, prompt: string) => ({
    factId: id,
    key: id,
    prompt,
    answer: "x",
    source: { key: "s", title: "S", section: "1" },
  });
  it("puts the facts the class keeps missing first, unseen facts last", () => {
    const rows = factProgress(
      [info("a", "Alpha"), info("b", "Beta"), info("c", "Gamma"), info("d", "Delta")],
      [
        { factId: "a", missed: false },
        { factId: "a", missed: true },
        { factId: "b", missed: true },
        { factId: "b", missed: true },
        { factId: "c", missed: false },
      ],
      [
        { factId: "c", missed: true },
        { factId: "c", missed: false },
        { factId: "c", missed: false },
        { factId: "c", missed: false },
      ],
    );
    expect(rows.map((r) => r.factId)).toEqual(["b", "a", "c", "d"]);
    expect(rows[0]).toMatchObject({ reviews: 2, lapses: 2, lapseRate: 1 });
    expect(rows[2]).toMatchObject({ quizAnswers: 4, quizErrors: 1, quizErrorRate: 0.25 });
    expect(rows[3]).toMatchObject({ reviews: 0, quizAnswers: 0, lapseRate: 0 });
  });
});

describe("studentProgressCsv", () => {
  it("writes one row per student with a header, quoting what needs it", () => {
    const p = studentProgress(student({ name: 'Lee, "Jo"', lastActive: NOW }), 4, DUE, 0.9, NOW);
    const rows = parse<Record<string, string>>(studentProgressCsv([p]), { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Lee, "Jo"', email: "sam@example.test", total_cards: "4", status: p.status });
  });
});
