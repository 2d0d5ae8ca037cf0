// The verifier on quotes as models and people write them: straight vs curly quotes, dashes,
// spacing, hard wraps; answers as dates and numbers written another way. Sentences are our own.
import { describe, expect, it } from "vitest";
import { findQuote, verifyCandidate } from "@/lib/generate/verify";

const doc = [
  "The harbour authority signed the “Northern Quay” lease on 4 March 1998 for a term of",
  "twenty-five years. Cargo handled at the port rose to 3.4 million tonnes in 2003 – a record",
  "that stood until the new cranes arrived. The ferry service to Halden ended on 23 June, after",
  "ninety years.",
].join("\n");

const q = (prompt: string, answer: string, quote: string, accept: string[] = []) =>
  verifyCandidate(doc, { kind: "date", prompt, answer, accept, evidence: { quote } }, 2011);

describe("findQuote", () => {
  it("finds a straight-quoted, unwrapped quote in curly-quoted, hard-wrapped text, and returns the exact span", () => {
    const span = findQuote(
      doc,
      'The harbour authority signed the "Northern Quay" lease on 4 March 1998 for a term of twenty-five years.',
    );
    expect(span).not.toBeNull();
    expect(doc.slice(span!.start, span!.end)).toBe(span!.text);
    expect(span!.text).toContain("“Northern Quay”");
    expect(span!.text).toContain("of\ntwenty-five");
  });

  it("treats an en dash and a hyphen, and runs of spaces, as the same", () => {
    expect(findQuote(doc, "in 2003 - a record")).not.toBeNull();
    expect(findQuote(doc, "rose   to  3.4 million tonnes")).not.toBeNull();
  });

  it("refuses a paraphrase", () => {
    expect(findQuote(doc, "The port handled a record 3.4 million tonnes in 2003.")).toBeNull();
  });
});

describe("verifyCandidate", () => {
  it("accepts a date answer written another way than the evidence", () => {
    const r = q(
      "When was the Northern Quay lease signed?",
      "1998-03-04",
      'signed the "Northern Quay" lease on 4 March 1998',
    );
    expect(r.ok).toBe(true);
  });

  it("accepts a number written in words in the evidence and in digits in the answer", () => {
    const r = q(
      "For how many years was the Northern Quay lease granted?",
      "25 years",
      "for a term of twenty-five years",
    );
    expect(r).toMatchObject({ ok: true });
  });

  it("accepts a scaled figure in another form", () => {
    const r = q(
      "How much cargo did the port handle in its record year?",
      "3,400,000 tonnes",
      "Cargo handled at the port rose to 3.4 million tonnes in 2003",
    );
    expect(r.ok).toBe(true);
  });

  it("uses the context year for a date written without one", () => {
    const r = q(
      "When did the ferry service to Halden end?",
      "23 June 2011",
      "The ferry service to Halden ended on 23 June",
    );
    expect(r.ok).toBe(true);
  });

  it("refuses an answer the evidence does not state", () => {
    expect(q("When was the Northern Quay lease signed?", "5 March 1998", "lease on 4 March 1998")).toMatchObject({
      ok: false,
      reason: "answer-not-supported",
    });
    expect(
      q("How much cargo did the port handle in 2003?", "4.3 million tonnes", "rose to 3.4 million tonnes in 2003"),
    ).toMatchObject({ ok: false, reason: "answer-not-supported" });
  });

  it("refuses a quote that is not in the document", () => {
    expect(q("When did the cranes arrive?", "2005", "The new cranes arrived in 2005.")).toMatchObject({
      ok: false,
      reason: "evidence-not-found",
    });
  });

  it("refuses questions about the document, non-questions and answers inside their question", () => {
    expect(q("What date does the text give for the lease?", "4 March 1998", "lease on 4 March 1998")).toMatchObject({
      ok: false,
      reason: "about-the-source",
    });
    expect(q("The lease date", "4 March 1998", "lease on 4 March 1998")).toMatchObject({
      ok: false,
      reason: "not-a-question",
    });
    expect(q("Was the lease signed on 4 March 1998?", "4 March 1998", "lease on 4 March 1998")).toMatchObject({
      ok: false,
      reason: "answer-in-question",
    });
  });
});
