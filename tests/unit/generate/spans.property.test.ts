// Properties every candidate must have on real documents — the seeds and both evaluation sets
// (tests/fixtures/eval and eval-heldout, or EVAL_DIR): the evidence is an exact span of the text, the answer lies
// inside it at answerSpan, the verifier accepts the card, and no prompt is about the document.
// Documents that are not present in this checkout are skipped.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";
import { fold } from "@/lib/generate/text";
import { verifyCandidate } from "@/lib/generate/verify";
import { extractDocumentText } from "@/lib/import/extract";

const SEEDS =
  process.env.SEEDS_DIR ??
  [
    path.resolve(process.cwd(), "..", "shared", "seeds"),
    path.resolve(process.cwd(), "..", "..", "shared", "seeds"),
  ].find((d) => existsSync(d)) ??
  "";
const EVAL_DIRS = process.env.EVAL_DIR
  ? [process.env.EVAL_DIR]
  : ["eval", "eval-heldout"].map((d) => path.resolve(process.cwd(), "tests", "fixtures", d));

function files(dir: string, pattern: RegExp): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => pattern.test(f) && !f.endsWith(".gold.json"))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

const documents = [...files(SEEDS, /^\d{3}_.*\.txt$/), ...EVAL_DIRS.flatMap((dir) => files(dir, /\.(?:txt|html?)$/))];

describe.skipIf(documents.length === 0)("candidates on real documents", () => {
  it.each(documents)(
    "%s: exact spans, answer inside its evidence, verified, never about the source",
    async (file) => {
      const { text } = await extractDocumentText({
        name: path.basename(file),
        bytes: new Uint8Array(readFileSync(file)),
      });
      const list = generateCandidates({ sourceKey: "doc", text });
      expect(list.length).toBeGreaterThan(0);
      for (const c of list) {
        const e = c.evidence[0];
        if (!e) throw new Error("no evidence");
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(c.answerSpan.start).toBeGreaterThanOrEqual(e.start);
        expect(c.answerSpan.end).toBeLessThanOrEqual(e.end);
        // The answer is the text at answerSpan, tidied (spaces, dashes).
        expect(fold(text.slice(c.answerSpan.start, c.answerSpan.end)).replace(/[^\p{L}\p{N}]+/gu, "")).toBe(
          fold(c.answer).replace(/[^\p{L}\p{N}]+/gu, ""),
        );
        const check = verifyCandidate(text, {
          kind: c.kind,
          prompt: c.prompt,
          answer: c.answer,
          accept: c.variants,
          evidence: { quote: e.text, start: e.start, end: e.end },
        });
        expect(check.ok, `${c.prompt} -> ${c.answer}: ${check.ok ? "" : check.message}`).toBe(true);
        expect(c.prompt).not.toMatch(/\b(?:the source|this passage|the document|in connection with)\b/i);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
      }
    },
    60_000,
  );
});
