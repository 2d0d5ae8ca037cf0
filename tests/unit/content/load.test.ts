// The pure deck loader reports every problem with the file, the fact id and the field, so an
// author can find it; a deck with any problem does not load at all.
import { describe, expect, it } from "vitest";
import { formatProblem, loadDeck, type ContentFile } from "@/lib/content/load";

const deckFile: ContentFile = {
  name: "content/test/deck.yaml",
  text: `
slug: test
title: Test deck
sources:
  - key: brief
    title: A brief
    author: Someone
    date: "2025-06-05"
  - key: essay
    title: An essay
    author: Someone else
    date: "2025"
`,
};

const factYaml = (id: string, extra = "") => `
  - id: ${id}
    kind: person
    prompt: Who is ${id}?
    answer: Person ${id}
    explanation: Context for ${id}.
    source: brief
    section: Intro
${extra}`;

const file = (name: string, ...facts: string[]): ContentFile => ({ name, text: `facts:${facts.join("")}` });

describe("loadDeck", () => {
  it("loads a good deck with its facts in file order", () => {
    const result = loadDeck(deckFile, [
      file("facts/a.yaml", factYaml("one"), factYaml("two")),
      file("facts/b.yaml", factYaml("three")),
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.deck.facts.map((f) => f.id)).toEqual(["one", "two", "three"]);
  });

  it("names the file, fact id and field of a bad fact", () => {
    const bad = `
  - id: treaty-date
    kind: date
    prompt: When?
    answer: 17 January 2025
    explanation: Context.
    source: brief
    section: Intro
`;
    const result = loadDeck(deckFile, [file("facts/a.yaml", factYaml("fine"), bad)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      file: "facts/a.yaml",
      factId: "treaty-date",
      field: "value.date",
      message: expect.stringMatching(/value\.date/),
    });
    expect(formatProblem(result.problems[0]!)).toMatch(/facts\/a\.yaml, fact treaty-date, field value\.date: /);
  });

  it("reports a duplicate id with the file it reappears in and where it was first used", () => {
    const result = loadDeck(deckFile, [file("facts/a.yaml", factYaml("same")), file("facts/b.yaml", factYaml("same"))]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      file: "facts/b.yaml",
      factId: "same",
      field: "id",
      message: expect.stringMatching(/duplicate.*facts\/a\.yaml/),
    });
  });

  it("reports a source key the deck does not declare", () => {
    const result = loadDeck(deckFile, [
      file("facts/a.yaml", factYaml("one").replace("source: brief", "source: missing-report")),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      file: "facts/a.yaml",
      factId: "one",
      field: "source",
      message: expect.stringMatching(/unknown source key "missing-report"/),
    });
  });

  it("reports a conflict group with a single member, and accepts one with two", () => {
    const lonely = loadDeck(deckFile, [
      file("facts/a.yaml", factYaml("one", "    conflict: trade-2024\n"), factYaml("two")),
    ]);
    expect(lonely.ok).toBe(false);
    if (!lonely.ok) {
      expect(lonely.problems).toContainEqual({
        file: "facts/a.yaml",
        factId: "one",
        field: "conflict",
        message: expect.stringMatching(/trade-2024.*only this fact/),
      });
    }
    const pair = loadDeck(deckFile, [
      file("facts/a.yaml", factYaml("one", "    conflict: trade-2024\n")),
      file("facts/b.yaml", factYaml("two", "    conflict: trade-2024\n")),
    ]);
    expect(pair.ok).toBe(true);
  });

  it("reports invalid YAML with the file name and keeps checking the other files", () => {
    const broken: ContentFile = { name: "facts/broken.yaml", text: "facts:\n  - id: x\n    prompt: [unclosed\n" };
    const result = loadDeck(deckFile, [broken, file("facts/b.yaml", factYaml("two", "    source: nowhere\n"))]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      file: "facts/broken.yaml",
      message: expect.stringMatching(/not valid YAML/),
    });
    // The second file was still read: its own problem is reported too.
    expect(result.problems.some((p) => p.file === "facts/b.yaml")).toBe(true);
  });

  it("reports a duplicate key inside one YAML mapping instead of silently keeping the last", () => {
    const dup = loadDeck(deckFile, [file("facts/a.yaml", factYaml("one", "    answer: Someone else\n"))]);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.problems[0]?.message).toMatch(/not valid YAML/);
  });

  it("reports a bad deck.yaml by its own file name", () => {
    const result = loadDeck({ name: "content/test/deck.yaml", text: "slug: Test Deck\ntitle: x\nsources: []\n" }, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["slug", "sources"]));
    expect(result.problems.every((p) => p.file === "content/test/deck.yaml")).toBe(true);
  });
});
