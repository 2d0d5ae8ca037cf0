// The top functions of a V8 .cpuprofile (node --cpu-prof, or the inspector's Profiler.stop):
//   node scripts/dev/cpuprofile-top.mjs FILE [N] [--inclusive]
// Self time per function (name, file, line), and with --inclusive the time with its callees too
// (each function counted once per stack, so recursion is not counted twice).
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const inclusive = args.includes("--inclusive");
const [file, count] = args.filter((a) => !a.startsWith("--"));
if (!file) {
  process.stderr.write("usage: node scripts/dev/cpuprofile-top.mjs FILE [N] [--inclusive]\n");
  process.exit(2);
}
const top = Number(count ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const sampled = new Map();
profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const label = (n) => {
  const f = n.callFrame;
  return `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
};
const self = new Map();
const total = new Map();
let all = 0;
for (const n of profile.nodes) {
  const t = sampled.get(n.id) ?? 0;
  all += t;
  self.set(label(n), (self.get(label(n)) ?? 0) + t);
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parentOf.get(id)) {
    const k = label(byId.get(id));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + t);
  }
}
const table = (m) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / all).toFixed(1).padStart(5)} %  ${k}`)
    .join("\n");
console.log(`sampled ${(all / 1000).toFixed(0)} ms\n-- self --\n${table(self)}`);
if (inclusive) console.log(`-- inclusive --\n${table(total)}`);
