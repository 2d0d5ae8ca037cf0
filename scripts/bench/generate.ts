// Generator throughput (npm run bench:generate): about 1 MB of text built from the seed documents
// and timed through generateCandidates. Target: 1 MB in under 5 s on a 2-core machine.
//
// Plain repetition would flatter the generator — it drops repeated sentences, and names repeat —
// so every copy is varied: numbers shift, a rotating set of words is swapped for near-synonyms,
// and the countries, capitals and people named are swapped for other real ones. Nearly every
// sentence of the bench is then unique, and the document names far more people and places than
// any one seed. The run also times the floor (splitting and tagging every sentence once) and
// prints the generator's CPU time as a ratio to it.
import { generateCandidates, splitSentences } from "@/lib/generate";
import { tagSentence } from "@/lib/generate/pos";
import { buildText } from "./generate-text";

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
  // The ceiling, in the same run: splitting the text and tagging each sentence once, which any
  // generator reading sentence structure has to do (the generator itself tags only some).
  const c0 = process.cpuUsage();
  for (const s of splitSentences(text)) tagSentence(s.text);
  const c = process.cpuUsage(c0);
  const ceilingSeconds = (c.user + c.system) / 1e6;
  console.log(
    `ceiling: split and tag every sentence once ${ceilingSeconds.toFixed(2)} s CPU; generator / ceiling ${(cpuSeconds / ceilingSeconds).toFixed(2)}`,
  );
}

main();
