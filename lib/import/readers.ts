// One reader per binary or markup format, each returning raw text for cleanDocumentText. Library
// failures become refusals (AppError) that say what is wrong with the file.
import { convert, type HtmlToTextOptions } from "html-to-text";
import mammoth from "mammoth";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { AppError, Invalid, TooLarge } from "@/lib/errors";
import { FORMULA_MARK } from "@/lib/generate/text";
import { reflowPdfText } from "./reflow";
import { zipSync } from "fflate";
import { titleFromCoreXml, titleFromPdfInfo } from "./title";
import { inflateZipEntries, listZipEntries } from "./zip";

// ---------------------------------------------------------------------------------------------
// PDF

const NO_TEXT_LAYER =
  "This PDF has no text layer (it may be a scan), so there is nothing to read. Run it through OCR, or paste the text instead.";

export async function readPdf(bytes: Uint8Array): Promise<{ text: string; pages: number; title?: string }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take ownership of the buffer it is given; hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") {
      throw Invalid("This PDF is password-protected. Remove the password and try again.");
    }
    throw Invalid("This PDF is damaged, so its text can't be read. Try saving or exporting it again.");
  }
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    if (text.trim() === "") throw Invalid(NO_TEXT_LAYER);
    const title = await getMeta(pdf).then(
      (meta) => titleFromPdfInfo(meta.info),
      () => undefined,
    );
    return title
      ? { text: reflowPdfText(text), pages: totalPages, title }
      : { text: reflowPdfText(text), pages: totalPages };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw Invalid("Part of this PDF is damaged, so its text can't be read. Try saving or exporting it again.");
  } finally {
    await pdf.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// HTML (also what mammoth turns a .docx into)

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...HEADINGS,
    // Page furniture and things that are not text.
    ...["nav", "script", "style", "noscript", "template", "img", "svg", "iframe", "form", "button", "select"].map(
      (selector) => ({
        selector,
        format: "skip",
      }),
    ),
    // A whole saved page's furniture: site footers and navigation landmarks, and a wiki's side
    // panels, language list, category box and footer ("Articles containing …", "Wikipedia® is a
    // registered trademark …"), none of which is the document's text.
    ...[
      "footer",
      '[role="navigation"]',
      '[role="contentinfo"]',
      "#mw-navigation",
      "#mw-panel",
      "#mw-head",
      "#p-lang",
      "#catlinks",
      ".catlinks",
      ".printfooter",
      "#footer",
      ".mw-footer",
      ".navbox",
      ".mw-jump-link",
      // An image's caption describes the picture, not the subject ("Speakers from X discuss …"):
      // a card from it is one a teacher deletes. So are a wiki's "[edit]" links, its "For other
      // uses, see …" notes, its maintenance boxes and its table of contents.
      "figcaption",
      ".thumbcaption",
      ".gallerytext",
      ".mw-editsection",
      ".hatnote",
      ".ambox",
      "#toc",
      // A wiki's formula is written twice, as hidden MathML and as an image; the image's TeX
      // (below) is read instead of the MathML's spaced-out symbols ("H ¯ i j").
      ".mwe-math-mathml-a11y",
    ].map((selector) => ({ selector, format: "skip" })),
    { selector: "img.mwe-math-fallback-image-inline", format: "formula" },
    { selector: "img.mwe-math-fallback-image-display", format: "formula" },
    { selector: "a", options: { ignoreHref: true } },
    // mammoth's "↑" links from a footnote back to its reference.
    { selector: 'a[href^="#footnote-ref"]', format: "skip" },
    { selector: 'a[href^="#endnote-ref"]', format: "skip" },
    // Kept as markup so cleanDocumentText decides: a footnote number goes, other raised text stays.
    { selector: "sup", format: "inlineSurround", options: { prefix: "<sup>", suffix: "</sup>" } },
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
};

// An infobox or fact table row is a header cell and a data cell: "Founded" | "February 28, 1998".
// Written as one "Key: Value" cell so the text keeps the pair on one line (a list inside the value
// becomes a comma-separated run).
const KEY_VALUE_ROW = /<tr\b[^>]*>\s*<th\b[^>]*>([\s\S]*?)<\/th>\s*<td\b[^>]*>([\s\S]*?)<\/td>\s*<\/tr>/gi;

function keyValueRows(html: string): string {
  return html.replace(KEY_VALUE_ROW, (_row, key: string, value: string) => {
    const flatKey = key.replace(/<br\s*\/?>/gi, " ").replace(/<\/?(?:p|div)\b[^>]*>/gi, " ");
    const flatValue = value
      .replace(/<\/li>\s*<li\b[^>]*>/gi, ", ")
      .replace(/<br\s*\/?>/gi, ", ")
      .replace(/<\/?(?:ul|ol|li|p|div)\b[^>]*>/gi, " ");
    return `<tr><td>${flatKey}: ${flatValue}</td></tr>`;
  });
}

/**
 * A formula's TeX as text: a single symbol or index as written ("A", "a_ij"), anything longer as
 * FORMULA_MARK, which no card may be made from (lib/generate/text.ts).
 */
export function formulaText(tex: string): string {
  const body = tex
    .trim()
    .replace(/^\{\\displaystyle\s*([\s\S]*)\}$/, "$1")
    .trim();
  const plain = body.replace(/[{}]/g, "");
  return /^[\p{L}\p{N}_']{1,6}$/u.test(plain) ? plain : FORMULA_MARK;
}

const FORMATTERS: HtmlToTextOptions["formatters"] = {
  formula: (elem, _walk, builder) => {
    const alt = (elem as { attribs?: Record<string, string> }).attribs?.alt ?? "";
    if (alt.trim() !== "") builder.addInline(formulaText(alt));
  },
};

export function htmlToPlainText(html: string): string {
  return convert(keyValueRows(html), { ...HTML_OPTIONS, formatters: FORMATTERS });
}

// ---------------------------------------------------------------------------------------------
// DOCX

// A .docx is a zip; a small one that unpacks to hundreds of megabytes is a zip bomb, not a paper.
// Only the parts mammoth reads are inflated, under a ceiling on the bytes really produced; mammoth
// then gets those checked parts, re-packed without compression, never the original archive.
export const DOCX_LIMITS = {
  maxEntries: 2000,
  maxTotalBytes: 48 * 1024 * 1024,
  names: (name: string) => name === "[Content_Types].xml" || name.startsWith("_rels/") || name.startsWith("word/"),
};

/** The title in a .docx's document properties, if it has one (never throws). */
export function readDocxTitle(bytes: Uint8Array): string | undefined {
  try {
    // The same inflation ceiling as the body: a lying archive cannot grow past it here either.
    const files = inflateZipEntries(bytes, {
      maxEntries: 2000,
      maxTotalBytes: 1_000_000,
      names: (n) => n === "docProps/core.xml",
    });
    const core = files.get("docProps/core.xml");
    return core ? titleFromCoreXml(new TextDecoder().decode(core)) : undefined;
  } catch {
    return undefined;
  }
}

export async function readDocx(bytes: Uint8Array, name: string): Promise<string> {
  const entries = listZipEntries(bytes);
  if (entries !== null && !entries.some((e) => e.name.startsWith("word/"))) {
    throw Invalid(`“${name}” is a zip file but not a Word document.`);
  }
  let parts: Map<string, Uint8Array>;
  try {
    parts = inflateZipEntries(bytes, DOCX_LIMITS);
  } catch (e) {
    if (e instanceof AppError && e.code === "too_large") {
      throw TooLarge(
        `“${name}” unpacks to more than ${DOCX_LIMITS.maxTotalBytes / 1048576} MB or has too many parts, which is more than a document needs.`,
      );
    }
    throw Invalid(`“${name}” is damaged or not a Word document, so its text can't be read.`);
  }
  if (!parts.has("word/document.xml"))
    throw Invalid(`“${name}” is damaged or not a Word document, so its text can't be read.`);
  const safe = zipSync(Object.fromEntries(parts), { level: 0 });
  parts.clear();
  let html: string;
  try {
    const buffer = Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength);
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch {
    throw Invalid(`“${name}” is damaged or not a Word document, so its text can't be read.`);
  }
  return htmlToPlainText(html);
}
