// All detectors over one sentence, with overlaps settled: a designator beats a number inside it,
// a figure beats a year inside it, a known organisation beats a place inside its name.
import type { Mention, MentionKind } from "../types";
import { detectArticles } from "./articles";
import { detectDates, type DateContext } from "./dates";
import { detectEntities, type NameRegistry } from "./entities";
import { detectQuantities } from "./quantities";
import { detectWeapons } from "./weapons";

export { detectArticles } from "./articles";
export { dateVariants, detectDates, formatDate } from "./dates";
export { buildNameRegistry, capitalisedRuns, detectEntities, type NameRegistry } from "./entities";
export { detectQuantities, figureVariants } from "./quantities";
export { detectWeapons, weaponVariants } from "./weapons";

const PRIORITY: Record<MentionKind, number> = {
  article: 9,
  weapon: 8,
  money: 7,
  percent: 7,
  quantity: 6,
  date: 5,
  agreement: 4,
  event: 4,
  organisation: 4,
  person: 3,
  place: 2,
  name: 1,
};

export interface SentenceContext {
  registry: NameRegistry;
  dates?: DateContext;
  /** Text just before the sentence, for article instruments named earlier. */
  before?: string;
}

/** Every mention in a sentence, non-overlapping, in text order. Spans offset by `base`. */
export function detectAll(text: string, base: number, context: SentenceContext): Mention[] {
  const all: Mention[] = [
    ...detectArticles(text, base, context.before ?? ""),
    ...detectWeapons(text, base),
    ...detectQuantities(text, base),
    ...detectDates(text, base, context.dates ?? {}),
    ...detectEntities(text, base, context.registry),
  ];
  // A kind of weapon ("ballistic missiles") yields to anything else on the same words, so
  // "400 ballistic missiles" stays a figure.
  // A count of models ("40 MiG-29 and Su-24 combat aircraft") holds the designators it counts.
  const priority = (m: Mention) =>
    m.kind === "weapon" && m.value.generic
      ? 0
      : m.kind === "quantity" && /\d/.test(m.value.unit ?? "")
        ? 10
        : m.kind === "quantity" && /-class\b/.test(m.value.unit ?? "")
          ? 10
          : PRIORITY[m.kind];
  all.sort((a, b) => priority(b) - priority(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) {
    if (m.end <= m.start) continue;
    if (kept.some((k) => k.start < m.end && k.end > m.start)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
