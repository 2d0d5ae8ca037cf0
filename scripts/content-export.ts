// npm run -s content:export — every fact of every deck as JSON Lines, and nothing else on stdout.
import { loadAllDecks } from "../lib/content/files";
import { formatProblem } from "../lib/content/load";

const { decks, problems } = loadAllDecks();
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
for (const deck of decks) {
  const sources = new Map(deck.sources.map((s) => [s.key, s]));
  for (const fact of deck.facts) {
    const source = sources.get(fact.source)!;
    process.stdout.write(`${JSON.stringify({ deck: deck.slug, ...fact, sourceTitle: source.title })}\n`);
  }
}
