// Reads deck folders from disk (content/<deck>/deck.yaml + content/<deck>/facts/*.yaml) and hands
// their text to the pure loader.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { loadDeck, type ContentProblem, type LoadResult } from "./load";
import type { Deck } from "./schema";

export const CONTENT_DIR = path.resolve(process.cwd(), "content");

export function deckFolders(root = CONTENT_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(path.join(dir, "deck.yaml")))
    .sort();
}

export function loadDeckFolder(dir: string): LoadResult {
  const rel = (p: string) => path.relative(process.cwd(), p);
  const deckPath = path.join(dir, "deck.yaml");
  const factsDir = path.join(dir, "facts");
  const factPaths = existsSync(factsDir)
    ? readdirSync(factsDir)
        .filter((n) => n.endsWith(".yaml") || n.endsWith(".yml"))
        .sort()
        .map((n) => path.join(factsDir, n))
    : [];
  return loadDeck(
    { name: rel(deckPath), text: readFileSync(deckPath, "utf8") },
    factPaths.map((p) => ({ name: rel(p), text: readFileSync(p, "utf8") })),
  );
}

export function loadAllDecks(root = CONTENT_DIR): { decks: Deck[]; problems: ContentProblem[] } {
  const decks: Deck[] = [];
  const problems: ContentProblem[] = [];
  const slugs = new Map<string, string>();
  for (const dir of deckFolders(root)) {
    const result = loadDeckFolder(dir);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const other = slugs.get(result.deck.slug);
    if (other) {
      problems.push({
        file: path.join(dir, "deck.yaml"),
        field: "slug",
        message: `slug "${result.deck.slug}" is also used by ${other}`,
      });
      continue;
    }
    slugs.set(result.deck.slug, dir);
    decks.push(result.deck);
  }
  return { decks, problems };
}
