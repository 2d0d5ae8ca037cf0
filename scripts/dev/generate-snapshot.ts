// The generator's exact output, for checking that a change meant to be invisible (a speed-up, a
// refactor) is: every candidate of every document, in order, with every field, as JSON Lines.
//   SEEDS_DIR=/work/shared/seeds npx tsx scripts/dev/generate-snapshot.ts [--bench] FILE... > out.jsonl
// Each file runs through extraction and cleaning as an upload does, then generateCandidates on its
// own (with its sections); the candidates merged across all files follow. --bench adds the
// candidates of bench:generate's 1 MB text. Compare two runs with `cmp`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { generateCandidates, mergeCandidates, type Candidate } from "@/lib/generate";
import { splitSections } from "@/lib/import/clean";
import { extractDocumentText } from "@/lib/import/extract";
import { buildText } from "../bench/generate-text";

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const bench = args.includes("--bench");
  const files = args.filter((a) => !a.startsWith("--"));
  // Libraries that log must not mix into the snapshot.
  console.log = console.error;
  console.warn = console.error;

  const out: string[] = [];
  const perDocument: Candidate[][] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await readFile(file));
    const extracted = await extractDocumentText({ name: path.basename(file), bytes });
    const title = "title" in extracted && typeof extracted.title === "string" ? extracted.title : undefined;
    const candidates = generateCandidates(
      { sourceKey: path.basename(file), text: extracted.text, ...(title ? { title } : {}) },
      { sections: splitSections(extracted.text) },
    );
    perDocument.push(candidates);
    out.push(JSON.stringify({ document: path.basename(file), candidates: candidates.length }));
    for (const c of candidates) out.push(JSON.stringify(c));
  }
  const merged = mergeCandidates(perDocument);
  out.push(JSON.stringify({ merged: merged.facts.length }));
  for (const f of merged.facts) out.push(JSON.stringify(f));
  for (const g of merged.conflicts) out.push(JSON.stringify(g));
  if (bench) {
    const candidates = generateCandidates({ sourceKey: "bench", text: buildText().text });
    out.push(JSON.stringify({ document: "bench", candidates: candidates.length }));
    for (const c of candidates) out.push(JSON.stringify(c));
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
