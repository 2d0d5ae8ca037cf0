// The pronoun resolver: subject pronouns after a fronted phrase, possessive determiners, "they"
// for a list, coordinated clauses, and where it must refuse. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";
import { coordinatedPronounViews, placeInDocument, pronounAntecedent, pronounView } from "@/lib/generate/anaphora";
import { buildNameRegistry, detectAll } from "@/lib/generate/detect";
import { splitSentences } from "@/lib/generate/sentences";

function resolve(text: string) {
  const [previous, sentence] = splitSentences(text);
  if (!previous || !sentence) throw new Error("two sentences expected");
  const registry = buildNameRegistry([text]);
  const before = detectAll(previous.text, previous.start, { registry });
  const own = detectAll(sentence.text, sentence.start, { registry });
  return { sentence, own, antecedent: pronounAntecedent(text, sentence, previous, before, own) };
}

function cards(text: string) {
  return generateCandidates({ sourceKey: "t", text });
}

function insideEvidence(c: ReturnType<typeof cards>[number], text: string) {
  const e = c.evidence[0];
  return !!e && c.answerSpan.start >= e.start && c.answerSpan.end <= e.end && text.slice(e.start, e.end) === e.text;
}

describe("a subject pronoun after a fronted phrase", () => {
  const text =
    "Marten Olsby was a Danish admiral who served the crown for forty years. In 1712, he defeated the Swedish fleet at Kalvholm.";

  it("is the earlier subject, and the fronted phrase keeps its place", () => {
    const { sentence, antecedent } = resolve(text);
    expect(antecedent?.name.text).toBe("Marten Olsby");
    if (!antecedent) return;
    const view = pronounView(sentence, antecedent);
    expect(view.text).toBe("In 1712, Marten Olsby defeated the Swedish fleet at Kalvholm.");
    // A word of the fronted phrase and a word after the name both map back to the document.
    for (const word of ["1712", "Kalvholm"]) {
      const at = view.text.indexOf(word);
      const placed = placeInDocument(view, { start: view.start + at, end: view.start + at + word.length });
      expect(placed && text.slice(placed.start, placed.end)).toBe(word);
    }
    // The written-out name is no word of this sentence.
    const name = view.text.indexOf("Marten");
    expect(placeInDocument(view, { start: view.start + name, end: view.start + name + 6 })).toBeNull();
  });

  it("gives questions about the name, with answers inside the exact evidence", () => {
    const asked = cards(text).filter((c) => c.answer === "1712" || c.answer === "Kalvholm");
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(c.prompt).toContain("Marten Olsby");
      expect(c.prompt).not.toMatch(/\bhe\b/i);
      expect(insideEvidence(c, text)).toBe(true);
    }
  });

  it("is refused when the fronted phrase says a pronoun of its own (cataphora, 'In her youth')", () => {
    expect(
      resolve("Ada Brandt was a Dutch painter. After she left Delft, she settled in Leiden.").antecedent,
    ).toBeNull();
    expect(resolve("Ada Brandt was a Dutch painter. In her youth, she lived in Delft.").antecedent).toBeNull();
    // "When he arrived, Olsby …": the name comes after the pronoun; nothing is restated.
    expect(resolve("The fleet waited at Kalvholm. When he arrived, Olsby took command.").antecedent).toBeNull();
  });
});

describe("a possessive determiner", () => {
  it("is written as the name's possessive in the question", () => {
    const text = "Marten Olsby was a Danish admiral. His second campaign ended at Kalvholm in 1712.";
    const asked = cards(text).filter((c) => c.answer === "Kalvholm");
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      expect(c.prompt).toContain("Marten Olsby's second campaign");
      expect(insideEvidence(c, text)).toBe(true);
    }
  });

  it("'its' stands for a thing, never a person", () => {
    expect(resolve("Marten Olsby was a Danish admiral. Its hull was rebuilt in 1713.").antecedent).toBeNull();
    const thing = resolve("The Fennick Bridge is a stone bridge over the Ulla. Its central arch fell in 1903.");
    expect(thing.antecedent?.possessive).toBe(true);
  });
});

describe("refusals", () => {
  it("two persons in reach: nothing", () => {
    // One person: resolved; a second one in the same sentence makes "she" ambiguous.
    expect(resolve("Ada Brandt was a Dutch painter. In 1830, she moved to Leiden.").antecedent?.name.text).toBe(
      "Ada Brandt",
    );
    expect(
      resolve("Ada Brandt was a Dutch painter who knew Clara Voss. In 1830, she moved to Leiden.").antecedent,
    ).toBeNull();
    expect(resolve("Ada Brandt met Clara Voss in Delft. In 1830, she moved to Leiden.").antecedent).toBeNull();
  });

  it("an empty or weather 'it': nothing", () => {
    expect(resolve("The Fennick Bridge is a stone bridge. It rained for a week.").antecedent).toBeNull();
    expect(resolve("The Fennick Bridge is a stone bridge. It is said that the mason drowned.").antecedent).toBeNull();
    expect(
      resolve("The Fennick Bridge is a stone bridge. In 1850, it was said that the mason drowned.").antecedent,
    ).toBeNull();
  });

  it("'they' needs a list of names; 'he' needs a person", () => {
    expect(resolve("The Fennick Bridge is a stone bridge. They rebuilt it in 1903.").antecedent).toBeNull();
    expect(resolve("The Fennick Bridge is a stone bridge. In 1903, he rebuilt the arch.").antecedent).toBeNull();
  });

  it("across a paragraph: nothing", () => {
    expect(resolve("Marten Olsby was a Danish admiral.\n\nIn 1712, he defeated the fleet.").antecedent).toBeNull();
  });
});

describe("a coordinated clause with a pronoun subject", () => {
  it("is asked of the sentence's own subject", () => {
    const text = "The Fennick Bridge was opened in 1860, and it was widened in 1931.";
    const [sentence] = splitSentences(text);
    if (!sentence) throw new Error("one sentence expected");
    const mentions = detectAll(sentence.text, sentence.start, { registry: buildNameRegistry([text]) });
    const views = coordinatedPronounViews(sentence, mentions);
    expect(views.map((v) => v.view.text)).toEqual(["The Fennick Bridge was widened in 1931."]);
    const widened = cards(text).filter((c) => c.answer === "1931");
    expect(widened.length).toBeGreaterThan(0);
    for (const c of widened) {
      expect(c.prompt).toMatch(/Fennick Bridge widened/);
      expect(insideEvidence(c, text)).toBe(true);
    }
  });

  it("is refused when another name of the same kind stands between", () => {
    const text = "Ada Brandt painted Clara Voss in 1830, and she sold the portrait in 1832.";
    const [sentence] = splitSentences(text);
    if (!sentence) throw new Error("one sentence expected");
    const mentions = detectAll(sentence.text, sentence.start, { registry: buildNameRegistry([text]) });
    expect(coordinatedPronounViews(sentence, mentions)).toEqual([]);
  });
});

describe("agreement read from the sentence", () => {
  it("'they' stands for two names joined by 'and' as the subject", () => {
    const { antecedent } = resolve(
      "Karl Dorn and Ilse Fehr were chemists at the institute. They isolated the compound in 1921.",
    );
    expect(antecedent?.name.text).toBe("Karl Dorn and Ilse Fehr");
  });

  it("an untyped name is a person where its sentence gives it a role ('was a German botanist')", () => {
    const text = "Henrike Altmoor was a German botanist. Her second survey appeared in 1849.";
    expect(resolve(text).antecedent?.name.text).toBe("Henrike Altmoor");
    const asked = cards(text).filter((c) => c.answer === "1849");
    expect(asked.some((c) => c.prompt.includes("Henrike Altmoor's second survey"))).toBe(true);
    // The same name is then no "it".
    expect(resolve("Henrike Altmoor was a German botanist. Its roof was rebuilt in 1850.").antecedent).toBeNull();
  });
});

describe("a biography's subject handed on from sentence to sentence", () => {
  const bio = [
    "Edvard Lund was born in Bergen in 1843.",
    "Edvard Lund studied in Leipzig.",
    "Edvard Lund taught at the Bergen school for twenty years.",
    "Edvard Lund founded the Bergen choir.",
    "His favourite composers were Schumann, Chopin and Weber.",
    "He heard Verdi's Aida whilst he was in Cairo in 1871.",
  ].join(" ");
  const list = generateCandidates({ sourceKey: "t", text: bio }).map((c) => `${c.prompt} => ${c.answer}`);
  it("reads 'He' after a sentence led by 'His' as the subject, though that sentence names others", () => {
    expect(list).toContain("What did Edvard Lund hear? => Verdi's Aida");
  });
  it("ends a clause at 'whilst'", () => {
    expect(list.some((c) => /whilst\?/.test(c) || /=> .*whilst$/.test(c))).toBe(false);
  });
});
