// Anki fields are HTML. Cards here are text, so a field becomes plain text: tags dropped, entities
// decoded, images and sound references removed, whitespace collapsed. The result is rendered as
// text (never as HTML), so nothing in a field can run in a page.
import { compile } from "html-to-text";

const toText = compile({
  wordwrap: false,
  decodeEntities: true,
  selectors: [
    { selector: "img", format: "skip" },
    { selector: "audio", format: "skip" },
    { selector: "video", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "a", options: { ignoreHref: true } },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
});

// [sound:file.mp3] and LaTeX/MathJax wrappers Anki keeps inside field text.
const SOUND = /\[sound:[^\]]*\]/g;
const LATEX = /\[(\/?)(\$\$?|latex)\]/g;

/** The plain text of one field. */
export function fieldText(html: string): string {
  if (html === "") return "";
  return toText(html.replace(SOUND, " ").replace(LATEX, "")).replace(/\s+/g, " ").trim();
}

/** True when a field shows something that is not text (an image, a sound) and has no text. */
export function hasOnlyMedia(html: string): boolean {
  return fieldText(html) === "" && (/<img\b/i.test(html) || /\[sound:[^\]]*\]/.test(html));
}

/** Text for an Anki field: escaped so Anki shows it as written (Anki renders fields as HTML). */
export function escapeFieldHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Undoes escapeFieldHtml exactly (for the fields SourceDeck itself wrote). */
export function unescapeFieldHtml(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");
}
