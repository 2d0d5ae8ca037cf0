// The document's own subject under its short names (topicForms in lib/generate/candidates.ts).
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";
import { topicForms } from "@/lib/generate/candidates";

describe("topicForms", () => {
  it("names the subject by its last name and that name's shorter tails", () => {
    const forms = topicForms("Statute of the Orvik Fishing Union");
    for (const f of ["statute of the orvik fishing union", "orvik fishing union", "fishing union", "union"])
      expect(forms.has(f)).toBe(true);
    expect(forms.has("statute")).toBe(false);
  });

  it("drops a leading article", () => {
    expect(topicForms("The Kessel Tunnel").has("tunnel")).toBe(true);
  });
});

describe("the generator on a statute", () => {
  it("asks no card whose answer is the statute itself", () => {
    const text =
      "Statute of the Orvik Fishing Union\n\nArticle 1\nThe Union enters into force on 2 April 2019. " +
      "Members of the Union may leave the Union by giving six months' notice to the secretary.";
    const cards = generateCandidates({ sourceKey: "statute", text, title: "Statute of the Orvik Fishing Union" });
    expect(cards.some((c) => c.answer === "2 April 2019")).toBe(true);
    for (const c of cards) expect(c.answer.replace(/^the\s+/i, "")).not.toBe("Union");
  });
});
