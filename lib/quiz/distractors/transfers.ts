// Arms-transfer distractors: other weapon systems (never another name of the same weapon), or
// other quantities in the answer's wording.
import { shuffle, type Rng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";
import { answerKey, forbiddenKeys, interleave, others, overlaps, sharedTags, takeDistinct } from "./compare";
import { numberInTemplate, numberTokens, scaledNumbers, type NumberToken } from "./numbers";

type TransferAnswer = { mode: "quantity"; token: NumberToken } | { mode: "system" } | null;

/** Whether the answer names the transferred system or gives its quantity (or neither). */
export function transferAnswer(fact: Fact): TransferAnswer {
  const t = fact.transfer;
  if (!t) return null;
  if (t.quantity !== undefined) {
    const token = numberTokens(fact.answer).find((k) => k.value === t.quantity);
    if (token) return { mode: "quantity", token };
  }
  return namesSystem(fact) ? { mode: "system" } : null;
}

function namesSystem(fact: Fact): boolean {
  const system = answerKey(fact.transfer?.system ?? "");
  return [fact.answer, ...fact.variants].some((a) => overlaps(answerKey(a), system));
}

/** "Shahed drones (Geran-2/Geran-3), co-produced" -> "Shahed drones": the name, not the notes. */
function systemName(system: string): string {
  return system.split(/\s*[(,;]/)[0]?.trim() || system;
}

/**
 * The family names in a system's name: the letters before a model number ("Shahed" in
 * "Shahed-136", "MiG" in "MiG-29") and capitalised proper words ("Mohajer"). Two names sharing
 * one may be the same weapon under two names (the Geran-2 is a Shahed-136), so neither is
 * offered as wrong for the other.
 */
function families(name: string): Set<string> {
  const generic =
    /^(drones?|missiles?|systems?|air|defen[cs]e|fighter|jets?|aircraft|helicopters?|attack|training|ballistic|unmanned|aerial|artillery|shells|ammunition|mortars|military|equipment|surface|sukhoi|mil|yakovlev)$/i;
  const out = new Set<string>();
  for (const word of name.split(/[\s/(),]+/)) {
    const stem = /^(\p{L}{3,})(?:-?\p{Lu}?\d)/u.exec(word)?.[1] ?? (/^\p{Lu}\p{L}{2,}$/u.test(word) ? word : undefined);
    if (stem && !generic.test(stem)) out.add(stem.toLowerCase());
  }
  return out;
}

const CATEGORIES: [string, RegExp][] = [
  ["drone", /\b(drones?|uavs?|uas|unmanned)\b/i],
  ["air-defence", /\b(air[- ]defen[cs]e|surface-to-air)\b/i],
  ["missile", /\bmissiles?\b/i],
  ["aircraft", /\b(aircraft|jets?|fighters?)\b/i],
  ["helicopter", /\bhelicopters?\b/i],
  ["munitions", /\b(shells|ammunition|mortars|artillery)\b/i],
];

/** The kind of weapon a generic name ("Drones", "Unmanned aerial systems") stands for. */
function category(name: string): string | undefined {
  return CATEGORIES.find(([, re]) => re.test(name))?.[0];
}

export function systemDistractors(fact: Fact, pool: readonly Fact[], rng: Rng, n: number): string[] {
  const ownNames = [fact.answer, ...fact.variants, fact.transfer?.system ?? ""];
  const own = ownNames.map(answerKey).filter((k) => k !== "");
  const ownFamilies = new Set(ownNames.flatMap((s) => [...families(s)]));
  // A generic answer ("Drones") is a category: another name for that category is no wrong answer.
  // ("S-400" is a model, with a number; "Mohajer" is a named family.)
  const generic = !/\d/.test(fact.answer) && families(fact.answer).size === 0;
  const ownCategories = new Set(generic ? [category(fact.answer)].filter((c) => c !== undefined) : []);
  // Answer "S-400 air defence system" wants full names; answer "S-400" wants short ones.
  const wantsFullName = answerKey(fact.answer) === answerKey(fact.transfer?.system ?? "");
  const scored = shuffle(
    rng,
    others(fact, pool).filter((f) => f.kind === "arms-transfer"),
  )
    .flatMap((f) => {
      const t = f.transfer;
      if (!t) return [];
      // An answer that is a short form of its system ("S-400" for "S-400 air defence system") reads
      // best among short answers; anything else ("The Su-35 deal", "About 400") gives its system.
      const shortName = answerKey(t.system).includes(answerKey(f.answer)) ? f.answer : t.system;
      const sameRoute = t.from === fact.transfer?.from && t.to === fact.transfer?.to ? 2 : 0;
      // "Shahed-136" says nothing of drones, but its record does (system name or tags).
      const cat = category(t.system) ?? category(f.tags.join(" "));
      if (cat !== undefined && ownCategories.has(cat)) return [];
      return [{ name: systemName(wantsFullName ? t.system : shortName), score: sameRoute + sharedTags(f, fact) }];
    })
    .sort((a, b) => b.score - a.score);
  const out: string[] = [];
  const taken: string[] = [...own];
  for (const { name } of scored) {
    if (out.length >= n) break;
    const key = answerKey(name);
    // "S-400" and "S-400 air defence system" are one system: never offer it twice or as wrong.
    if (key === "" || taken.some((k) => overlaps(k, key))) continue;
    const fams = families(name);
    if ([...fams].some((f) => ownFamilies.has(f))) continue;
    taken.push(key);
    for (const f of fams) ownFamilies.add(f);
    out.push(name);
  }
  return out;
}

export function quantityDistractors(
  fact: Fact,
  token: NumberToken,
  pool: readonly Fact[],
  rng: Rng,
  n: number,
): string[] {
  const quantity = fact.transfer?.quantity;
  const fromPool = shuffle(
    rng,
    others(fact, pool)
      .map((f) => f.transfer?.quantity)
      .filter((q): q is number => q !== undefined && q !== quantity),
  )
    .map((q) => numberInTemplate(fact.answer, token, q))
    .filter((s): s is string => s !== null);
  const scaled = scaledNumbers(fact.answer, [token], rng);
  return takeDistinct(interleave(fromPool, scaled), forbiddenKeys(fact, pool), n);
}
