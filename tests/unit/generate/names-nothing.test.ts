// A question that names nothing a reader could place ("Where was the movement strongest?") leans on
// the passage its sentence came from; it is asked as a blank in that sentence instead. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { namesNothing, wordCounts } from "@/lib/generate/keep";

const doc =
  "The weavers of Hallin kept their looms in the cellars of the old town. The weavers sold cloth at the spring fair. " +
  "The weavers paid a tithe to the abbey. The weavers trained apprentices for seven years. The weavers kept a hall. " +
  "The weavers marched in the procession. The weavers elected a warden every winter. " +
  Array.from(
    { length: 12 },
    (_, i) => `Record ${i + 1} of the weavers lists dyes, wool, flax, prices and the names of buyers.`,
  ).join(" ");
const counts = wordCounts(doc);
const words = doc.split(/\s+/).length;

describe("namesNothing", () => {
  it("finds a definite phrase the passage introduced", () => {
    expect(namesNothing("Where was the movement strongest?", "the south", counts, words)).toBe(true);
    expect(namesNothing("What does the drainage comprise?", "two short rivers", counts, words)).toBe(true);
    expect(namesNothing("What was lined with flat stones?", "The smaller pit", counts, words)).toBe(true);
  });

  it("judges nothing in a short text", () => {
    const short = "The movement was strongest in the north.";
    expect(namesNothing("Where was the movement strongest?", "the north", wordCounts(short), 7)).toBe(false);
  });

  it("keeps a question with a name, a number, a bare term or the document's own topic", () => {
    expect(namesNothing("Where was the guild of Hallin strongest?", "the south", counts, words)).toBe(false);
    expect(namesNothing("What did the abbey receive in 1402?", "a tithe", counts, words)).toBe(false);
    expect(namesNothing("What are spindles made of?", "boxwood", counts, words)).toBe(false);
    expect(namesNothing("What did the weavers elect every winter?", "a warden", counts, words)).toBe(false);
    expect(namesNothing("What was split into many small duchies?", "Germany", counts, words)).toBe(false);
  });

  it("turns such a question into a blank in its sentence", () => {
    const text = `${doc} The movement was strongest in the northern valleys, where the looms were older.`;
    const cards = generateCandidates({ sourceKey: "t", text });
    expect(cards.some((c) => /^Where was the movement strongest/.test(c.prompt))).toBe(false);
    for (const c of cards) expect(text.slice(c.answerSpan.start, c.answerSpan.end)).toBe(c.answer);
  });
});
