// The cleaner on the real source documents (../shared/seeds beside the repository): their noise
// goes, their facts stay. Skipped in a checkout without the seeds.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocumentText, splitSections } from "@/lib/import/clean";

const SEEDS = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const FILES = {
  asymmetric: "000_e34eb19b25c1c098.txt",
  transactionalism: "001_5a0ccc25a80e2d31.txt",
  halfHearted: "002_7c554e2cf5188480.txt",
  globalShifts: "003_90693bc813c0a67a.txt",
  restraint: "004_c69599072d5e1ff6.txt",
} as const;

const read = (file: string) => readFileSync(path.join(SEEDS, file), "utf8");

// Facts each document must still state after cleaning, as the document writes them.
const FACTS: Record<keyof typeof FILES, string[]> = {
  asymmetric: ["May 21, 2025", "June 11", "$3.77 billion", "Articles 9, 152, and 153", "Fateh-110", "S-400"],
  transactionalism: [
    "On January 17, 2025",
    "comprising 47 articles",
    "2.5 million barrels per day",
    "below 400,000 bpd by 2020.",
    "approximately $5 billion",
  ],
  halfHearted: [
    "First Published in: Jun.30,2025",
    "US$2.76 billion",
    "1.3 billion euros",
    "Astara-Rasht",
    "Resolution 1929",
    "in 1995",
  ],
  globalShifts: [
    "July 4, 2023",
    "December 8, 2024",
    "June 13-24, 2025",
    "$37.1 billion",
    "5.5%",
    "(2015–2025)",
    "June 22",
  ],
  restraint: ["(17 Jan 2025)", "20-year framework", "S-300/S-400", "Su-30/35", "Alabuga"],
};

// A word, punctuation, then a bare number before a space or line end: a note number left behind.
const GLUED_NOTE = /\p{L}{2,}[.,;:!?)”’"]+\d{1,3}(?=\s|$)/gmu;

describe.skipIf(!existsSync(SEEDS))("cleanDocumentText on the seed documents", () => {
  // Read when the tests run, not when they are collected: a skipped suite still runs this body.
  let memo: Record<keyof typeof FILES, string> | undefined;
  const cleaned = () =>
    (memo ??= Object.fromEntries(
      Object.entries(FILES).map(([key, file]) => [key, cleanDocumentText(read(file))]),
    ) as Record<keyof typeof FILES, string>);

  it("removes every endnote number glued to a sentence (the issue brief has 24)", () => {
    const raw = read(FILES.transactionalism);
    expect(raw.match(GLUED_NOTE)?.length ?? 0).toBeGreaterThanOrEqual(20);
    for (const text of Object.values(cleaned())) expect(text.match(GLUED_NOTE) ?? []).toEqual([]);
    expect(cleaned().transactionalism).toContain("over the next 20 years. Reportedly delayed");
    expect(cleaned().transactionalism).toContain("(in April and October 2024). All this");
  });

  it("removes the newsletter and membership boilerplate and the repeated lines", () => {
    const text = cleaned().halfHearted;
    expect(text).not.toMatch(/subscribe/i);
    expect(text).not.toMatch(/Image Source/);
    expect(text).not.toMatch(/e-mail/);
    expect(text).not.toMatch(/Unlock articles|Become a member/);
    expect(text.split("\n").filter((l) => l === "Diplomacy")).toHaveLength(1);
    expect(
      text.startsWith("Diplomacy\nHalf-hearted Alliance: Re-examining the Drivers of the Russia-Iran Relations"),
    ).toBe(true);
  });

  it("removes the markup of the journal article", () => {
    const text = cleaned().globalShifts;
    for (const noise of [
      "<sup>",
      "</a>",
      "<a href",
      "lt;sup",
      "\\$",
      "\\*",
      "\\_",
      "# ",
      "[Google Scholar]",
      "Corresponding Author",
    ]) {
      expect(text, noise).not.toContain(noise);
    }
    expect(text).toContain("Despite spending $30–50 billion and $27.5 billion.");
    expect(text).toMatch(/^Introduction$/m);
  });

  it("keeps every key fact", () => {
    for (const [key, facts] of Object.entries(FACTS) as [keyof typeof FILES, string[]][]) {
      for (const fact of facts) expect(cleaned()[key], `${key}: ${fact}`).toContain(fact);
    }
  });

  it("keeps the headings as lines and finds them as sections", () => {
    const headings = splitSections(cleaned().asymmetric).map((s) => s.heading);
    expect(headings).toContain("The Constitutional Prohibition on Surrendering Sovereignty");
    expect(headings).toContain("Economic Ties Remain Underdeveloped");
    const restraint = splitSections(cleaned().restraint).map((s) => s.heading);
    expect(restraint).toContain("Summary"); // was "🧭 Summary"
    expect(restraint).toContain("1. Comprehensive Strategic Partnership Treaty (17 Jan 2025)");
  });

  it("is idempotent on every seed", () => {
    for (const text of Object.values(cleaned())) expect(cleanDocumentText(text)).toBe(text);
  });
});
