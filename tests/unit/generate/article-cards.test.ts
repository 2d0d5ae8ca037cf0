// "Which article says what" cards for documents laid out by articles (lib/generate/article-cards.ts).
import { describe, expect, it } from "vitest";
import { generateCandidates, splitSentences } from "@/lib/generate";
import { articleCards, instrumentName } from "@/lib/generate/article-cards";

const STATUTE = [
  "Statute of the Orvik Fishing Union",
  "",
  "Article 1",
  "The Union is formed by the fishing towns of Orvik, Hamna and Solby.",
  "",
  "Article 2",
  "1. Each town shall send two delegates to the Union Assembly every spring.",
  "",
  "Article 3",
  "No member town shall fish within three miles of another town's harbour without its consent.",
  "",
  "Article IV",
  "Any town may leave the Union after giving six months' notice in writing.",
].join("\n");

describe("articleCards", () => {
  const cards = articleCards(STATUTE, splitSentences(STATUTE), "the Statute of the Orvik Fishing Union");

  it("asks which article holds each provision, the heading as the answer inside its evidence", () => {
    expect(cards.map((c) => c.answer)).toEqual(["Article 1", "Article 2", "Article 3", "Article IV"]);
    expect(cards.map((c) => c.article)).toEqual([1, 2, 3, 4]);
    for (const c of cards) {
      expect(STATUTE.slice(c.answerSpan.start, c.answerSpan.end)).toBe(c.answer);
      expect(STATUTE.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      expect(c.evidence.start).toBeLessThanOrEqual(c.answerSpan.start);
      expect(c.prompt).not.toContain(c.answer);
    }
    expect(cards[2]?.prompt).toBe(
      "Which article of the Statute of the Orvik Fishing Union says that no member town shall fish within three miles of another town's harbour without its consent?",
    );
    // The paragraph number goes; a name keeps its capital.
    expect(cards[1]?.prompt).toContain("says that each town shall send two delegates");
  });

  it("makes none from a document that only mentions an article or two in passing", () => {
    const text = "Article 5 of the old charter was repealed in 1990.\nArticle 6 followed in 1992.";
    expect(articleCards(text, splitSentences(text), "the Charter")).toEqual([]);
  });
});

describe("instrumentName", () => {
  it("names charters, treaties and constitutions, and nothing else", () => {
    expect(instrumentName("Statute of the Orvik Fishing Union")).toBe("the Statute of the Orvik Fishing Union");
    expect(instrumentName("The Treaty of Hamna")).toBe("the Treaty of Hamna");
    expect(instrumentName("Orvik Fishing Compact")).toBe("the Orvik Fishing Compact");
    expect(instrumentName("History of Orvik")).toBeNull();
    expect(instrumentName(null)).toBeNull();
  });
});

describe("the generator on a statute", () => {
  it("adds the article cards, as treaty facts carrying their article number", () => {
    const cards = generateCandidates({
      sourceKey: "statute",
      text: STATUTE,
      title: "Statute of the Orvik Fishing Union",
    });
    const articles = cards.filter((c) => c.prompt.startsWith("Which article of"));
    expect(articles.length).toBe(4);
    for (const c of articles) {
      expect(c.kind).toBe("treaty");
      expect(c.article).toBeGreaterThan(0);
    }
  });
});
