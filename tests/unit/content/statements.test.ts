// True/false items read as statements built from the fact, with the proposed answer in place.
import { describe, expect, it } from "vitest";
import { statementFor, trueFalseStatement } from "@/lib/content/statements";
import type { Fact } from "@/lib/content/schema";

const fact = (prompt: string, answer: string, extra: Partial<Fact> = {}): Fact => ({
  id: "f",
  kind: "concept",
  prompt,
  answer,
  variants: [],
  explanation: "Context.",
  source: "doc",
  section: "Part",
  tags: [],
  reverse: false,
  ...extra,
});

describe("statementFor", () => {
  it.each([
    ["On what date did Iran and Russia sign their treaty?", "17 January 2025", "Iran and Russia signed their treaty on 17 January 2025."],
    ["In which year did Iran join the SCO?", "2023", "Iran joined the SCO in 2023."],
    ["When was the brief first published?", "5 June 2025", "The brief was first published on 5 June 2025."],
    ["Who is the author of the journal article?", "Mohammadamin Akhlaghi", "Mohammadamin Akhlaghi is the author of the journal article."],
    ["Whose death delayed the signing?", "Ebrahim Raisi", "Ebrahim Raisi's death delayed the signing."],
    ["What was the value of bilateral trade in 2024?", "$4.8 billion", "The value of bilateral trade in 2024 was $4.8 billion."],
    ["Which Kremlin spokesman said that Moscow would mediate?", "Dmitry Peskov", "Dmitry Peskov is the Kremlin spokesman that said that Moscow would mediate."],
    ["According to the brief, which country supplied the drones?", "Iran", "Iran is the country that supplied the drones."],
  ])("%j with %j", (prompt, shown, statement) => {
    expect(statementFor(fact(prompt, shown), shown)).toBe(statement);
  });

  it("puts the proposed answer in, true or not", () => {
    expect(statementFor(fact("Which country supplied the drones?", "Iran"), "Russia")).toBe("Russia is the country that supplied the drones.");
  });

  it.each([
    ["Which jet did Moscow supply to Iran?", "Su-35"], // an object question needs a parser
    ["How did the fall of Assad damage Iran's strategy?", "It cut the land bridge"],
    ["Whose influence would Russian bases counterbalance?", "Turkey"],
    ["Name the three hallmarks of an alliance.", "Bases, advisers and automatic responses"],
  ])("%j is not rewritten", (prompt, answer) => {
    expect(statementFor(fact(prompt, answer), answer)).toBeNull();
  });

  it("never asks a question: the fallback is a plain claim", () => {
    const text = trueFalseStatement(fact("How did the fall of Assad damage Iran's strategy?", "x"), "It cut the land bridge");
    expect(text).toBe("The answer to “How did the fall of Assad damage Iran's strategy?” is “It cut the land bridge”.");
    expect(text).not.toMatch(/^True or false/);
  });
});
