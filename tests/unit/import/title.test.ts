import { describe, expect, it } from "vitest";
import {
  dropLinesAboveTitle,
  titleFromCoreXml,
  titleFromHtml,
  titleFromPdfInfo,
  titleFromText,
  withoutSiteName,
} from "@/lib/import/title";

describe("titleFromHtml", () => {
  it("takes the page title without the site's name", () => {
    expect(titleFromHtml("<html><head><title>Harbour Works - Wikipedia</title></head><h1>Other</h1>")).toBe(
      "Harbour Works",
    );
    expect(titleFromHtml("<title>\n  The pier at Avel | Town News\n</title>")).toBe("The pier at Avel");
    expect(titleFromHtml("<title>Tides &amp; currents · Harbour Blog</title>")).toBe("Tides & currents");
  });
  it("prefers og:title, and falls back to the first h1", () => {
    expect(titleFromHtml('<meta property="og:title" content="The Pier Rebuilt"><title>Home | Site</title>')).toBe(
      "The Pier Rebuilt",
    );
    expect(titleFromHtml("<title></title><h1 class='x'>The <em>Old</em> Quay<!----></h1>")).toBe("The Old Quay");
    expect(titleFromHtml("<p>No title here</p>")).toBeUndefined();
  });
  it("keeps a hyphenated title that has no site suffix", () => {
    expect(withoutSiteName("Fath-Ali and the Treaty")).toBe("Fath-Ali and the Treaty");
  });
});

describe("titles from metadata", () => {
  it("reads a .docx core title and a PDF info title, ignoring placeholders", () => {
    expect(titleFromCoreXml("<cp:coreProperties><dc:title>Canal Report 2024</dc:title></cp:coreProperties>")).toBe(
      "Canal Report 2024",
    );
    expect(titleFromCoreXml("<dc:title>Microsoft Word - draft3.docx</dc:title>")).toBeUndefined();
    expect(titleFromPdfInfo({ Title: "  The Canal  " })).toBe("The Canal");
    expect(titleFromPdfInfo({ Title: "untitled" })).toBeUndefined();
    expect(titleFromPdfInfo(null)).toBeUndefined();
  });
});

describe("titleFromText", () => {
  it("uses an e-book's Title line, then a markdown heading", () => {
    expect(
      titleFromText("The Project Gutenberg EBook of X\n\nTitle: Harbour Works of Avel\n       Second line\n"),
    ).toBe("Harbour Works of Avel");
    expect(titleFromText("Intro words.\n\n# The Quay at Avel\n\nText.")).toBe("The Quay at Avel");
  });
  it("prefers a mixed-case title-like line to an all-caps label, and skips running headers", () => {
    expect(
      titleFromText("INSIGHT\n\nHARBOUR HISTORY\n\nThe pier that the sea took back\n\nIt was built in 1890."),
    ).toBe("The pier that the sea took back");
    expect(titleFromText("Avel Town Society\nThe Avel Canal\nIt opened in 1887.\nAvel Town Society\nMore.")).toBe(
      "The Avel Canal",
    );
    expect(titleFromText("it was built in 1890 and rebuilt in 1930, after the storm.")).toBeUndefined();
  });
});

describe("dropLinesAboveTitle", () => {
  it("drops short labels and site names printed above the title line", () => {
    expect(dropLinesAboveTitle("Blog\n\nInsights\n\nThe Pier Rebuilt\n\nIt took two years.", "The Pier Rebuilt")).toBe(
      "The Pier Rebuilt\n\nIt took two years.",
    );
  });
  it("keeps the text when a sentence comes before the title or the title is not near the top", () => {
    const text = "The pier was rebuilt in 1930.\nThe Pier Rebuilt\nMore.";
    expect(dropLinesAboveTitle(text, "The Pier Rebuilt")).toBe(text);
    expect(dropLinesAboveTitle("Label\nOther text", "The Pier Rebuilt")).toBe("Label\nOther text");
  });
});
