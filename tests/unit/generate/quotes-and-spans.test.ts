// Two defects seen on the seed documents, on sentences of our own: a dropped quote mark must not
// glue the words around it, and one answer where it stands makes one card, however many questions.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";

const text = [
  "The harbour board met in Halden in March 2019.",
  "Governor Anna Berg called the plan “a turning point for the whole coast,” while Mayor Olav Dahl called it “a costly mistake.”",
  "Berg said that almost two thousand families live on the islands.",
].join(" ");

describe("prompts from quoted speech", () => {
  const candidates = generateCandidates({ sourceKey: "harbour", text });

  it("keeps the space a dropped quote mark stood beside", () => {
    for (const c of candidates) expect(c.prompt).not.toMatch(/\b(?:ita|thea|thata)\b|\p{Ll}{2}“/u);
  });

  it("makes one card per answer span", () => {
    const spans = candidates.map((c) => `${c.kind}|${c.answerSpan.start}|${c.answerSpan.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    const ids = candidates.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
