// A finished question that stops inside a clause it opened (sentences written here).
import { describe, expect, it } from "vitest";
import { endsInsideClause } from "@/lib/generate/question-shape";

describe("endsInsideClause", () => {
  it("flags a reported clause cut before its verb and a participle left without its complement", () => {
    expect(endsInsideClause("When did the firm report that their total revenue?")).toBe(true);
    expect(endsInsideClause("Which firm would pay the licensing fees associated?")).toBe(true);
  });

  it("keeps a reported clause with its verb, and a relative 'that'", () => {
    expect(endsInsideClause("Why did the court rule that the tax was void?")).toBe(false);
    expect(endsInsideClause("When did the king learn that his son had died?")).toBe(false);
    expect(endsInsideClause("What is the name of the river that flows past the town?")).toBe(false);
    expect(endsInsideClause("Which river flows past the town?")).toBe(false);
  });
});
