// The bench's text for bench:generate (and the generator's output snapshot): about 1 MB built from
// the seed documents, every copy varied so that nearly every sentence is unique (see generate.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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

export function buildText(): { text: string; copies: number } {
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
