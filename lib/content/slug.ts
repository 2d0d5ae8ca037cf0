// Keys and slugs in the content format's shape (lower-case words joined by hyphens), made from
// free text: deck slugs, fact keys, source keys, conflict groups. Pure.

/** Lower-case words joined by hyphens, cut at a word boundary: "Iran & Russia, 2025" -> "iran-and-russia-2025". */
export function slugFrom(text: string, max = 60, fallback = "deck"): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  let slug = "";
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > max) break;
    slug = next;
  }
  // One very long first word is cut rather than lost.
  if (!slug && words[0]) slug = words[0].slice(0, max);
  return slug || fallback;
}

/** base, base-2, base-3, … : the first not in `taken`. */
export function firstFree(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
