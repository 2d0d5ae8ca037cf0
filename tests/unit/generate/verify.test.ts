// The shared verifier: exact evidence spans found after folding, answer support, junk rules.
import { describe, expect, it } from "vitest";
import { answerSupported, findQuote, junkReason, numbersIn, verifyCandidate } from "@/lib/generate/verify";

const DOC =
  "The Harbin Light Rail opened on 3 May 2011 after\nfour years of work. Its \u201cnorth\u2013south\u201d line " +
  "carries about 52,000 riders a day.  The city council agreed to extend it in order to reach the\nairport. " +
  "Mayor Lin Qiao said the extension would cost \u00a5 1.2 billion.";

describe("findQuote", () => {
  it("finds a quote across a hard wrap and returns the exact original span", () => {
    const span = findQuote(DOC, "opened on 3 May 2011 after four years of work.");
    expect(span).not.toBeNull();
    expect(span && DOC.slice(span.start, span.end)).toBe(span?.text);
    expect(span?.text).toBe("opened on 3 May 2011 after\nfour years of work.");
  });

  it("treats curly and straight quotes and dash variants as the same", () => {
    const span = findQuote(DOC, 'Its "north-south" line carries');
    expect(span?.text).toBe("Its \u201cnorth\u2013south\u201d line carries");
  });

  it("collapses runs of spaces and ignores case only as a last resort", () => {
    expect(findQuote(DOC, "a day. The city council")?.text).toBe("a day.  The city council");
    expect(findQuote(DOC, "MAYOR LIN QIAO")?.text).toBe("Mayor Lin Qiao");
  });

  it("joins a word hyphenated at a line end", () => {
    const text = "The board approved the agree-\nment on Monday.";
    const span = findQuote(text, "approved the agreement on Monday");
    expect(span?.text).toBe("approved the agree-\nment on Monday");
  });

  it("returns null for text that is not in the document, and picks the occurrence nearest `near`", () => {
    expect(findQuote(DOC, "the tram opened in 2012")).toBeNull();
    const text = "It rained. Later it snowed. It rained.";
    expect(findQuote(text, "It rained.", 30)?.start).toBe(28);
    expect(findQuote(text, "It rained.")?.start).toBe(0);
  });
});

describe("answerSupported", () => {
  it("accepts the answer written in the span, or the same date or number written differently", () => {
    expect(answerSupported("It opened on 3 May 2011.", "3 May 2011")).toBe(true);
    expect(answerSupported("It opened on 3 May 2011.", "May 3, 2011")).toBe(true);
    expect(answerSupported("It opened on 3 May 2011.", "4 May 2011")).toBe(false);
    expect(answerSupported("Riders: about 52,000 a day.", "52000")).toBe(true);
    expect(answerSupported("The line took four years.", "4 years")).toBe(true);
    expect(answerSupported("It costs 1.2 billion yuan.", "1,200,000,000 yuan")).toBe(true);
    expect(answerSupported("It costs 1.2 billion yuan.", "3 billion yuan")).toBe(false);
  });

  it("accepts a name or phrase whose content words are in the span, or an accepted variant", () => {
    expect(answerSupported("Mayor Lin Qiao said so.", "Lin Qiao")).toBe(true);
    expect(answerSupported("The council agreed to extend the line.", "to extend the line")).toBe(true);
    expect(answerSupported("The council agreed to extend the line.", "to close the line early")).toBe(false);
    expect(answerSupported("Talks ended until June 23.", "2025-06-23", [], 2025)).toBe(true);
    expect(answerSupported("The WHO met.", "World Health Organization", ["WHO"])).toBe(true);
  });
});

describe("junkReason", () => {
  it("rejects questions about the source instead of the subject", () => {
    expect(junkReason("What date does the source give for the opening?", "2011")?.reason).toBe("about-the-source");
    expect(junkReason("Which city is named in connection with the tram?", "Harbin")?.reason).toBe("about-the-source");
    expect(junkReason("What does this passage say about riders?", "52,000")?.reason).toBe("about-the-source");
  });

  it("rejects non-questions, answers inside their question and glued noise", () => {
    expect(junkReason("The opening of the line", "2011")?.reason).toBe("not-a-question");
    expect(junkReason("What did the council announce whereby the city would?", "a deal")?.reason).toBe(
      "not-a-question",
    );
    expect(junkReason("What are most enzymes bound to?", "membranes")).toBeNull();
    expect(junkReason("When did the Harbin line open in 2011?", "2011")?.reason).toBe("answer-in-question");
    expect(junkReason("Why did the council act?The mayor", "cost")?.reason).toBe("glued-noise");
    expect(junkReason("What is the capacity?", "capacity915 MW")?.reason).toBe("glued-noise");
  });

  it("accepts a good question and a cloze card", () => {
    expect(junkReason("When did the Harbin Light Rail open?", "3 May 2011")).toBeNull();
    expect(junkReason("The council agreed to extend the line in order to reach the ____.", "airport")).toBeNull();
  });
});

describe("verifyCandidate", () => {
  it("returns the exact span and where the answer sits in it", () => {
    const r = verifyCandidate(DOC, {
      kind: "date",
      prompt: "When did the Harbin Light Rail open?",
      answer: "3 May 2011",
      evidence: { quote: "The Harbin Light Rail opened on 3 May 2011 after four years of work." },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(DOC.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(r.answerSpan && DOC.slice(r.answerSpan.start, r.answerSpan.end)).toBe("3 May 2011");
  });

  it("uses offsets when they hold the quote and says why a candidate fails", () => {
    const start = DOC.indexOf("The city council");
    const end = DOC.indexOf("airport.") + "airport.".length;
    const ok = verifyCandidate(DOC, {
      kind: "concept",
      prompt: "Why did the city council agree to extend the line?",
      answer: "to reach the airport",
      evidence: { start, end },
    });
    expect(ok.ok).toBe(true);
    const missing = verifyCandidate(DOC, {
      kind: "date",
      prompt: "When did the line close?",
      answer: "2019",
      evidence: { quote: "The line closed in 2019." },
    });
    expect(missing).toMatchObject({ ok: false, reason: "evidence-not-found" });
    const unsupported = verifyCandidate(DOC, {
      kind: "person",
      prompt: "Who announced the cost of the extension?",
      answer: "Wen Bo",
      evidence: { start, end: DOC.length },
    });
    expect(unsupported).toMatchObject({ ok: false, reason: "answer-not-supported" });
  });
});

describe("numbersIn", () => {
  it("reads digits, separators, scale words and number words", () => {
    expect(numbersIn("about 52,000 riders")).toContain(52000);
    expect(numbersIn("1.2 billion")).toContain(1.2e9);
    expect(numbersIn("three submarines")).toContain(3);
  });
});
