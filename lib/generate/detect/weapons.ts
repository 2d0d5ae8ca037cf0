// Weapon systems written as designators: a known family and a number ("S-400", "Su-35",
// "Fateh-110", "Shahed-136", "Mi-28", "Yak-130", "Geran-2", "Tor-M1"), slash groups
// ("S-300/S-400", "Su-30/35", "Geran-2/3"), and unknown acronym designators ("HQ-9") when a
// weapon word follows. Converted text often uses the non-breaking hyphen U+2011; any dash counts.
import type { Mention, WeaponValue } from "../types";

export type WeaponMention = Extract<Mention, { kind: "weapon" }>;

// Family -> what it is when the text does not say.
const FAMILIES: Record<string, string> = {
  S: "air defence system",
  Tor: "air defence system",
  Pantsir: "air defence system",
  Buk: "air defence system",
  Bavar: "air defence system",
  Khordad: "air defence system",
  Krasukha: "electronic warfare system",
  Su: "fighter jets",
  MiG: "fighter jets",
  J: "fighter jets",
  F: "fighter jets",
  Yak: "training aircraft",
  Tu: "bombers",
  Il: "transport aircraft",
  Mi: "helicopters",
  Ka: "helicopters",
  Shahed: "drones",
  Geran: "drones",
  Mohajer: "drones",
  Ababil: "drones",
  Arash: "drones",
  Fateh: "ballistic missiles",
  Zolfaghar: "ballistic missiles",
  Kheibar: "ballistic missiles",
  Shahab: "ballistic missiles",
  Emad: "ballistic missiles",
  Sejjil: "ballistic missiles",
  Ghadr: "ballistic missiles",
  Khorramshahr: "ballistic missiles",
  Zelzal: "rockets",
  Iskander: "ballistic missiles",
  Kh: "cruise missiles",
  Kinzhal: "hypersonic missiles",
  Kalibr: "cruise missiles",
  T: "tanks",
  BMP: "infantry fighting vehicles",
  BTR: "armoured personnel carriers",
};
// "Sukhoi 35" and "Sukhoi Su-35" both mean Su-35.
const MAKERS: Record<string, string> = { Sukhoi: "Su", Mikoyan: "MiG" };

const DASH = "[-\\u2010-\\u2015]";
const FAMILY_ALT = Object.keys(FAMILIES)
  .sort((a, b) => b.length - a.length)
  .join("|");
const MODEL = "(?:\\d{1,4}[A-Z]{0,2}\\d?|[A-Z]{1,2}\\d{1,2}[A-Z]?)";
// Long family names may be written with a space ("Shahed 136"); short ones need a dash.
const DESIGNATOR = new RegExp(
  `(?<![\\p{L}\\p{N}\\u2010-\\u2015-])(?:(?:Sukhoi|Mikoyan|HESA)\\s+)?(${FAMILY_ALT}|Sukhoi)(?:${DASH}|(?<=\\p{L}{4,})\\s)(${MODEL})` +
    `((?:\\/(?:(?:${FAMILY_ALT})${DASH})?${MODEL})*)(s?)(?![\\p{L}\\p{N}]|${DASH}\\p{N})`,
  "gu",
);
// A long family name on its own before a weapon word: "Shahed drones", "the Mohajer drones".
const NAMED_FAMILY = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${Object.keys(FAMILIES)
    .filter((f) => f.length >= 4)
    .join("|")})(?=\\s+(?:[\\p{Ll}-]+\\s+)?(?:drones?|UAVs?|missiles?|systems?|jets?|helicopters?|rockets?)\\b)`,
  "gu",
);
const ACRONYM_DESIGNATOR = new RegExp(
  `(?<![\\p{L}\\p{N}-])([A-Z]{2,3})${DASH}(\\d{1,3}[A-Z]?)(?![\\p{L}\\p{N}])`,
  "gu",
);
const WEAPON_WORDS =
  /^\s+(?:[\p{L}\u2011-]+\s+){0,2}?(?:missiles?|drones?|UAVs?|systems?|jets?|aircraft|helicopters?|tanks?|rockets?|radars?)\b/u;
const NOT_WEAPONS = new Set([
  "COVID",
  "ISO",
  "DRM",
  "MP",
  "UTC",
  "GMT",
  "ISBN",
  "ISSN",
  "DOI",
  "PP",
  "SCO",
  "UN",
  "EU",
]);

const CATEGORY_AFTER =
  /^\s+((?:(?:short|medium|long|intermediate)[-\u2011\s]range\s+)?(?:[\p{Ll}\u2011-]+\s+){0,3}(?:air[-\u2011\s]defen[cs]e\s+systems?|defen[cs]e\s+systems?|systems?|fighter\s+jets?|jets?|aircraft|helicopters?|drones?|UAVs?|missiles?|tanks?|rockets?|radars?))\b/u;

function normaliseModel(s: string): string {
  return s.replace(/[\u2010-\u2015]/g, "-");
}

// Kinds of weapons named without a designator. Only worth a card in a transfer sentence, which
// the caller decides; a designator's own category ("Fateh-110 short-range ballistic missiles") is
// not one of these.
const GENERIC =
  /(?<![\p{L}-])((?:(?:short|medium|long)[-\u2011\s]range\s+)?(?:ballistic|cruise|surface-to-air|anti-ship|anti-tank)\s+missiles?(?:\s+systems?)?|(?:unmanned\s+aerial\s+(?:systems|vehicles)|drones|UAVs)(?:\s*\((?:drones|UAVs)\))?|artillery\s+shells|ammunition|mortars|fighter\s+jets|attack\s+helicopters|air[-\s]defen[cs]e\s+systems|tanks|military\s+equipment)(?![\p{L}-])/giu;

/** Weapon designators in `text`; spans offset by `base`. */
export function detectWeapons(text: string, base = 0): WeaponMention[] {
  const out: WeaponMention[] = [];
  for (const m of text.matchAll(DESIGNATOR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const written = m[1] ?? "";
    const family = MAKERS[written] ?? written;
    const systems = [`${family}-${normaliseModel(m[2] ?? "")}`];
    for (const part of (m[3] ?? "").split("/").filter(Boolean)) {
      // "S-300/S-400" names its family again; "Su-30/35" and "Geran-2/3" do not.
      const own = new RegExp(`^(${FAMILY_ALT})${DASH}(.+)$`, "u").exec(part);
      systems.push(own ? `${own[1]}-${normaliseModel(own[2] ?? "")}` : `${family}-${normaliseModel(part)}`);
    }
    const after = CATEGORY_AFTER.exec(text.slice(end, end + 60));
    const value: WeaponValue = {
      systems,
      category: after ? (after[1] ?? "").replace(/\s+/g, " ").replace(/\u2011/g, "-") : FAMILIES[family],
    };
    out.push({ kind: "weapon", text: text.slice(start, end), start: base + start, end: base + end, value });
  }
  for (const m of text.matchAll(NAMED_FAMILY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((w) => w.start - base < end && w.end - base > start)) continue;
    const family = m[1] ?? "";
    const after = CATEGORY_AFTER.exec(text.slice(end, end + 60));
    out.push({
      kind: "weapon",
      text: text.slice(start, end),
      start: base + start,
      end: base + end,
      value: {
        systems: [family],
        category: after ? (after[1] ?? "").replace(/\s+/g, " ") : (FAMILIES[family] ?? "weapon system"),
      },
    });
  }
  for (const m of text.matchAll(ACRONYM_DESIGNATOR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const family = m[1] ?? "";
    if (NOT_WEAPONS.has(family) || family in FAMILIES) continue;
    if (out.some((w) => w.start - base < end && w.end - base > start)) continue;
    const rest = text.slice(end, end + 60);
    if (!WEAPON_WORDS.test(rest)) continue;
    const after = CATEGORY_AFTER.exec(rest);
    out.push({
      kind: "weapon",
      text: text.slice(start, end),
      start: base + start,
      end: base + end,
      value: {
        systems: [`${family}-${m[2] ?? ""}`],
        ...(after ? { category: (after[1] ?? "").replace(/\s+/g, " ") } : {}),
      },
    });
  }
  for (const m of text.matchAll(GENERIC)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((w) => w.start - base <= end && w.end - base >= start - 2)) continue;
    const phrase = m[0].replace(/\s+/g, " ").replace(/\u2011/g, "-");
    out.push({
      kind: "weapon",
      text: text.slice(start, end),
      start: base + start,
      end: base + end,
      value: { systems: [phrase], category: "weapons", generic: true },
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "S-300 and S-400", "S-300/S-400", the maker's name in front, the designator without a dash. */
export function weaponVariants(mention: WeaponMention): string[] {
  const systems = mention.value.systems;
  const out = new Set<string>();
  if (mention.value.generic) {
    const bare = mention.text.replace(/\s*\([^)]*\)\s*$/, "").trim();
    if (bare !== mention.text) out.add(bare);
    const inner = /\(([^)]+)\)/.exec(mention.text)?.[1];
    if (inner) out.add(inner);
    return [...out];
  }
  if (systems.length > 1) {
    out.add(systems.join("/"));
    out.add(`${systems.slice(0, -1).join(", ")} and ${systems[systems.length - 1] ?? ""}`);
  } else {
    const s = systems[0] ?? "";
    out.add(s);
    out.add(s.replace("-", " "));
    const family = s.split("-")[0] ?? "";
    for (const [maker, fam] of Object.entries(MAKERS)) if (fam === family) out.add(`${maker} ${s}`);
  }
  out.delete(mention.text.replace(/[\u2010-\u2015]/g, "-"));
  return [...out];
}
