// A question that stops where its sentence goes on with words it needs ("… the nominal ownership?"
// of "… the nominal ownership of the archive to …") is written out with them, or dropped.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { completeShortQuestion } from "@/lib/generate/keep";

const at = (sentence: string, answer: string) => {
  const start = sentence.indexOf(answer);
  return { start, end: start + answer.length };
};

describe("completeShortQuestion", () => {
  it("adds the of-phrase a noun needs", () => {
    const s = "In 2019, Marta Voss handed the day-to-day running of the Lindqvist archive to Omar Haddad.";
    expect(completeShortQuestion("Who handed the day-to-day running?", s, at(s, "Marta Voss"))).toBe(
      "Who handed the day-to-day running of the Lindqvist archive?",
    );
  });

  it("adds what a time noun or a cut clause needs", () => {
    const s = "Trade grew quickly, but a long drought hurt the valley badly in the years after 1921.";
    expect(completeShortQuestion("What hurt the valley badly in the years?", s, at(s, "a long drought"))).toBe(
      "What hurt the valley badly in the years after 1921?",
    );
    const t = "The guild had lost its charter at the time the weavers were expelled from the city.";
    expect(completeShortQuestion("What had the guild lost at the time the weavers?", t, at(t, "its charter"))).toBe(
      "What had the guild lost at the time the weavers were expelled?",
    );
  });

  it("leaves a whole question alone, the answer's own place included", () => {
    const s = "The Harvest Fair is a yearly market where farmers sell their produce.";
    expect(completeShortQuestion("What is the Harvest Fair?", s, at(s, "a yearly market"))).toBe(
      "What is the Harvest Fair?",
    );
    const t = "Brenner sold the mill to his cousin in 1904.";
    expect(completeShortQuestion("When did Brenner sell the mill to his cousin?", t, at(t, "1904"))).toBe(
      "When did Brenner sell the mill to his cousin?",
    );
  });

  it("drops a definition question the sentence does not answer as one", () => {
    const s = "Critics saw the council's decisions as reckless, a view the mayor called a publicity stunt.";
    expect(completeShortQuestion("What were the council's decisions?", s, at(s, "a publicity stunt"))).toBeUndefined();
  });

  it("asks a blank where the whole question would copy too much of its sentence", () => {
    const text =
      "Greta Lund was perhaps the only one of the weavers whose patterns show anything but the dullest repetition.";
    const cards = generateCandidates({ sourceKey: "t", text });
    expect(cards.some((c) => c.prompt === "Who was perhaps the only one of the weavers?")).toBe(false);
    const blank = cards.find((c) => c.answer === "Greta Lund");
    expect(blank?.prompt.startsWith("____ was perhaps the only one of the weavers whose")).toBe(true);
  });

  it("keeps the generated questions whole", () => {
    const text = "Ilse Marten transferred the nominal ownership of the Kettle library to Paul Greer in 2011.";
    const prompts = generateCandidates({ sourceKey: "t", text }).map((c) => c.prompt);
    expect(prompts).not.toContain("Who transferred the nominal ownership?");
  });
});
