// bench:generate's timed call (after its warm-up) under the CPU profiler, or only timed:
//   npx esbuild scripts/dev/profile-generate.ts --bundle --platform=node --format=esm \
//     --packages=external --outfile=.bench/profile-generate.mjs
//   SEEDS_DIR=/work/shared/seeds node .bench/profile-generate.mjs [OUT.cpuprofile]
//   node scripts/dev/cpuprofile-top.mjs OUT.cpuprofile 30 --inclusive
// Bundled with esbuild rather than run by tsx, whose output is one line per module: the profile
// then names each function's line. Without OUT it prints the wall and CPU time of the call only.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { generateCandidates } from "@/lib/generate";
import { buildText } from "../bench/generate-text";

const out = process.argv[2];
const { text } = buildText();
generateCandidates({ sourceKey: "warm-up", text: text.slice(0, 20_000) });
const timed = () => {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const c = generateCandidates({ sourceKey: "bench", text });
  const cpu = process.cpuUsage(cpu0);
  return `candidates ${c.length} in ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`;
};
if (!out) console.log(timed());
else {
  const s = new Session();
  s.connect();
  s.post("Profiler.enable", () =>
    s.post("Profiler.setSamplingInterval", { interval: 200 }, () =>
      s.post("Profiler.start", () => {
        const line = timed();
        s.post("Profiler.stop", (err, res) => {
          if (err) throw err;
          writeFileSync(out, JSON.stringify(res.profile));
          console.log(`${line} -> ${out}`);
        });
      }),
    ),
  );
}
