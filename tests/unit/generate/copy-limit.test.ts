// A question may not copy a long stretch of its source sentence word for word: past the limit
// (8 words in a row; 12 for a why/what-for question, which restates its main clause whole, and
// for a question written out with the words its sentence goes on with) the
// question is dropped and the card becomes a fill-in-the-blank on the sentence, or nothing. Checked over two documents of the project's evaluation set; the first has
// long clauses ("the economy diversified greatly after the country joined …") that a clause
// question would otherwise repeat whole.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { completeShortQuestion } from "@/lib/generate/keep";
import { longestSharedRun } from "@/lib/generate/prompts";

const EVAL = path.resolve(import.meta.dirname, "../../fixtures/eval");
const COPY_LIMIT = 8;
const WHOLE_CLAUSE_LIMIT = 12;

/** A question the generator wrote out with the words its sentence goes on with (keep.ts). */
function completed(c: {
  prompt: string;
  answerSpan: { start: number; end: number };
  evidence: { start: number; text: string }[];
}) {
  const e = c.evidence[0];
  if (!e) return false;
  const words = c.prompt.slice(0, -1).split(" ");
  const at = { start: c.answerSpan.start - e.start, end: c.answerSpan.end - e.start };
  for (let k = 1; k < words.length - 2; k++) {
    const cut = `${words.slice(0, words.length - k).join(" ")}?`;
    if (completeShortQuestion(cut, e.text, at) === c.prompt) return true;
  }
  return false;
}

describe("the copy limit on questions", () => {
  it.each(["iceland-factbook.txt", "histones-insight.txt"])("holds for every question drafted from %s", (file) => {
    const text = readFileSync(path.join(EVAL, file), "utf8");
    const questions = generateCandidates({ sourceKey: "eval", text }).filter((c) => !c.prompt.includes("____"));
    expect(questions.length).toBeGreaterThan(5);
    const overLimit = questions
      .map((c) => ({
        prompt: c.prompt,
        run: longestSharedRun(c.prompt, c.evidence[0]?.text ?? ""),
        limit: c.method === "reason" || c.method === "action" || completed(c) ? WHOLE_CLAUSE_LIMIT : COPY_LIMIT,
      }))
      .filter((q) => q.run > q.limit);
    expect(overLimit).toEqual([]);
  });
});
