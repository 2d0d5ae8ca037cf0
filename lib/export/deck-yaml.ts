// A deck in the project's content format (content/README.md): deck.yaml with the deck and its
// sources, facts/facts.yaml with the facts, zipped in a folder named for the deck so it can be
// unpacked into content/ as it is. Both files validate against lib/content/schema.ts. Pure.
import { strToU8, zipSync } from "fflate";
import { stringify } from "yaml";
import type { Fact, Source } from "@/lib/content/schema";

export type DeckYamlInput = {
  slug: string;
  title: string;
  description: string | null;
  sources: Source[];
  facts: Fact[];
};

export function deckYamlFiles(deck: DeckYamlInput): { deckYaml: string; factsYaml: string } {
  const used = new Set(deck.facts.map((f) => f.source));
  const meta: Record<string, unknown> = { slug: deck.slug, title: deck.title };
  if (deck.description) meta.description = deck.description;
  // A deck needs at least one source; keep the ones its facts cite (or all, if none are cited).
  const sources = deck.sources.filter((s) => used.has(s.key));
  meta.sources = (sources.length > 0 ? sources : deck.sources).map((s) => ({ ...s }));
  // A conflict group needs two versions in the deck; one left alone (its partner not approved
  // here) would not load, so it is dropped.
  const groupSize = new Map<string, number>();
  for (const f of deck.facts) if (f.conflict) groupSize.set(f.conflict, (groupSize.get(f.conflict) ?? 0) + 1);
  // Facts as the content files write them: defaults left out.
  const facts = deck.facts.map((f) => {
    const out: Record<string, unknown> = { ...f };
    if (f.conflict && (groupSize.get(f.conflict) ?? 0) < 2) delete out.conflict;
    if (f.variants.length === 0) delete out.variants;
    if (f.tags.length === 0) delete out.tags;
    if (!f.reverse) delete out.reverse;
    return out;
  });
  return { deckYaml: stringify(meta, { lineWidth: 0 }), factsYaml: stringify({ facts }, { lineWidth: 0 }) };
}

export function deckYamlZip(deck: DeckYamlInput): Uint8Array {
  const { deckYaml, factsYaml } = deckYamlFiles(deck);
  return zipSync({ [deck.slug]: { "deck.yaml": strToU8(deckYaml), facts: { "facts.yaml": strToU8(factsYaml) } } });
}
