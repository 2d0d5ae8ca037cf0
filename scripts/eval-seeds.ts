// How much of the hand-written iran-russia deck the generator finds on its own
// (npm run eval:generate -- --seeds).
// Runs the generator over ../shared/seeds/*.txt (through the importer's cleaning, as an upload
// would), prints candidate counts per kind, merged facts and conflict groups, and recall against
// the iran-russia deck: a deck fact is found when a candidate from the same document has an
// equivalent answer (checkTypedAnswer on the candidate's answer or variants), or — for date
// facts — the same value.date. `--missed` lists the facts not found.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadAllDecks } from "@/lib/content/files";
import type { Fact } from "@/lib/content/schema";
import { generateCandidates, mergeCandidates, type Candidate } from "@/lib/generate";
import { splitSections } from "@/lib/import/clean";
import { extractDocumentText } from "@/lib/import/extract";
import { checkTypedAnswer } from "@/lib/quiz/check";

const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(process.cwd(), "..", "shared", "seeds");
const DECK = "iran-russia";

function found(fact: Fact, candidates: readonly Candidate[]): boolean {
  for (const c of candidates) {
    if (
      fact.kind === "date" &&
      fact.value?.date &&
      c.value?.date === fact.value.date &&
      (c.value.end ?? "") === (fact.value.end ?? "")
    )
      return true;
    for (const given of [c.answer, ...c.variants]) {
      if (checkTypedAnswer(given, fact.answer, fact.variants).correct) return true;
    }
  }
  return false;
}

function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}

export async function evaluateSeeds(): Promise<void> {
  console.log("\n--- seed documents against the iran-russia deck ---");
  const showMissed = process.argv.includes("--missed");
  const { decks, problems } = loadAllDecks();
  const deck = decks.find((d) => d.slug === DECK);
  if (!deck) {
    console.log(`deck ${DECK} not found${problems.length ? ` (${problems.length} content problems)` : ""}`);
    return;
  }
  const keyByFile = new Map(deck.sources.filter((s) => s.file).map((s) => [s.file ?? "", s.key]));
  if (!existsSync(SEEDS_DIR)) {
    console.log(`no seed documents at ${SEEDS_DIR}`);
    return;
  }
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();

  const perDocument: Candidate[][] = [];
  const bySource = new Map<string, Candidate[]>();
  let seconds = 0;
  for (const file of files) {
    const key = keyByFile.get(file) ?? file.replace(/\.txt$/, "");
    const { text } = await extractDocumentText({
      name: file,
      bytes: new Uint8Array(readFileSync(path.join(SEEDS_DIR, file))),
    });
    const t0 = performance.now();
    const candidates = generateCandidates({ sourceKey: key, text }, { sections: splitSections(text) });
    seconds += (performance.now() - t0) / 1000;
    perDocument.push(candidates);
    bySource.set(key, candidates);
  }
  const all = perDocument.flat();
  const { facts, conflicts } = mergeCandidates(perDocument);

  console.log(`documents: ${files.length}   candidates: ${all.length}   generation: ${seconds.toFixed(2)} s`);
  const kinds = new Map<string, number>();
  for (const c of all) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  console.log("\ncandidates per kind");
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(k, 14)} ${n}`);
  console.log(
    `\nmerged facts: ${facts.length} (${facts.filter((f) => f.sources.length > 1).length} found in more than one document)`,
  );
  console.log(`conflict groups: ${conflicts.length}`);
  for (const g of conflicts) {
    console.log(`  ${g.group}: ${g.members.map((m) => `${m.answer} [${m.sources.join(", ")}]`).join(" | ")}`);
  }

  const perKind = new Map<string, { found: number; total: number }>();
  const missed: Fact[] = [];
  let hit = 0;
  for (const fact of deck.facts) {
    const ok = found(fact, bySource.get(fact.source) ?? []);
    const row = perKind.get(fact.kind) ?? { found: 0, total: 0 };
    row.total++;
    if (ok) {
      row.found++;
      hit++;
    } else missed.push(fact);
    perKind.set(fact.kind, row);
  }
  console.log(`\ndeck facts found: ${hit}/${deck.facts.length} (${((100 * hit) / deck.facts.length).toFixed(1)}%)`);
  for (const [k, r] of [...perKind].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${pad(k, 14)} ${pad(`${r.found}/${r.total}`, 8)} ${((100 * r.found) / r.total).toFixed(0)}%`);
  }
  if (showMissed) {
    console.log("\nmissed (excluding concepts):");
    for (const f of missed) if (f.kind !== "concept") console.log(`  [${f.kind}] ${f.source}: ${f.answer}`);
  }
}
