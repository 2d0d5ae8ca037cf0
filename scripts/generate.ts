// Draft fact candidates from documents, as JSON Lines on stdout:
//   npx tsx scripts/generate.ts FILE... [--format jsonl]
// Each file is read and cleaned by lib/import (so offsets index the CLEANED text, the text an
// import stores), the generator runs per document, then candidates are merged across documents.
// One line per candidate and document, best first: { id, kind, prompt, answer, accept, evidence,
// source, score, reason?, method, conflict? }. score is 0..1; reason says why a low one is low.
// Nothing else goes to stdout; problems go to stderr and an unreadable file exits with 1.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { generateCandidates, mergeCandidates, type Candidate } from "@/lib/generate";
import { splitSections } from "@/lib/import/clean";
import { extractDocumentText } from "@/lib/import/extract";

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: tsx scripts/generate.ts FILE... [--format jsonl]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { files: string[]; format: "jsonl" } {
  const files: string[] = [];
  let format = "jsonl";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--format") format = argv[++i] ?? "";
    else if (a.startsWith("--format=")) format = a.slice("--format=".length);
    else if (a === "--") continue;
    else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (format !== "jsonl") usage(`unsupported format "${format}" (only jsonl)`);
  if (files.length === 0) usage("no files given");
  return { files, format: "jsonl" };
}

/** A source key from the file name: "000_e34eb19b25c1c098.txt" -> "000-e34eb19b25c1c098". */
function sourceKeyFor(file: string, used: Set<string>): string {
  const base =
    path
      .basename(file)
      .replace(/\.[^.]+$/, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "document";
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

async function main(): Promise<void> {
  const { files } = parseArgs(process.argv.slice(2));
  // Libraries that log (pdf.js warnings) must not corrupt the JSON Lines on stdout.
  console.log = console.error;
  console.info = console.error;
  console.warn = console.error;

  const docs: { file: string; key: string; text: string; title?: string }[] = [];
  const used = new Set<string>();
  let failed = false;
  for (const file of files) {
    try {
      const bytes = new Uint8Array(await readFile(file));
      const extracted = await extractDocumentText({ name: path.basename(file), bytes });
      // The importer gives the document's own title when it finds one (HTML <title>, heading).
      const title = "title" in extracted && typeof extracted.title === "string" ? extracted.title : undefined;
      docs.push({ file, key: sourceKeyFor(file, used), text: extracted.text, ...(title ? { title } : {}) });
    } catch (err) {
      failed = true;
      process.stderr.write(`${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  if (failed) process.exit(1);

  const perDocument: Candidate[][] = docs.map((d) =>
    generateCandidates(
      { sourceKey: d.key, text: d.text, ...(d.title ? { title: d.title } : {}) },
      { sections: splitSections(d.text) },
    ),
  );
  const fileOf = new Map(docs.map((d) => [d.key, d.file]));
  const { facts } = mergeCandidates(perDocument);
  const lines: string[] = [];
  for (const f of facts) {
    for (const e of f.evidence) {
      lines.push(
        JSON.stringify({
          id: f.id,
          kind: f.kind,
          prompt: f.prompt,
          answer: f.answer,
          accept: f.variants,
          evidence: { start: e.start, end: e.end, text: e.text },
          source: fileOf.get(e.sourceKey) ?? e.sourceKey,
          score: f.score,
          ...(f.reason ? { reason: f.reason } : {}),
          ...(f.method ? { method: f.method } : {}),
          ...(f.conflict ? { conflict: f.conflict } : {}),
        }),
      );
    }
  }
  process.stdout.write(lines.length > 0 ? `${lines.join("\n")}\n` : "");
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
