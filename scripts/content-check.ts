// npm run content:check — validates every deck under content/ and runs the verbatim check.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadAllDecks } from "../lib/content/files";
import { formatProblem } from "../lib/content/load";

const { decks, problems } = loadAllDecks();
for (const p of problems) console.error(`✗ ${formatProblem(p)}`);
for (const d of decks) console.log(`✓ ${d.slug}: ${d.facts.length} facts from ${d.sources.length} sources`);

let verbatimFailed = false;
const checker = path.resolve("..", "shared", "tools", "verbatim-check.mjs");
if (existsSync(checker)) {
  const run = spawnSync(process.execPath, [checker, "content"], { stdio: "inherit" });
  verbatimFailed = run.status !== 0;
  if (!verbatimFailed) console.log("✓ verbatim check: no passages copied from the sources");
} else {
  console.warn(`! verbatim check skipped: ${checker} not found`);
}

if (problems.length > 0 || verbatimFailed || decks.length === 0) {
  console.error(
    `content check failed: ${problems.length} problem(s)${verbatimFailed ? ", copied passages found" : ""}`,
  );
  process.exit(1);
}
