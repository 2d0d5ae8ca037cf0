// Reads an arms transfer around a weapon designator: who gives, who receives and in what state
// the deal is, from the transfer verb and the countries on either side of it. Returns null when
// either side cannot be named, so the caller can fall back to a plain concept card.
import { lexiconTags } from "./nlp";
import type { CandidateTransfer, Mention } from "./types";

const CAPITALS: Record<string, string> = {
  moscow: "Russia",
  tehran: "Iran",
  washington: "United States",
  beijing: "China",
  ankara: "Turkey",
  damascus: "Syria",
  minsk: "Belarus",
  kyiv: "Ukraine",
  kiev: "Ukraine",
  jerusalem: "Israel",
  "tel aviv": "Israel",
  pyongyang: "North Korea",
  riyadh: "Saudi Arabia",
  "abu dhabi": "United Arab Emirates",
};
const DEMONYMS: Record<string, string> = {
  russian: "Russia",
  iranian: "Iran",
  israeli: "Israel",
  chinese: "China",
  turkish: "Turkey",
  syrian: "Syria",
  ukrainian: "Ukraine",
  american: "United States",
  belarusian: "Belarus",
  "north korean": "North Korea",
  saudi: "Saudi Arabia",
};
const ALIASES: Record<string, string> = {
  us: "United States",
  "u.s": "United States",
  usa: "United States",
  "united states": "United States",
  uae: "United Arab Emirates",
};

// Where each family is made, for sentences that name only the receiver ("Iran sought the S-400").
const ORIGIN: Record<string, string> = {
  S: "Russia",
  Su: "Russia",
  MiG: "Russia",
  Mi: "Russia",
  Yak: "Russia",
  Tor: "Russia",
  Pantsir: "Russia",
  Buk: "Russia",
  Iskander: "Russia",
  Kh: "Russia",
  Ka: "Russia",
  Tu: "Russia",
  Il: "Russia",
  T: "Russia",
  BMP: "Russia",
  BTR: "Russia",
  Kinzhal: "Russia",
  Kalibr: "Russia",
  Krasukha: "Russia",
  Shahed: "Iran",
  Mohajer: "Iran",
  Ababil: "Iran",
  Arash: "Iran",
  Fateh: "Iran",
  Zolfaghar: "Iran",
  Kheibar: "Iran",
  Shahab: "Iran",
  Emad: "Iran",
  Sejjil: "Iran",
  Ghadr: "Iran",
  Khorramshahr: "Iran",
  Zelzal: "Iran",
  Bavar: "Iran",
  Khordad: "Iran",
  J: "China",
  F: "United States",
};

const GIVE =
  /\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing|y|ies)?|s(?:ell|ells|old|elling)|transfer(?:s|red|ring)?|sen(?:d|ds|t|ding)|export(?:s|ed|ing)?|ship(?:s|ped|ping)?|g(?:ive|ives|ave|iving)|hand(?:s|ed)? over)\b/i;
const GET =
  /\b(?:acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|b(?:uy|uys|ought|uying)|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|import(?:s|ed|ing)?|s(?:eek|eeks|ought|eeking)|request(?:s|ed|ing)?|g(?:et|ets|ot))\b/i;
const WITHHELD =
  /\b(?:withh(?:eld|old|olding)|refus(?:al|ed|es|e)|undelivered|declin(?:ed|es)|denied|not\s+(?:been\s+)?delivered)\b/i;
const CANCELLED = /\b(?:cancel(?:led|ed|s)?|suspend(?:ed|s)?|halt(?:ed|s)?|revok(?:ed|es)|stall)\b/i;
const PLANNED =
  /\b(?:plan(?:s|ned|ning)?|will|would|could|may|might|expected|opens?\s+doors|deal\s+to|agreed\s+to|intends?|future|to\s+be\s+delivered)\b/i;
const REPORTED = /\b(?:reportedly|reported|reports|allegedly|alleged|purportedly|said\s+to)\b/i;

/** The country a place name, capital or demonym stands for ("Moscow" -> "Russia"), if any. */
export function countryOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  return (
    CAPITALS[lower] ?? DEMONYMS[lower] ?? ALIASES[lower] ?? (lexiconTags(lower).includes("Country") ? word : undefined)
  );
}

interface Place {
  country: string;
  at: number;
}

/** Countries named in the sentence (by name, capital or demonym), with their offsets. */
function countries(sentence: string): Place[] {
  const out: Place[] = [];
  for (const m of sentence.matchAll(/\b(?:Tel Aviv|Abu Dhabi|North Korean?|United States|U\.S|\p{Lu}[\p{L}]+)\b/gu)) {
    const country = countryOf(m[0]);
    if (country) out.push({ country, at: m.index ?? 0 });
  }
  return out;
}

/**
 * The transfer described around `weapon` in `sentence` (offsets inside the sentence), or null.
 * `year` is a year written in the same sentence, if any.
 */
export function readTransfer(
  sentence: string,
  weapon: Extract<Mention, { kind: "weapon" }>,
  weaponAt: number,
  year?: number,
): CandidateTransfer | null {
  // The transfer verb nearest the weapon, preferring one before it ("efforts to acquire … S-400").
  let verb: { at: number; give: boolean; text: string } | null = null;
  for (const [re, give] of [
    [GIVE, true],
    [GET, false],
  ] as const) {
    for (const m of sentence.matchAll(new RegExp(re.source, "gi"))) {
      const at = m.index ?? 0;
      const distance = at < weaponAt ? weaponAt - at : (at - weaponAt) * 2;
      const best = verb ? (verb.at < weaponAt ? weaponAt - verb.at : (verb.at - weaponAt) * 2) : Infinity;
      if (distance < best) verb = { at, give, text: m[0] };
    }
  }
  if (!verb && !WITHHELD.test(sentence)) return null;
  const places = countries(sentence).filter((p) => p.at < weaponAt || p.at > weaponAt + weapon.text.length);
  const verbAt = verb?.at ?? weaponAt;
  const verbEnd = verb ? verbAt + verb.text.length : weaponAt;
  const before = places.filter((p) => p.at < verbAt);
  const after = places.filter((p) => p.at >= verbEnd);
  // Roles come from the verb's subject and object, and from the prepositions that mark them:
  // "to Y" receives, "from Y" gives, "by Y" is the passive's agent.
  const roleOf = (p: Place): string => {
    const m = /(\b\w+)\s+(?:the\s+)?$/.exec(sentence.slice(Math.max(0, p.at - 14), p.at));
    return (m?.[1] ?? "").toLowerCase();
  };
  const marked = (prep: string | string[]) =>
    after.find((p) => (Array.isArray(prep) ? prep : [prep]).includes(roleOf(p)))?.country;
  const passive =
    verb !== null &&
    /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/i.test(sentence.slice(Math.max(0, verbAt - 20), verbAt));
  const subject = before[before.length - 1]?.country;
  // The direct object: the first country right after the verb without a preposition of its own.
  const object = after.find(
    (p) => !["to", "from", "by", "for", "with", "in", "of", "and"].includes(roleOf(p)),
  )?.country;
  let from: string | undefined;
  let to: string | undefined;
  const give = !verb || verb.give;
  if (give && !passive) {
    from = subject;
    to = marked(["to", "for"]) ?? object;
  } else if (give && passive) {
    from = marked("by");
    to = marked(["to", "for"]) ?? subject;
  } else if (!passive) {
    to = subject;
    from = marked("from") ?? object;
  } else {
    to = marked("by");
    from = marked("from") ?? subject;
  }
  const family = weapon.value.systems[0]?.split("-")[0] ?? "";
  const origin = ORIGIN[family];
  if (!from && origin && origin !== to) from = origin;
  if (!to) to = places.map((p) => p.country).find((c) => c !== from);
  if (!from || !to || from === to) return null;

  let status: CandidateTransfer["status"] = "delivered";
  if (CANCELLED.test(sentence)) status = "cancelled";
  else if (WITHHELD.test(sentence)) status = "withheld";
  else if (PLANNED.test(sentence)) status = "planned";
  else if (REPORTED.test(sentence)) status = "reported";
  else if (!verb || !/(?:ed|old|ent|ave|ought|ot)$/i.test(verb.text)) status = "reported";

  const transfer: CandidateTransfer = { system: weapon.value.systems.join("/"), from, to, status };
  if (year !== undefined && year >= 1900 && year <= 2100) transfer.year = year;
  return transfer;
}
