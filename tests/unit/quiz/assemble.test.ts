import { describe, expect, it } from "vitest";
import { assembleQuiz, publicItem, type QuizItem } from "@/lib/quiz/assemble";
import { fact, mixedDeck, person } from "../content/fixtures";

const deck = mixedDeck();

function factUses(items: QuizItem[]): string[] {
  return items.flatMap((i) => i.factIds);
}

describe("assembleQuiz", () => {
  it("gives identical items for the same seed and input", () => {
    const a = assembleQuiz({ facts: deck, seed: 42, count: 8 });
    const b = assembleQuiz({ facts: deck, seed: 42, count: 8 });
    expect(a).toHaveLength(8);
    expect(b).toEqual(a);
  });

  it("does not depend on the order the facts come in", () => {
    const a = assembleQuiz({ facts: deck, seed: 5, count: 8 });
    const b = assembleQuiz({ facts: [...deck].reverse(), seed: 5, count: 8 });
    expect(b).toEqual(a);
  });

  it("gives another selection or order for another seed", () => {
    const ids = (seed: number) =>
      assembleQuiz({ facts: deck, seed, count: 6 })
        .map((i) => i.id)
        .join();
    const seen = new Set([1, 2, 3, 4, 5].map(ids));
    expect(seen.size).toBeGreaterThan(1);
  });

  it("uses each fact at most once, counting multi-fact items", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const uses = factUses(assembleQuiz({ facts: deck, seed, count: 20 }));
      expect(new Set(uses).size).toBe(uses.length);
    }
  });

  it("takes the allowed kinds in turn", () => {
    const items = assembleQuiz({ facts: deck, seed: 3, count: 6, kinds: ["type-in", "multiple-choice"] });
    expect(items.map((i) => i.kind)).toEqual([
      "type-in",
      "multiple-choice",
      "type-in",
      "multiple-choice",
      "type-in",
      "multiple-choice",
    ]);
    const all = assembleQuiz({ facts: deck, seed: 3, count: 5 });
    expect(new Set(all.map((i) => i.kind))).toEqual(
      new Set(["multiple-choice", "true-false", "type-in", "timeline", "matching"]),
    );
  });

  it("skips kinds no remaining fact suits and keeps going with the others", () => {
    // No fact here has a date, so no timeline; the people give type-in and matching items.
    const people = [
      "Ali Khamenei",
      "Hanna Notte",
      "Nikita Smagin",
      "Dmitry Peskov",
      "Donald Trump",
      "Masoud Pezeshkian",
    ].map((name, i) => person(`p${i}`, name));
    const items = assembleQuiz({ facts: people, seed: 9, count: 4, kinds: ["timeline", "type-in"] });
    expect(items.length).toBe(4);
    expect(items.every((i) => i.kind === "type-in")).toBe(true);
  });

  it("returns fewer items when the facts run out, and none for a zero count", () => {
    const few = deck.slice(0, 3);
    const items = assembleQuiz({ facts: few, seed: 1, count: 50, kinds: ["type-in"] });
    expect(items).toHaveLength(3);
    expect(assembleQuiz({ facts: deck, seed: 1, count: 0 })).toEqual([]);
  });

  it("only quizzes facts carrying one of the requested tags, drawing distractors from all", () => {
    const items = assembleQuiz({
      facts: deck,
      seed: 4,
      count: 10,
      tags: ["kremlin"],
      kinds: ["multiple-choice", "type-in"],
    });
    expect(items.length).toBeGreaterThan(0);
    for (const id of factUses(items)) expect(deck.find((f) => f.id === id)?.tags).toContain("kremlin");
    // Only two facts carry the tag, so the multiple-choice options must come from the rest.
    const mc = items.find((i) => i.kind === "multiple-choice");
    expect(mc?.options).toHaveLength(4);
  });

  it("gives stable ids made of the kind and the fact ids", () => {
    for (const item of assembleQuiz({ facts: deck, seed: 8, count: 10 })) {
      expect(item.id.startsWith(`${item.kind}:`)).toBe(true);
      expect(
        item.id
          .slice(item.kind.length + 1)
          .split("+")
          .sort(),
      ).toEqual([...item.factIds].sort());
    }
  });
});

describe("publicItem", () => {
  it("strips the answer, accepted forms and explanations, keeping what the learner needs", () => {
    const items = assembleQuiz({ facts: deck, seed: 2, count: 10 });
    for (const item of items) {
      const shown = publicItem(item);
      expect(Object.keys(shown).sort()).toEqual(
        ["id", "kind", "prompt", ...(item.options ? ["options"] : []), ...(item.left ? ["left"] : [])].sort(),
      );
      expect(shown).not.toHaveProperty("answer");
      expect(shown).not.toHaveProperty("accepted");
      expect(shown).not.toHaveProperty("explanations");
      expect(shown.options).toEqual(item.options);
    }
    const typein = items.find((i) => i.kind === "type-in");
    expect(typein && JSON.stringify(publicItem(typein))).not.toContain(JSON.stringify(typein?.answer));
  });

  it("copies the lists, so changing what was sent cannot change the stored item", () => {
    const [item] = assembleQuiz({ facts: deck, seed: 2, count: 1, kinds: ["multiple-choice"] });
    const shown = publicItem(item!);
    shown.options?.reverse();
    expect(shown.options).not.toEqual(item!.options);
  });

  it("keeps the matching cues", () => {
    const facts = ["Ali Khamenei", "Hanna Notte", "Nikita Smagin", "Dmitry Peskov"].map((name, i) =>
      fact({ id: `m${i}`, kind: "person", answer: name }),
    );
    const [item] = assembleQuiz({ facts, seed: 1, count: 1, kinds: ["matching"] });
    expect(publicItem(item!).left).toEqual(item!.left);
  });
});
