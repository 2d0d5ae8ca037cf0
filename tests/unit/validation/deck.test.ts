import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/schema";
import {
  cloneDeckFormSchema,
  deckFormSchema,
  EMPTY_FACT_FORM,
  factErrorsToFormFields,
  factToFormValues,
  parseFactForm,
  readFactForm,
  splitTags,
  splitVariants,
  type FactFormValues,
} from "@/lib/validation/deck";

const form = (over: Partial<FactFormValues> = {}): FactFormValues => ({
  ...EMPTY_FACT_FORM,
  kind: "date",
  prompt: "When was the Caspian summit held?",
  answer: "August 2018",
  variants: "Aug 2018\n\nAugust 12, 2018\n",
  explanation: "Leaders met at Aktau in August 2018.",
  source: "instructor-notes",
  section: "Week 3 lecture",
  tags: "Caspian, summits\nWeek 3",
  valueDate: "2018-08",
  ...over,
});

describe("deck forms", () => {
  it("trims the title and treats an empty description as none", () => {
    expect(deckFormSchema.parse({ title: "  Caspian politics ", description: "  " })).toEqual({
      title: "Caspian politics",
      description: undefined,
    });
    expect(deckFormSchema.safeParse({ title: "" }).error?.issues[0]).toMatchObject({
      path: ["title"],
      message: "Title is required.",
    });
    expect(deckFormSchema.safeParse({ title: "x".repeat(121) }).success).toBe(false);
    expect(deckFormSchema.safeParse({ title: "ok", description: "x".repeat(601) }).error?.issues[0]?.path).toEqual([
      "description",
    ]);
    expect(cloneDeckFormSchema.safeParse({ source: "" }).error?.issues[0]).toMatchObject({
      path: ["source"],
      message: "Choose a deck to copy.",
    });
    expect(cloneDeckFormSchema.parse({ source: "iran-russia", title: "" })).toEqual({
      source: "iran-russia",
      title: undefined,
    });
  });
});

describe("fact form", () => {
  it("splits variants by line (commas stay) and tags by comma or line", () => {
    expect(splitVariants("Aug 2018\r\n  \nAugust 12, 2018")).toEqual(["Aug 2018", "August 12, 2018"]);
    expect(splitTags("Caspian, summits\nWeek 3, caspian")).toEqual(["caspian", "summits", "week-3"]);
  });

  it("maps the form onto the content format", () => {
    const r = parseFactForm(
      form({ reverse: "on", valueNumber: "4,800,000,000", valueUnit: "USD", article: "152", conflict: "" }),
    );
    expect(r).toEqual({
      ok: true,
      draft: {
        kind: "date",
        prompt: "When was the Caspian summit held?",
        answer: "August 2018",
        variants: ["Aug 2018", "August 12, 2018"],
        explanation: "Leaders met at Aktau in August 2018.",
        source: "instructor-notes",
        section: "Week 3 lecture",
        tags: ["caspian", "summits", "week-3"],
        value: { date: "2018-08", number: 4800000000, unit: "USD" },
        article: 152,
        reverse: true,
      },
    });
  });

  it("maps transfer fields", () => {
    const r = parseFactForm(
      form({
        kind: "arms-transfer",
        valueDate: "",
        transferSystem: "Shahed-136",
        transferFrom: "Iran",
        transferTo: "Russia",
        transferQuantity: "400",
        transferYear: "2022",
        transferStatus: "delivered",
      }),
    );
    expect(r.ok && r.draft.transfer).toEqual({
      system: "Shahed-136",
      from: "Iran",
      to: "Russia",
      quantity: 400,
      year: 2022,
      status: "delivered",
    });
    expect(r.ok && r.draft.value).toBeUndefined();
  });

  it("names errors after the form's fields", () => {
    const r = parseFactForm(form({ prompt: " ", valueDate: "2018-13", variants: "august 2018", tags: "ok, bad_tag!" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(["prompt", "tags", "valueDate", "variants"]);
    expect(r.fields.prompt).toEqual(["Must not be empty."]);
    expect(r.fields.variants?.[0]).toMatch(/^Variant 1: repeats the answer/);
    expect(r.fields.tags?.[0]).toMatch(/^Tag 2: must be lower-case words/);
  });

  it("asks for what the kind needs, under the field that holds it", () => {
    const fieldsOf = (v: Partial<FactFormValues>) => {
      const r = parseFactForm(form(v));
      return r.ok ? {} : r.fields;
    };
    expect(fieldsOf({ valueDate: "" }).valueDate).toEqual(["A date fact needs its date."]);
    expect(fieldsOf({ kind: "figure", valueDate: "" }).valueNumber).toEqual(["A figure fact needs its number."]);
    expect(fieldsOf({ kind: "constitution", valueDate: "" }).article).toEqual([
      "A constitution fact needs its article number.",
    ]);
    expect(fieldsOf({ kind: "arms-transfer", valueDate: "" }).transferSystem?.[0]).toMatch(/transfer details/);
    expect(Object.keys(fieldsOf({ kind: "arms-transfer", valueDate: "", transferSystem: "Su-35" })).sort()).toEqual([
      "transferFrom",
      "transferStatus",
      "transferTo",
    ]);
    expect(fieldsOf({ kind: "" }).kind).toEqual(["Choose what kind of fact this is."]);
    expect(fieldsOf({ source: "" }).source).toEqual(["Choose the source this fact comes from."]);
  });

  it("reports unreadable numbers once, with a hint", () => {
    const r = parseFactForm(
      form({ kind: "constitution", valueDate: "", article: "nine", valueNumber: "4.8 billion", transferYear: "1850" }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields.article).toEqual(["Enter the article number, e.g. 152."]);
    expect(r.fields.valueNumber?.[0]).toMatch(/^Enter a number/);
    // 1850 reads as a number, so the schema's own bound speaks, in the same answer.
    expect(r.fields.transferYear).toEqual(["The year must be a whole number from 1900 to 2100."]);
  });

  it("applies the schema's bounds to numbers", () => {
    const r = parseFactForm(
      form({
        article: "0",
        transferSystem: "Su-35",
        transferFrom: "Russia",
        transferTo: "Iran",
        transferStatus: "withheld",
        transferYear: "1850",
      }),
    );
    expect(r.ok ? {} : r.fields).toEqual({
      article: ["The article number must be a whole number above 0."],
      transferYear: ["The year must be a whole number from 1900 to 2100."],
    });
  });

  it("round-trips a stored fact through the form", () => {
    const fact: Fact = {
      id: "shahed-supplied",
      kind: "arms-transfer",
      prompt: "Which drone did Iran supply?",
      answer: "Shahed-136",
      variants: ["Geran-2", "Shahed 136, a loitering munition"],
      explanation: "Russia fielded it as the Geran-2.",
      source: "doc-b",
      section: "Arms",
      tags: ["arms-transfer", "drones"],
      value: { date: "2022-09", end: "2023-01", number: 400, unit: "drones", period: "2022" },
      transfer: { system: "Shahed-136", from: "Iran", to: "Russia", quantity: 400, year: 2022, status: "delivered" },
      conflict: "drone-numbers",
      reverse: true,
    };
    const r = parseFactForm(factToFormValues(fact));
    const { id: _id, ...rest } = fact;
    expect(r).toEqual({ ok: true, draft: rest });
  });

  it("reads a submitted form and renames content-format errors", () => {
    const fd = new FormData();
    fd.set("prompt", "Q?");
    fd.set("reverse", "on");
    fd.set("$ACTION_ID_x", "ignored");
    expect(readFactForm(fd)).toEqual({ ...EMPTY_FACT_FORM, prompt: "Q?", reverse: "on" });
    expect(
      factErrorsToFormFields({ "value.date": ["a"], transfer: ["b"], "transfer.status": ["c"], prompt: ["d"] }),
    ).toEqual({
      valueDate: ["a"],
      transferSystem: ["b"],
      transferStatus: ["c"],
      prompt: ["d"],
    });
  });
});
