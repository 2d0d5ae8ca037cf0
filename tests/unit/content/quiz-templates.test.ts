import { describe, expect, it } from "vitest";
import {
  matching,
  multipleChoice,
  timeline,
  timelineLabel,
  trueFalse,
  typeIn,
  type QuizItem,
} from "@/lib/content/quiz-templates";
import { createRng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";
import { dateFact, fact, mixedDeck, person } from "./fixtures";

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

/** First and last day a schema date covers, computed here independently of the module. */
function bounds(iso: string): [number, number] {
  const [y, m, d] = iso.split("-").map(Number) as [number, number | undefined, number | undefined];
  const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const last = d !== undefined ? first : m !== undefined ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
  return [first, last];
}

function expectPermutation(options: string[] | undefined, answer: string[]) {
  expect([...(options ?? [])].sort()).toEqual([...answer].sort());
}

describe("multipleChoice", () => {
  const pool = mixedDeck();

  it("shows the answer once among three distinct distractors", () => {
    for (const f of pool) {
      for (const seed of SEEDS.slice(0, 5)) {
        const item = multipleChoice(f, pool, createRng(seed));
        if (!item) continue;
        expect(item.id).toBe(`multiple-choice:${f.id}`);
        expect(item.kind).toBe("multiple-choice");
        expect(item.factIds).toEqual([f.id]);
        expect(item.options).toHaveLength(4);
        expect(new Set(item.options).size).toBe(4);
        expect(item.options?.filter((o) => o === f.answer)).toHaveLength(1);
        expect(item.answer).toBe(f.answer);
        expect(item.explanations).toEqual([
          { factId: f.id, text: f.explanation, source: f.source, section: f.section },
        ]);
      }
    }
  });

  it("puts the answer in different positions across seeds", () => {
    const f = pool.find((x) => x.id === "signed")!;
    const positions = new Set(SEEDS.map((s) => multipleChoice(f, pool, createRng(s))?.options?.indexOf(f.answer)));
    expect(positions.size).toBeGreaterThan(1);
  });

  it("is null when three same-kind distractors cannot be found", () => {
    const f = person("lonely", "Nikita Smagin");
    expect(multipleChoice(f, [f, person("other", "Hanna Notte")], createRng(1))).toBeNull();
  });
});

describe("trueFalse", () => {
  const pool = mixedDeck();

  it("is true with the real answer or false with a distractor, about half the time each", () => {
    const f = pool.find((x) => x.id === "peskov")!;
    const answers = SEEDS.map((s) => {
      const item = trueFalse(f, pool, createRng(s));
      expect(item).not.toBeNull();
      expect(item!.options).toEqual(["True", "False"]);
      // A statement carrying the proposed answer, not the question with "True or false" in front.
      expect(item!.prompt).not.toMatch(/^True or false/);
      expect(item!.prompt).not.toMatch(/\?$/);
      if (item!.answer === "true") expect(item!.prompt).toContain(f.answer);
      else expect(item!.prompt).not.toContain(f.answer);
      return item!.answer;
    });
    expect(answers).toContain("true");
    expect(answers).toContain("false");
    // The explanation carries the right answer, which a false statement does not show.
    expect(trueFalse(f, pool, createRng(1))?.explanations[0]?.text).toContain(f.answer);
  });

  it("is null when the fact has no distractor", () => {
    const f = fact({ kind: "treaty", answer: "No — it has no mutual defence clause" });
    expect(trueFalse(f, [f], createRng(1))).toBeNull();
  });
});

describe("typeIn", () => {
  it("asks the prompt, expects the canonical answer and lists the variants as accepted", () => {
    const f = person("putin", "Vladimir Putin", [], { variants: ["Putin", "V. Putin"] });
    const item = typeIn(f);
    expect(item).toMatchObject({
      id: "type-in:putin",
      kind: "type-in",
      prompt: f.prompt,
      answer: "Vladimir Putin",
      accepted: ["Putin", "V. Putin"],
    });
    expect(item?.options).toBeUndefined();
  });

  it("is null for an answer too long to type", () => {
    expect(
      typeIn(fact({ kind: "concept", answer: "Russia's priority on ties with Israel and the Gulf states" })),
    ).toBeNull();
  });
});

describe("timelineLabel", () => {
  it("turns a date question into a past-tense statement", () => {
    const f = dateFact("t", "2025-01-17", "17 January 2025", {
      prompt: "On what date did Iran and Russia sign their treaty?",
    });
    expect(timelineLabel(f)).toBe("Iran and Russia signed their treaty");
    const aside = dateFact("u", "1995-07", "July 1995", {
      prompt: "In which month and year did Russia agree, under US pressure, to halt arms sales to Iran?",
    });
    expect(timelineLabel(aside)).toBe("Russia agreed, under US pressure, to halt arms sales to Iran");
  });

  it("drops an attribution and keeps a question it cannot recast", () => {
    const f = dateFact("v", "2025-04-21", "21 April 2025", {
      prompt: "On what date did Putin sign the treaty into law, according to Akhlaghi?",
    });
    expect(timelineLabel(f)).toBe("Putin signed the treaty into law");
    const odd = dateFact("w", "2020", "2020", { prompt: "Oil output hit a low in which year?" });
    expect(timelineLabel(odd)).toBe("Oil output hit a low in which year?");
  });
});

describe("timeline", () => {
  const events = [
    dateFact("e1995", "1995", "1995", { prompt: "In which year did Russia sign the Bushehr contract?" }),
    dateFact("e2018", "2018-05", "May 2018", { prompt: "When did the United States withdraw from the JCPOA?" }),
    dateFact("e2023", "2023-07-04", "4 July 2023", { prompt: "On what date did Iran join the SCO?" }),
    dateFact("e2025a", "2025-01-17", "17 January 2025", {
      prompt: "On what date did Iran and Russia sign their treaty?",
    }),
    dateFact("e2025b", "2025-05-21", "21 May 2025", {
      prompt: "On what date did Iran's Parliament ratify the treaty?",
    }),
    dateFact("e2025y", "2025", "2025", { prompt: "In which year did gas supplies start?" }),
    dateFact("e2025m", "2025-05", "May 2025", { prompt: "When did the free-trade deal come into force?" }),
  ];
  const span = (f: Fact) => bounds(f.value!.date!);

  it("orders events whose dates are distinct and unambiguous at their precision", () => {
    for (const seed of SEEDS) {
      const item = timeline(events, createRng(seed)) as QuizItem;
      expect(item).not.toBeNull();
      expect(item.kind).toBe("timeline");
      expect(item.factIds).toHaveLength(4);
      const answer = item.answer as string[];
      expectPermutation(item.options, answer);
      const byLabel = new Map(events.map((f) => [timelineLabel(f), f]));
      const facts = answer.map((label) => byLabel.get(label)!);
      expect(new Set(facts.map((f) => f.id))).toEqual(new Set(item.factIds));
      // Solvable: each event ends before the next one starts, so only one order is right.
      for (let i = 1; i < facts.length; i++) expect(span(facts[i - 1]!)[1]).toBeLessThan(span(facts[i]!)[0]);
    }
  });

  it("never shows the options already in the right order", () => {
    for (const seed of SEEDS) {
      const item = timeline(events, createRng(seed));
      expect(item?.options).not.toEqual(item?.answer);
    }
  });

  it("does not hand out the order through its id or fact list", () => {
    const item = timeline(events, createRng(3))!;
    expect(item.id).toBe(`timeline:${[...item.factIds].sort().join("+")}`);
  });

  it("is null when the dates overlap too much to pick enough events", () => {
    const overlapping = [events[3]!, events[4]!, events[5]!, events[6]!]; // all within 2025
    expect(timeline(overlapping, createRng(1))).toBeNull();
    expect(timeline(overlapping, createRng(1), 2)).not.toBeNull();
  });

  it("only uses facts whose answer is their date", () => {
    const withContextDates = [
      ...events.slice(0, 3),
      person("putin", "Vladimir Putin", [], { value: { date: "2024-01" } }),
    ];
    expect(timeline(withContextDates, createRng(1))).toBeNull();
  });

  it("keeps two versions of one conflict out of one timeline", () => {
    const a = dateFact("c1", "2023", "2023", { conflict: "eeu", prompt: "In which year did the EEU deal start?" });
    const b = dateFact("c2", "2025-05", "May 2025", { conflict: "eeu", prompt: "When did the EEU deal take effect?" });
    for (const seed of SEEDS) {
      const item = timeline([events[0]!, events[1]!, a, b], createRng(seed), 3);
      expect(item?.factIds.filter((id) => id === "c1" || id === "c2").length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});

describe("matching", () => {
  const pool = mixedDeck();

  it("pairs each cue with its own answer; answers are distinct", () => {
    for (const seed of SEEDS) {
      const item = matching(pool, createRng(seed));
      expect(item).not.toBeNull();
      const { left = [], answer, factIds } = item!;
      const answers = answer as string[];
      expect(left).toHaveLength(4);
      expect(answers).toHaveLength(4);
      expect(new Set(answers).size).toBe(4);
      expectPermutation(item!.options, answers);
      expect(item!.options).not.toEqual(answers);
      factIds.forEach((id, i) => {
        const f = pool.find((x) => x.id === id)!;
        expect(left[i]).toBe(f.prompt);
        expect(answers[i]).toBe(f.answer);
      });
    }
  });

  it("prefers facts of one kind, so the type of an answer does not give its match away", () => {
    for (const seed of SEEDS) {
      const item = matching(pool, createRng(seed))!;
      const kinds = new Set(item.factIds.map((id) => pool.find((x) => x.id === id)!.kind));
      expect(kinds.size).toBe(1);
    }
  });

  it("never pairs two facts whose answers the checker would take as the same", () => {
    const same = [
      person("a", "Vladimir Putin"),
      person("b", "Putin"),
      person("c", "vladimir putin"),
      person("d", "Ali Khamenei"),
      person("e", "Hanna Notte"),
    ];
    for (const seed of SEEDS) {
      const item = matching(same, createRng(seed), 3);
      const ids = item?.factIds ?? [];
      expect(ids.filter((id) => id === "a" || id === "c").length).toBeLessThanOrEqual(1);
    }
    expect(matching(same, createRng(1), 5)).toBeNull();
  });
});
