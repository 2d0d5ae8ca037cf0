// How many of a document's prose sentences give at least one card, and why the others give none.
//   npx tsx scripts/dev/sentence-coverage.ts [--list] FILE...
// Each file runs through extraction and cleaning as an upload does. A sentence counts as kept when
// the generator's sentence filter keeps it; it is covered when a final candidate's evidence starts
// inside it. --list prints every uncovered kept sentence with the cards built from it and the
// filter that dropped each (onDrop), so a missing card can be traced to "never built" or a stage.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { generateCandidates, splitSentences, type Candidate, type DropStage } from "@/lib/generate";
import { judgeSentence } from "@/lib/generate/filters";
import { splitSections } from "@/lib/import/clean";
import { extractDocumentText } from "@/lib/import/extract";

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const list = args.includes("--list");
  const files = args.filter((a) => !a.startsWith("--"));
  console.log = console.error;
  console.warn = console.error;
  let allKept = 0;
  let allCovered = 0;
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file));
    const extracted = await extractDocumentText({ name: path.basename(file), bytes });
    const title = "title" in extracted && typeof extracted.title === "string" ? extracted.title : undefined;
    const text = extracted.text;
    const dropped: { c: Candidate; stage: DropStage }[] = [];
    const candidates = generateCandidates(
      { sourceKey: path.basename(file), text, ...(title ? { title } : {}) },
      { sections: splitSections(text), onDrop: (c, stage) => dropped.push({ c, stage }) },
    );
    const kept = splitSentences(text).filter((s) => judgeSentence(s.text).keep);
    const inside = (s: { start: number; end: number }, c: Candidate) => {
      const e = c.evidence[0];
      return !!e && e.start < s.end && e.end > s.start && c.answerSpan.start >= s.start && c.answerSpan.end <= s.end;
    };
    let covered = 0;
    const lines: string[] = [];
    for (const s of kept) {
      const own = candidates.filter((c) => inside(s, c));
      if (own.length > 0) {
        covered++;
        continue;
      }
      if (!list) continue;
      lines.push(`\n- ${s.text.replace(/\s+/g, " ")}`);
      const drops = dropped.filter((d) => inside(s, d.c));
      if (drops.length === 0) lines.push("    (never built)");
      for (const d of drops) lines.push(`    dropped (${d.stage}): ${d.c.prompt} → ${d.c.answer}`);
    }
    allKept += kept.length;
    allCovered += covered;
    const words = text.split(/\s+/).length;
    console.error(
      `${path.basename(file).padEnd(34)} ${String(words).padStart(6)} words  ${String(candidates.length).padStart(4)} cards  ${covered}/${kept.length} sentences covered (${((100 * covered) / Math.max(1, kept.length)).toFixed(1)}%)`,
    );
    if (list) process.stdout.write(`${lines.join("\n")}\n\n`);
  }
  console.error(
    `overall: ${allCovered}/${allKept} kept sentences yield ≥1 candidate (${((100 * allCovered) / Math.max(1, allKept)).toFixed(1)}%)`,
  );
}

void main();
