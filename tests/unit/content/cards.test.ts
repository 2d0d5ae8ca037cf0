import { describe, expect, it } from "vitest";
import { CLOZE_BLANK, cardsForFact, isShortAnswer } from "@/lib/content/cards";
import { dateFact, fact, figure, person, transfer } from "./fixtures";

const templates = (f: Parameters<typeof cardsForFact>[0]) => cardsForFact(f).map((c) => c.template);
const card = (f: Parameters<typeof cardsForFact>[0], t: string) => cardsForFact(f).find((c) => c.template === t);

describe("cardsForFact", () => {
  it("always makes a question→answer card first, from the prompt and the answer", () => {
    const f = fact({
      kind: "concept",
      prompt: "What label does the brief coin for the relationship?",
      answer: "That it is a partnership of convenience shaped by sanctions and by shared hostility to the West",
    });
    const cards = cardsForFact(f);
    expect(cards[0]).toEqual({ template: "qa", front: f.prompt, back: f.answer });
  });

  it("never makes two cards of one template, and gives the same cards every time", () => {
    const f = person("peskov", "Dmitry Peskov", [], {
      reverse: true,
      prompt: "Which Kremlin spokesman said Moscow had offered to mediate?",
      explanation: "Dmitry Peskov framed Russia's help as diplomatic only.",
    });
    const first = cardsForFact(f);
    expect(new Set(first.map((c) => c.template)).size).toBe(first.length);
    expect(cardsForFact(f)).toEqual(first);
    expect(first.map((c) => c.template).sort()).toEqual(["cloze", "qa", "reverse", "typein"]);
  });

  describe("reverse", () => {
    it("is made only when the fact asks for it", () => {
      const base = { prompt: "Which Kremlin spokesman offered mediation?", explanation: "He spoke for the Kremlin." };
      expect(templates(person("a", "Dmitry Peskov", [], { ...base, reverse: false }))).not.toContain("reverse");
      expect(templates(person("b", "Dmitry Peskov", [], { ...base, reverse: true }))).toContain("reverse");
    });

    it("names the answer on the front, asks what it is, and describes it on the back", () => {
      const f = person("peskov", "Dmitry Peskov", [], {
        reverse: true,
        prompt: "Which Kremlin spokesman said in June 2025 that Moscow had offered to mediate?",
        explanation: "The essay cites his remarks as evidence that Russia's support stayed diplomatic.",
      });
      const r = card(f, "reverse");
      expect(r?.front).toMatch(/^Who is Dmitry Peskov\?$/);
      // The back says what the answer is, taken from the question, and keeps the context.
      expect(r?.back).toMatch(/^The Kremlin spokesman who said in June 2025 that Moscow had offered to mediate\./);
      expect(r?.back).toContain(f.explanation);
    });

    it("keeps the question itself on the back when it cannot be recast safely", () => {
      const f = fact({
        kind: "place",
        answer: "Turkey",
        reverse: true,
        prompt: "Which NATO member did Russia sell the S-400 to?",
        explanation: "The sale contrasted with Russia's refusal to supply Iran.",
      });
      const r = card(f, "reverse");
      expect(r?.front).toBe("What is the significance of Turkey?");
      expect(r?.back).toContain(f.prompt);
      expect(r?.back).not.toMatch(/^The NATO member that did/);
    });

    it("describes an arms transfer from its record: system, route and status", () => {
      const f = transfer("s400", "S-400", "S-400 air defence system", { reverse: true });
      const withheld = { ...f, transfer: { ...f.transfer!, status: "withheld" as const } };
      const r = card(withheld, "reverse");
      expect(r?.front).toBe("What is the S-400, and what happened to it between Russia and Iran?");
      expect(r?.back).toMatch(/^S-400 air defence system: sought by Iran from Russia but withheld\./);
    });

    it("asks what an article provides, naming its document from the prompt", () => {
      const f = fact({
        kind: "constitution",
        answer: "Article 9",
        article: 9,
        reverse: true,
        prompt:
          "Which article of Iran's Constitution holds that independence and territorial integrity are inseparable?",
      });
      expect(card(f, "reverse")?.front).toBe("What does Article 9 of Iran's Constitution provide?");
    });

    it("is skipped for dates, figures and clause-like answers even when asked for", () => {
      expect(templates(dateFact("d", "2025-01-17", "17 January 2025", { reverse: true }))).not.toContain("reverse");
      expect(templates(figure("f", "$4.8 billion", 4.8e9, "USD", { reverse: true }))).not.toContain("reverse");
      const clause = fact({ kind: "event", answer: "That it was not a military alliance", reverse: true });
      expect(templates(clause)).not.toContain("reverse");
    });

    it("uses plural wording for two people and for a plural group", () => {
      const pair = person("kn", "Robert Keohane and Joseph Nye", [], { reverse: true });
      expect(card(pair, "reverse")?.front).toBe("Who are Robert Keohane and Joseph Nye?");
      const group = fact({ kind: "organisation", answer: "The Houthis", reverse: true });
      expect(card(group, "reverse")?.front).toBe("What are the Houthis?");
      const single = fact({ kind: "organisation", answer: "The Belt and Road Initiative", reverse: true });
      expect(card(single, "reverse")?.front).toBe("What is the Belt and Road Initiative?");
    });
  });

  describe("cloze", () => {
    it("blanks the answer where the explanation contains it, in any case", () => {
      const f = fact({
        kind: "organisation",
        answer: "Gazprom",
        explanation: "GAZPROM, the Russian gas company, is named as the investor.",
      });
      const c = card(f, "cloze");
      expect(c?.front).toBe(`${CLOZE_BLANK}, the Russian gas company, is named as the investor.`);
      expect(c?.back).toBe("Gazprom");
    });

    it("blanks every occurrence, and longer variants too, so nothing gives the answer away", () => {
      const f = fact({
        kind: "organisation",
        answer: "Hezbollah",
        variants: ["Hizbollah"],
        explanation: "Hezbollah fighters helped in Syria; keeping a route to Hizbollah mattered to Iran.",
      });
      const front = card(f, "cloze")?.front ?? "";
      expect(front.split(CLOZE_BLANK)).toHaveLength(3);
      expect(front).not.toMatch(/hezbollah|hizbollah/i);
    });

    it("is not made when the answer is absent, or present only inside another word", () => {
      expect(
        templates(fact({ kind: "organisation", answer: "Mir", explanation: "Russia's card works in Iran." })),
      ).not.toContain("cloze");
      expect(
        templates(fact({ kind: "organisation", answer: "Mir", explanation: "A Mirage of integration, say critics." })),
      ).not.toContain("cloze");
      expect(
        templates(person("p", "Dmitry Peskov", [], { explanation: "Peskov spoke for the Kremlin." })),
      ).not.toContain("cloze");
    });
  });

  describe("typein", () => {
    it("is made for short answers: dates, figures, names, systems", () => {
      for (const answer of ["17 January 2025", "$4.8 billion", "Dmitry Peskov", "S-400", "Article 153", "Beijing"]) {
        expect(isShortAnswer(answer), answer).toBe(true);
      }
      expect(templates(dateFact("d", "2025-01-17", "17 January 2025"))).toContain("typein");
      expect(card(dateFact("e", "2025-01-17", "17 January 2025"), "typein")?.back).toBe("17 January 2025");
    });

    it("is not made for long or clause-like answers", () => {
      const long = "Russia's priority on ties with Israel and the Gulf states";
      expect(long.length).toBeGreaterThan(40);
      expect(isShortAnswer(long)).toBe(false);
      expect(isShortAnswer("That it was against international law")).toBe(false);
      expect(isShortAnswer("Pledging any specific assistance")).toBe(false);
      expect(isShortAnswer("No, never")).toBe(false);
      expect(templates(fact({ kind: "concept", answer: long }))).not.toContain("typein");
    });
  });
});
