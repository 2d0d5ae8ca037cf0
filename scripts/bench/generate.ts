// Generator throughput (npm run bench:generate): about 1 MB of text built from the seed documents
// and timed through generateCandidates. Target: 1 MB in under 5 s on a 2-core machine.
//
// Plain repetition would flatter the generator — it drops repeated sentences, and names repeat —
// so every copy is varied: numbers shift, a rotating set of words is swapped for near-synonyms,
// and the countries, capitals and people named are swapped for other real ones. Nearly every
// sentence of the bench is then unique, and the document names far more people and places than
// any one seed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateCandidates } from "@/lib/generate";
import { cleanDocumentText } from "@/lib/import/clean";

const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(process.cwd(), "..", "shared", "seeds");
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 1_000_000);

const SWAPS: [string, string][] = [
  ["partnership", "relationship"],
  ["significant", "notable"],
  ["cooperation", "collaboration"],
  ["strategic", "long-term"],
  ["military", "armed"],
  ["economic", "financial"],
  ["relations", "ties"],
  ["however", "yet"],
  ["countries", "states"],
  ["increased", "grew"],
  ["support", "backing"],
  ["agreement", "accord"],
  ["pressure", "strain"],
  ["limited", "narrow"],
  ["regional", "local"],
  ["alliance", "bloc"],
  ["growing", "rising"],
  ["important", "key"],
  ["despite", "in spite of"],
  ["the West", "Western states"],
  ["sanctions", "penalties"],
  ["war", "conflict"],
  ["deal", "bargain"],
  ["and", "as well as"],
  ["is", "was"],
  ["has", "had"],
  ["their", "its"],
  ["with", "alongside"],
  ["to", "towards"],
  ["of", "from"],
  ["a", "one"],
  ["in", "within"],
  ["that", "which"],
];
const COUNTRIES: [string, string][] = [
  ["Iran", "Oman"],
  ["Russia", "Kazakhstan"],
  ["Israel", "Egypt"],
  ["Syria", "Jordan"],
  ["Ukraine", "Georgia"],
  ["China", "Vietnam"],
  ["Turkey", "Greece"],
  ["India", "Pakistan"],
  ["Tehran", "Muscat"],
  ["Moscow", "Astana"],
];
const PEOPLE: [string, string][] = [
  ["Putin", "Tokayev"],
  ["Vladimir", "Kassym-Jomart"],
  ["Pezeshkian", "Haitham"],
  ["Masoud", "Sultan"],
  ["Trump", "Carter"],
  ["Donald", "Jimmy"],
  ["Peskov", "Smailov"],
  ["Raisi", "Qaboos"],
  ["Khamenei", "Said"],
];

/** A fixed pseudo-random bit per (copy, word): copies differ from each other in many words. */
function coin(copy: number, k: number): boolean {
  let h = Math.imul(copy + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h & 1) === 1;
}

function vary(text: string, copy: number): string {
  let out = text.replace(/\d+/g, (d) => {
    const n = Number(d);
    // Years stay plausible; other numbers grow with the copy.
    return n >= 1900 && n <= 2100 ? String(n - (copy % 20)) : String(n + copy);
  });
  for (let k = 0; k < SWAPS.length; k++) {
    if (coin(copy, k)) {
      const [a, b] = SWAPS[k] ?? ["", ""];
      out = out.replace(new RegExp(`\\b${a}\\b`, "g"), b);
    }
  }
  const pools = [COUNTRIES, PEOPLE];
  for (const pool of pools) {
    for (let k = 0; k < pool.length; k++) {
      if (coin(copy, 100 + k)) {
        const [a, b] = pool[k] ?? ["", ""];
        out = out.replace(new RegExp(`\\b${a}\\b`, "g"), b);
      }
    }
  }
  return out;
}

function buildText(): { text: string; copies: number } {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => cleanDocumentText(readFileSync(path.join(SEEDS_DIR, f), "utf8")));
  const parts: string[] = [];
  let size = 0;
  let copy = 0;
  while (size < TARGET_BYTES) {
    for (const seed of seeds) {
      const part = vary(seed, copy);
      parts.push(part);
      size += Buffer.byteLength(part, "utf8") + 2;
      if (size >= TARGET_BYTES) break;
    }
    copy++;
  }
  return { text: parts.join("\n\n"), copies: copy };
}

function main(): void {
  const { text, copies } = buildText();
  const bytes = Buffer.byteLength(text, "utf8");
  const sentences = text.split(/(?<=[.!?])\s+/);
  const unique = new Set(sentences).size;
  console.log(
    `text: ${(bytes / 1024).toFixed(0)} KB, ${copies} varied copies of the seeds, ${unique}/${sentences.length} distinct sentences`,
  );

  // A warm-up on one seed loads compromise's lexicon, as a long-running server would have.
  generateCandidates({ sourceKey: "warm-up", text: text.slice(0, 20_000) });

  let progressCalls = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const candidates = generateCandidates({ sourceKey: "bench", text }, { onProgress: () => progressCalls++ });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // On a shared machine the wall clock counts other processes' turns too; CPU time is this
  // process's own work (one thread), the figure to compare with the target there.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`candidates: ${candidates.length}, progress reports: ${progressCalls}`);
  console.log(
    `time: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU   throughput: ${(bytes / 1024 / seconds).toFixed(0)} KB/s wall   (target: 1 MB in < 5 s)`,
  );
}

main();
