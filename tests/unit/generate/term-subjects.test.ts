// Subjects that are terms rather than names: a bare technical noun or a described noun phrase
// can be asked for ("What was recovered from the cave?" → "charred barley"), a person, a general
// word or a pointing phrase cannot. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";

function asked(text: string): { prompt: string; answer: string }[] {
  return generateCandidates({ sourceKey: "t", text }).map((c) => ({ prompt: c.prompt, answer: c.answer }));
}

describe("a term as the subject answer", () => {
  it("asks for a described noun phrase and for a bare term the lexicon does not know", () => {
    expect(asked("Charred barley was recovered from the lower hearth at Skellow.")).toContainEqual({
      prompt: "What was recovered from the lower hearth at Skellow?",
      answer: "Charred barley",
    });
    expect(asked("Cremation was practised by the hill tribes of the upper valley.")).toContainEqual({
      prompt: "What was practised by the hill tribes of the upper valley?",
      answer: "Cremation",
    });
  });

  it("asks for a term inside a reported clause", () => {
    const made = asked("Dr. Halloway states that charred barley was recovered from the lower hearth at Skellow.");
    expect(made.some((x) => x.answer === "charred barley" && x.prompt.startsWith("What was recovered"))).toBe(true);
  });

  it("does not ask for a person, a general head, or a subject with a clause inside it", () => {
    const answers = [
      ...asked("The researchers measured the lower hearth at Skellow in the spring."),
      ...asked("The results surprised the survey team at Skellow in the spring."),
      ...asked("The way the barley burned puzzled the survey team at Skellow."),
    ].map((x) => x.answer.toLowerCase());
    expect(answers).not.toContain("the researchers");
    expect(answers).not.toContain("the results");
    expect(answers.some((a) => a.startsWith("the way"))).toBe(false);
  });

  it("needs a plain finite verb: no bare participle", () => {
    const made = asked("The floor was swept, and the loose sherds written up in the site diary by the team.");
    expect(made.some((x) => /^What written\b/.test(x.prompt))).toBe(false);
  });
});

describe("a passive participle phrase before the subject", () => {
  it("asks for its agent, with a short setting kept and a long one left out", () => {
    expect(asked("Founded by two brothers in 1821, the Harlow mill made cloth for the navy.")).toContainEqual({
      prompt: "Who founded the Harlow mill in 1821?",
      answer: "two brothers",
    });
    const long = asked(
      "Settled by Norse farmers and Gaelic (Irish and Scottish) servants during the late ninth and early tenth centuries of the era, Vellmark holds the oldest court of the north.",
    );
    expect(long).toContainEqual({
      prompt: "Who settled Vellmark?",
      answer: "Norse farmers and Gaelic (Irish and Scottish) servants",
    });
  });

  it("needs 'by' right after the participle and a subject after the comma", () => {
    const made = asked("Built mostly of timber, the Harlow mill burned down in the winter of 1830.");
    expect(made.some((x) => x.prompt.startsWith("Who built") || x.prompt.startsWith("What built"))).toBe(false);
  });
});

describe("a term as the object answer", () => {
  it("asks for a bare word the lexicon does not know, and 'what' someone became", () => {
    expect(asked("In the north, the herders became skaldmen, or keepers of the old songs.")).toContainEqual({
      prompt: "What did the herders become?",
      answer: "skaldmen",
    });
  });

  it("does not take a clause inside the subject for a noun phrase", () => {
    const made = asked("The way the herders sing surprised the visitors from the coast.");
    expect(made.some((x) => /^What do the way\b/.test(x.prompt))).toBe(false);
  });
});

describe("a date asked with 'until when'", () => {
  it("reads a place opening the sentence without a comma and leaves the limiting adverb with the answer", () => {
    const made = asked(
      "In Norway the old ballads survived only until the end of the sixteenth century, after the printers had spread.",
    );
    expect(made).toContainEqual({
      prompt: "Until when did the old ballads survive?",
      answer: "the end of the sixteenth century",
    });
  });
});

describe("'as late as' before a year", () => {
  it("asks 'until when', in a clause of its own or inside a reported one", () => {
    expect(asked("The nomads held the fords of Vellmark as late as 1400.")).toContainEqual({
      prompt: "Until when did the nomads hold the fords of Vellmark?",
      answer: "1400",
    });
    expect(
      asked("We know that the nomads held the fords of Vellmark as late as 1400, and so on.").some(
        (x) => x.prompt === "Until when did the nomads hold the fords of Vellmark?",
      ),
    ).toBe(true);
  });
});

describe("a count after the verb's preposition", () => {
  it("is asked 'how many', the preposition left at the end", () => {
    expect(asked("The walls of the great hall were draped with twelve thousand lengths of silk.")).toContainEqual({
      prompt: "How many lengths of silk were the walls of the great hall draped with?",
      answer: "twelve thousand",
    });
    expect(asked("The hall was filled with 300 chairs for the guests.")).toContainEqual({
      prompt: "How many chairs was the hall filled with?",
      answer: "300 chairs",
    });
  });

  it("leaves a measure to the blank", () => {
    const made = asked("The old road was paved with 30 miles of stone before the war.");
    expect(made.some((x) => x.prompt.startsWith("How many miles"))).toBe(false);
  });
});
