// How well the generator does on documents it has never seen (npm run eval:generate).
//
// For each document of the development evaluation (tests/fixtures/eval: real documents with gold
// facts written by the project, see SOURCES.md) it runs what an upload runs — extraction and
// cleaning from lib/import, then lib/generate — and prints per document and overall:
//   recall   gold facts found: a candidate's answer (or variant) is accepted by the quiz's answer
//            checker AND its evidence overlaps the gold evidence; clause facts (causes, purposes,
//            outcomes) are also shown on their own
//   junk     share of candidates with a mechanical junk sign: a question about the document, not a
//            question (and not a cloze), the answer inside the question, glued noise
//            ("capacity915", "commitments.The"), a duplicate
//   per 1k   candidates per 1,000 words of cleaned text
// Options: --missed (list gold facts not found), --junk (list junk candidates), --top N (print the
// N best candidates per document), --fixtures DIR, --seeds (also the old recall against the
// iran-russia deck over ../shared/seeds).
// To measure another worktree's generator with this evaluation, run this file from that worktree:
//   (cd ../gen-core && npx tsx ../gen-eval/scripts/eval-generate.ts --fixtures ../gen-eval/tests/fixtures/eval)
// "@/lib/generate" then resolves there; extraction, cleaning and the measures come from this file's tree.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateCandidates, type Candidate, type DropStage } from "@/lib/generate";
import { CLAUSE_KINDS, goldFileSchema, overlaps } from "../lib/eval/gold";
import { countWords, JUNK_SIGNS, junkSigns, type JunkSign, matchGold } from "../lib/eval/measure";
import { splitSections } from "../lib/import/clean";
import { extractDocumentText } from "../lib/import/extract";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const FIXTURES = path.resolve(
  option("--fixtures") ?? path.join(import.meta.dirname, "..", "tests", "fixtures", "eval"),
);
const SHOW_MISSED = process.argv.includes("--missed");
const SHOW_JUNK = process.argv.includes("--junk");
const TOP = Number(option("--top") ?? 0);
// --sample N: N candidates drawn at random (seeded, --seed S) over all documents, with their
// evidence, for a person to judge as a teacher would (keep / light edit / delete).
const SAMPLE = Number(option("--sample") ?? 0);
const SEED = Number(option("--seed") ?? 1);
const drawn: { doc: string; c: Candidate; text: string }[] = [];

const pct = (n: number, d: number) => (d === 0 ? "  –  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

interface Row {
  doc: string;
  words: number;
  candidates: number;
  junk: number;
  found: number;
  gold: number;
  clauseFound: number;
  clauseLoose: number;
  clauseGold: number;
  lost: number;
  signs: Record<JunkSign, number>;
  seconds: number;
}

function byScore(candidates: readonly Candidate[]): Candidate[] {
  // Best first, as the review screen shows them; generators without a score keep their order.
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.score ?? 0) - (a.c.score ?? 0) || a.i - b.i)
    .map((x) => x.c);
}

async function evaluateDocument(goldPath: string): Promise<Row> {
  const gold = goldFileSchema.parse(JSON.parse(readFileSync(goldPath, "utf8")));
  const file = path.join(path.dirname(goldPath), gold.document);
  const { text, title } = await extractDocumentText({ name: gold.document, bytes: new Uint8Array(readFileSync(file)) });
  // The title as an import passes it (generators that take one name attributes after it).
  const source = { sourceKey: gold.document, text, title: title ?? gold.document };
  const t0 = performance.now();
  const dropped: { c: Candidate; stage: DropStage }[] = [];
  const candidates = byScore(
    generateCandidates(source, {
      sections: splitSections(text),
      ...(SHOW_MISSED ? { onDrop: (c: Candidate, stage: DropStage) => dropped.push({ c, stage }) } : {}),
    }),
  );
  const seconds = (performance.now() - t0) / 1000;

  for (const c of candidates) drawn.push({ doc: gold.document, c, text });
  const signs = junkSigns(candidates);
  const matches = matchGold(text, gold.facts, candidates);
  const bySign = Object.fromEntries(JUNK_SIGNS.map((s) => [s, 0])) as Record<JunkSign, number>;
  for (const list of signs) for (const s of list) bySign[s]++;
  const clause = matches.filter((m) => CLAUSE_KINDS.has(m.fact.kind));
  const row: Row = {
    doc: gold.document,
    words: countWords(text),
    candidates: candidates.length,
    junk: signs.filter((s) => s.length > 0).length,
    found: matches.filter((m) => m.foundBy >= 0).length,
    gold: matches.length,
    clauseFound: clause.filter((m) => m.foundBy >= 0).length,
    clauseLoose: clause.filter((m) => m.looseBy >= 0).length,
    clauseGold: clause.length,
    lost: matches.filter((m) => m.span === null).length,
    signs: bySign,
    seconds,
  };

  if (TOP > 0) {
    console.log(`\n${gold.document}: best ${Math.min(TOP, candidates.length)} of ${candidates.length}`);
    for (const c of candidates.slice(0, TOP)) {
      console.log(`  ${(c.score ?? 0).toFixed(2)}  ${c.prompt}  →  ${c.answer}`);
    }
  }
  if (SHOW_MISSED) {
    const missed = matches.filter((m) => m.foundBy < 0);
    if (missed.length > 0) console.log(`\n${gold.document}: ${missed.length} gold facts not found`);
    for (const m of missed) {
      const why =
        m.span === null
          ? "evidence no longer in the text"
          : m.answerElsewhere
            ? "answer found elsewhere"
            : "no candidate";
      console.log(`  [${m.fact.kind}] ${m.fact.question} → ${m.fact.answer}   (${why})`);
      // What the generator made from the same passage instead, to see why it missed.
      const span = m.span;
      const near = span === null ? [] : candidates.filter((c) => c.evidence.some((e) => overlaps(e, span))).slice(0, 3);
      for (const c of near) console.log(`      made instead: ${c.prompt} → ${c.answer}`);
      // Built and then dropped: which filter stopped a card that would have found the fact.
      const [again] = matchGold(
        text,
        [m.fact],
        dropped.map((d) => d.c),
      );
      if (again && again.foundBy >= 0) {
        const d = dropped[again.foundBy];
        if (d) console.log(`      built, then dropped (${d.stage}): ${d.c.prompt} → ${d.c.answer}`);
      }
    }
  }
  if (SHOW_JUNK) {
    const junk = candidates.map((c, i) => ({ c, s: signs[i] ?? [] })).filter((x) => x.s.length > 0);
    if (junk.length > 0) console.log(`\n${gold.document}: ${junk.length} candidates with junk signs`);
    for (const { c, s } of junk) console.log(`  [${s.join(", ")}] ${c.prompt} → ${c.answer}`);
  }
  return row;
}

function printTable(rows: readonly Row[]): void {
  const total = rows.reduce(
    (t, r) => ({
      ...t,
      words: t.words + r.words,
      candidates: t.candidates + r.candidates,
      junk: t.junk + r.junk,
      found: t.found + r.found,
      gold: t.gold + r.gold,
      clauseFound: t.clauseFound + r.clauseFound,
      clauseLoose: t.clauseLoose + r.clauseLoose,
      clauseGold: t.clauseGold + r.clauseGold,
      lost: t.lost + r.lost,
      seconds: t.seconds + r.seconds,
      signs: Object.fromEntries(JUNK_SIGNS.map((s) => [s, t.signs[s] + r.signs[s]])) as Record<JunkSign, number>,
    }),
    {
      doc: "overall",
      words: 0,
      candidates: 0,
      junk: 0,
      found: 0,
      gold: 0,
      clauseFound: 0,
      clauseLoose: 0,
      clauseGold: 0,
      lost: 0,
      seconds: 0,
      signs: Object.fromEntries(JUNK_SIGNS.map((s) => [s, 0])) as Record<JunkSign, number>,
    } satisfies Row,
  );
  const head = `${pad("document", 30)} ${lpad("words", 6)} ${lpad("cands", 6)} ${lpad("per 1k", 7)} ${lpad("recall", 14)} ${lpad("clause recall", 14)} ${lpad("junk", 13)}`;
  console.log(`\n${head}\n${"-".repeat(head.length)}`);
  for (const r of [...rows, total]) {
    if (r === total) console.log("-".repeat(head.length));
    const per1k = r.words === 0 ? "–" : ((1000 * r.candidates) / r.words).toFixed(1);
    console.log(
      `${pad(r.doc, 30)} ${lpad(r.words, 6)} ${lpad(r.candidates, 6)} ${lpad(per1k, 7)} ` +
        `${lpad(`${r.found}/${r.gold}`, 7)} ${pct(r.found, r.gold)} ${lpad(`${r.clauseFound}/${r.clauseGold}`, 7)} ${pct(r.clauseFound, r.clauseGold)} ` +
        `${lpad(r.junk, 5)} ${pct(r.junk, r.candidates)}`,
    );
  }
  console.log(
    `\nclause facts found with the looser word-overlap match: ${total.clauseLoose}/${total.clauseGold} ` +
      `(${rows.map((r) => `${r.doc.replace(/\..*$/, "")} ${r.clauseLoose}/${r.clauseGold}`).join(", ")})`,
  );
  console.log(`junk signs overall: ${JUNK_SIGNS.map((s) => `${s} ${total.signs[s]}`).join(", ")}`);
  if (total.lost > 0)
    console.log(`gold evidence no longer found in the cleaned text: ${total.lost} (fix the gold file)`);
  console.log(`generation time: ${total.seconds.toFixed(2)} s for ${total.words} words`);
  console.log("targets (issue 10): recall ≥ 70 %, junk ≤ 10 %");
}

// mulberry32: a small seeded generator, so a sample can be drawn again.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function printSample(): void {
  const random = seeded(SEED);
  const pool = [...drawn];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
  }
  console.log(
    `\n${Math.min(SAMPLE, pool.length)} random candidates (seed ${SEED}) to judge: keep / light edit / delete`,
  );
  pool.slice(0, SAMPLE).forEach(({ doc, c, text }, i) => {
    const e = c.evidence[0];
    const quote = e ? text.slice(e.start, e.end).replace(/\s+/g, " ").slice(0, 220) : "";
    console.log(
      `${String(i + 1).padStart(3)}. [${doc.replace(/\..*$/, "")} ${(c.score ?? 0).toFixed(2)}] ${c.prompt}  →  ${c.answer}`,
    );
    console.log(`       ${quote}`);
  });
}

async function main(): Promise<void> {
  if (!existsSync(FIXTURES)) throw new Error(`no evaluation fixtures at ${FIXTURES}`);
  const goldFiles = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".gold.json"))
    .sort();
  console.log(`evaluation set: ${FIXTURES} (${goldFiles.length} documents)`);
  const rows: Row[] = [];
  for (const f of goldFiles) rows.push(await evaluateDocument(path.join(FIXTURES, f)));
  printTable(rows);
  if (SAMPLE > 0) printSample();
  if (process.argv.includes("--seeds")) await (await import("./eval-seeds")).evaluateSeeds();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
