import { describe, expect, it } from "vitest";
import {
  conflictSummariesSchema,
  CorruptJsonColumn,
  factDetailsSchema,
  parseJsonColumn,
  quizResultSchema,
  weightsSchema,
} from "@/lib/db/json-columns";

describe("parseJsonColumn", () => {
  it("returns the stored value when it has the expected shape", () => {
    expect(parseJsonColumn("[0.4,1.2,3]", weightsSchema, "FsrsParameters.weights")).toEqual([0.4, 1.2, 3]);
    expect(parseJsonColumn('{"article":5}', factDetailsSchema, "Fact.details")).toEqual({ article: 5 });
  });

  it("keeps the unchecked fields of a large shape as stored", () => {
    const stored = { score: 1, total: 2, items: [{ itemId: "q1", kind: "type-in", correct: true, why: "exact" }] };
    expect(parseJsonColumn(JSON.stringify(stored), quizResultSchema, "Quiz.results")).toEqual(stored);
  });

  it("names the column when the text is not JSON", () => {
    const read = () => parseJsonColumn("[0.4,", weightsSchema, "FsrsParameters.weights");
    expect(read).toThrow(CorruptJsonColumn);
    expect(read).toThrow(/stored FsrsParameters\.weights column is corrupt/);
  });

  it("names the column and the place when the shape is wrong", () => {
    const stored = '[{"group":"g","subject":"s","members":"x"}]';
    const read = () => parseJsonColumn(stored, conflictSummariesSchema, "DocumentImport.conflicts");
    expect(read).toThrow(/DocumentImport\.conflicts column is corrupt: .* at 0\.members/);
    const extraField = '{"article":5,"extra":1}';
    expect(() => parseJsonColumn(extraField, factDetailsSchema, "Fact.details")).toThrow(/Fact\.details/);
    expect(() => parseJsonColumn('{"score":1,"total":1}', quizResultSchema, "Quiz.results")).toThrow(/at items/);
  });
});
