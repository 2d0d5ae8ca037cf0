import { describe, expect, it } from "vitest";
import { sectionAt, splitSections } from "@/lib/import/clean";
import { looksLikeTitle } from "@/lib/import/sections";

describe("splitSections", () => {
  it("finds title-like lines and gives each section's character range", () => {
    const text = [
      "The Harbour Survey",
      "Opening Notes",
      "The survey began in 1998.",
      "Dredging",
      "The channel was deepened to 9 metres.",
      "It took two summers.",
    ].join("\n");
    const sections = splitSections(text);
    expect(sections.map((s) => s.heading)).toEqual(["The Harbour Survey", "Opening Notes", "Dredging"]);
    expect(sections[0]!.start).toBe(0);
    for (const s of sections) expect(text.slice(s.start).startsWith(s.heading)).toBe(true);
    for (let i = 0; i + 1 < sections.length; i++) expect(sections[i]!.end).toBe(sections[i + 1]!.start);
    expect(sections[2]!.end).toBe(text.length);
    expect(text.slice(sections[2]!.start, sections[2]!.end)).toContain("two summers");
  });

  it("reads markdown headings, without their markers and final period", () => {
    const sections = splitSections("# The Survey\nSome words here.\n### 2. Methods Used.\nMore words.");
    expect(sections.map((s) => s.heading)).toEqual(["The Survey", "2. Methods Used"]);
  });

  it("gives text before the first heading an untitled section", () => {
    const text = "a short preface in lower case.\n\nFindings\nThe water was clear.";
    const sections = splitSections(text);
    expect(sections[0]).toEqual({ heading: "", start: 0, end: text.indexOf("Findings") });
    expect(sections[1]!.heading).toBe("Findings");
  });

  it("does not take a wrapped line inside a paragraph for a heading", () => {
    const text =
      "The survey began in 1998.\nThe committee met in the spring and agreed that the\nNorthern Basin Works\nshould go ahead.";
    expect(splitSections(text).map((s) => s.heading)).toEqual([""]);
  });

  it("returns no sections for blank text and one untitled section for plain prose", () => {
    expect(splitSections("  \n ")).toEqual([]);
    expect(splitSections("just words, no headings.")).toEqual([{ heading: "", start: 0, end: 24 }]);
  });

  it("finds the section an offset falls in", () => {
    const text = "Intro\nFirst words.\nPart Two\nSecond words.";
    const sections = splitSections(text);
    expect(sectionAt(sections, 0)?.heading).toBe("Intro");
    expect(sectionAt(sections, text.indexOf("First"))?.heading).toBe("Intro");
    expect(sectionAt(sections, text.indexOf("Second"))?.heading).toBe("Part Two");
    expect(sectionAt(sections, text.length)).toBeUndefined();
    expect(sectionAt([], 0)).toBeUndefined();
  });
});

describe("looksLikeTitle", () => {
  it("accepts short capitalised lines, numbered headings and headings in scripts without case", () => {
    for (const line of [
      "Origins",
      "3. Analyzing the Partnership",
      "B. Fear of Escalation",
      "Why Did It Fail?",
      "روابط ایران و روسیه",
    ]) {
      expect(looksLikeTitle(line), line).toBe(true);
    }
  });

  it("rejects sentences, list items, dates, identifiers and links", () => {
    const lines = [
      "The survey began in 1998.",
      "- a list item",
      "June 5, 2025",
      "ISSN: 2149-3316",
      "Available at https://example.org",
      "the key arrangements:",
      "lower case start",
      "This line has far too many words to be a heading in any document we would import",
    ];
    for (const line of lines) expect(looksLikeTitle(line), line).toBe(false);
  });
});

describe("looksLikeTitle and key–value lines", () => {
  it("does not take an attribute line for a heading", () => {
    expect(looksLikeTitle("Opened: 4 May 1931")).toBe(false);
    expect(looksLikeTitle("Area (total): 5,400 sq km")).toBe(false);
    expect(looksLikeTitle("Harbour Works")).toBe(true);
    expect(looksLikeTitle("Chapter 3: The Flood")).toBe(true);
  });
});
