import { describe, expect, it } from "vitest";
import { columnMappingSchema, guessMapping, mapCsvRows } from "@/lib/import/csv/mapping";
import { detectDelimiter, readCsvTable } from "@/lib/import/csv/table";
import { AppError } from "@/lib/errors";

const codeOf = (f: () => unknown) => {
  try {
    f();
    return "none";
  } catch (e) {
    return e instanceof AppError ? e.code : `crash: ${String(e)}`;
  }
};

describe("readCsvTable", () => {
  it("reads Quizlet's term<TAB>definition export: no header, no quoting, quotes kept as text", () => {
    const t = readCsvTable(
      'photosynthesis\tHow plants make sugar from light\n"mitochondria\tThe cell\'s "power" plant\nosmosis\tWater moving across a membrane\n',
    );
    expect(t.delimiter).toBe("\t");
    expect(t.header).toBeNull();
    expect(t.rows).toHaveLength(3);
    expect(t.rows[1]).toEqual(['"mitochondria', 'The cell\'s "power" plant']);
  });

  it("detects a comma CSV with a header and quoted cells holding commas and newlines", () => {
    const t = readCsvTable(
      'Front,Back,Notes\n"Capital of France, Europe",Paris,"Seat of\ngovernment"\nLargest ocean,Pacific,\n',
    );
    expect(t.delimiter).toBe(",");
    expect(t.header).toEqual(["Front", "Back", "Notes"]);
    expect(t.rows[0]).toEqual(["Capital of France, Europe", "Paris", "Seat of\ngovernment"]);
  });

  it("detects semicolons (spreadsheets in comma-decimal locales)", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3\n")).toBe(";");
  });

  it("refuses an empty file and a one-column file with a clear reason", () => {
    expect(codeOf(() => readCsvTable("\n\n"))).toBe("invalid");
    expect(codeOf(() => readCsvTable("just\nwords\n"))).toBe("invalid");
  });
});

describe("column mapping", () => {
  it("guesses question and answer from the header, or the first two columns without one", () => {
    expect(guessMapping(readCsvTable("Notes,Term,Definition\nx,a,b\n"))).toEqual(["explanation", "prompt", "answer"]);
    expect(guessMapping(readCsvTable("a\tb\tc\n"))).toEqual(["prompt", "answer", "explanation"]);
  });

  it("needs exactly one question and one answer column", () => {
    expect(columnMappingSchema.safeParse(["prompt", "prompt"]).success).toBe(false);
    expect(columnMappingSchema.safeParse(["prompt", "ignore"]).success).toBe(false);
    expect(columnMappingSchema.safeParse(["answer", "prompt", "tags"]).success).toBe(true);
  });

  it("maps rows to draft facts under the chosen mapping, leaving out rows without an answer", () => {
    const table = readCsvTable("Osmosis\tWater across a membrane\tbiology cells\nEmpty row\t\t\n");
    const { candidates, summary } = mapCsvRows(table, ["prompt", "answer", "tags"], "bio.tsv");
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      prompt: "Osmosis",
      answer: "Water across a membrane",
      tags: ["biology", "cells"],
      kind: "concept",
      section: "bio",
    });
    expect(candidates[0]?.explanation).toBe("From bio.tsv, row 1.");
    expect(summary.messages.join(" ")).toMatch(/1 row has no question or no answer/);
    // The same rows the other way round.
    expect(mapCsvRows(table, ["answer", "prompt", "ignore"], "bio.tsv").candidates[0]?.prompt).toBe(
      "Water across a membrane",
    );
  });

  it("shortens an answer over 200 characters and keeps it whole in the explanation", () => {
    const long = `${"word ".repeat(60)}end`;
    const [c] = mapCsvRows(readCsvTable(`Q\t${long}\n`), ["prompt", "answer"], "x.tsv").candidates;
    expect(c?.answer.length).toBeLessThanOrEqual(200);
    expect(c?.explanation).toBe(long);
    expect(c?.notes[0]).toMatch(/shortened/);
  });

  it("falls back to a concept when a kind's required detail is missing", () => {
    const [c] = mapCsvRows(
      readCsvTable("prompt,answer,kind\nWhen?,1999,date\n"),
      ["prompt", "answer", "kind"],
      "x.csv",
    ).candidates;
    expect(c?.kind).toBe("concept");
    expect(c?.notes.join(" ")).toMatch(/needs details/);
  });
});
