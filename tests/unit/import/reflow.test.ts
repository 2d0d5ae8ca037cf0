import { describe, expect, it } from "vitest";
import { reflowPdfText } from "@/lib/import/reflow";

const FULL = "The committee met in the spring of that year to decide on the new";

describe("reflowPdfText", () => {
  it("joins a line that continues in lower case", () => {
    expect(reflowPdfText("Short and\ncontinued here.")).toBe("Short and continued here.");
  });

  it("joins a full-width line that stops mid-phrase, but not a finished sentence", () => {
    const text = [FULL, "Harbour Works, which opened in 1911.", "Findings", "They were clear."].join("\n");
    expect(reflowPdfText(text)).toBe(`${FULL} Harbour Works, which opened in 1911.\nFindings\nThey were clear.`);
  });

  it("keeps headings, list items and blank lines apart", () => {
    const text = ["Decline and Revival", "Traffic fell.", "", "- first", "- second", "Summary", "Done."].join("\n");
    expect(reflowPdfText(text)).toBe(text);
  });

  it("joins a hyphenated break without a space, keeping the hyphen", () => {
    expect(reflowPdfText("The drones were co-\nproduced abroad.")).toBe("The drones were co-produced abroad.");
  });
});
