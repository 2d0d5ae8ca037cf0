// A question that asks for several things answered with one is wrong as written. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { oneForMany } from "@/lib/generate/keep";

describe("oneForMany", () => {
  it("finds a count asked and one thing answered", () => {
    expect(oneForMany("What are two forms of Breton dance?", "the counterpart of the gavotte")).toBe(true);
    expect(oneForMany("Which three rivers feed the lake?", "the Aar")).toBe(true);
  });

  it("keeps a list answer, and a count that is not asked for", () => {
    expect(oneForMany("What are two forms of Breton dance?", "the gavotte and the an-dro")).toBe(false);
    expect(oneForMany("What did the two teams build?", "a bridge")).toBe(false);
    expect(oneForMany("What is the capital of Kelland?", "Orvik")).toBe(false);
  });
});
