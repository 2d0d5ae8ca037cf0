// The title of an imported document, from the document itself: the HTML <title> (or og:title, or
// the first <h1>), a PDF's or DOCX's metadata title, an e-book's "Title:" line, a markdown heading,
// or the first title-like line of the text. Pure. Callers fall back to the file name.
import { decodeHtmlEntities } from "./entities";
import { looksLikeTitle } from "./sections";

export const MAX_TITLE_LENGTH = 120;

function tidy(title: string): string {
  return decodeHtmlEntities(title.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

function usable(title: string | undefined | null): string | undefined {
  if (!title) return undefined;
  const t = tidy(title);
  if (t.length < 2 || !/\p{L}{2}/u.test(t)) return undefined;
  // Word processors and PDF makers leave placeholders in the metadata.
  if (/^(?:untitled|document\d*|microsoft word - .*|title|new document|slide \d+)$/i.test(t)) return undefined;
  return t.length > MAX_TITLE_LENGTH ? `${t.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : t;
}

// "Mozilla - Wikipedia", "Findings | GitLab", "Binaries · V8": the site's name after a separator.
const SITE_SUFFIX = /\s+(?:[|·•»]|[-–—]{1,2})\s+[^|·•»–—]{1,40}$/u;

/** A page title without its site suffix, when what is left is still a title. */
export function withoutSiteName(title: string): string {
  const cut = title.replace(SITE_SUFFIX, "");
  return cut.length >= 3 ? cut : title;
}

export function titleFromHtml(html: string): string | undefined {
  const og =
    /<meta\b[^>]*property=["']og:title["'][^>]*content=["']([^"']*)["']/i.exec(html)?.[1] ??
    /<meta\b[^>]*content=["']([^"']*)["'][^>]*property=["']og:title["']/i.exec(html)?.[1];
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  for (const candidate of [og, title]) {
    const t = usable(candidate);
    if (t) return withoutSiteName(t);
  }
  return usable(h1);
}

/** Dublin Core title in a .docx's docProps/core.xml. */
export function titleFromCoreXml(xml: string): string | undefined {
  return usable(/<dc:title\b[^>]*>([\s\S]*?)<\/dc:title>/i.exec(xml)?.[1]);
}

export function titleFromPdfInfo(info: unknown): string | undefined {
  if (typeof info !== "object" || info === null) return undefined;
  const title = (info as Record<string, unknown>).Title;
  return typeof title === "string" ? usable(title) : undefined;
}

const LOOK_AT_LINES = 8;

/**
 * From plain text or markdown: an e-book's "Title:" line, else the first markdown heading, else the
 * first of the opening lines that reads like a title (mixed case preferred over an all-caps label).
 */
export function titleFromText(raw: string): string | undefined {
  const head = raw.slice(0, 20_000);
  const ebook = /^Title:[ \t]*(.+)$/m.exec(head)?.[1];
  if (ebook) return usable(ebook);
  const heading = /^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(head)?.[1];
  if (heading) return usable(heading);
  const all = raw.split(/\r?\n/).map((l) => l.trim());
  const counts = new Map<string, number>();
  for (const l of all) if (l !== "") counts.set(l, (counts.get(l) ?? 0) + 1);
  // A line printed on every page is a running header, not the title.
  const lines = all
    .filter((l) => l !== "")
    .slice(0, LOOK_AT_LINES)
    .filter((l) => (counts.get(l) ?? 0) === 1);
  const titleLike = lines.filter((l) => looksLikeTitle(l.replace(/\.$/, "")) && /\s/.test(l));
  const mixed = titleLike.find((l) => /\p{Ll}/u.test(l));
  return usable(mixed ?? titleLike[0]);
}

/**
 * Drops the labels and site names printed above the title ("Blog", "Insights", "INSIGHT",
 * "Valley Water Gazette"): short lines before the title's own line near the top of the text.
 */
export function dropLinesAboveTitle(text: string, title: string): string {
  const lines = text.split("\n");
  const wanted = title.toLowerCase().replace(/\W+/g, " ").trim();
  const at = lines.slice(0, LOOK_AT_LINES * 2).findIndex((l) => l.toLowerCase().replace(/\W+/g, " ").trim() === wanted);
  if (at <= 0) return text;
  const above = lines.slice(0, at);
  const allLabels = above.every((l) => l === "" || (l.split(/\s+/).length <= 5 && !/[.!?:;]$/.test(l)));
  return allLabels ? lines.slice(at).join("\n") : text;
}
