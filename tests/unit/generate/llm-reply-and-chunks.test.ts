import { describe, expect, it } from "vitest";
import { chunkDocument, estimateTokens } from "@/lib/generate/llm/chunks";
import { chunkMessages } from "@/lib/generate/llm/prompt";
import { readModelReply } from "@/lib/generate/llm/reply";

const fact = {
  kind: "date",
  question: "When did the bridge open to traffic?",
  answer: "1937",
  accept: [],
  explanation: "",
  evidence: "The bridge opened to traffic in 1937.",
};

describe("readModelReply", () => {
  it("reads a plain JSON reply", () => {
    const r = readModelReply(JSON.stringify({ facts: [fact] }));
    expect(r).toEqual({ facts: [fact], malformedFacts: 0 });
  });

  it("reads JSON wrapped in a code fence or a sentence", () => {
    expect(readModelReply("```json\n" + JSON.stringify({ facts: [fact] }) + "\n```")).toMatchObject({ facts: [fact] });
    expect(readModelReply("Here you are: " + JSON.stringify({ facts: [fact] }) + " Hope it helps.")).toMatchObject({
      facts: [fact],
    });
  });

  it("drops and counts the facts that do not match the schema, keeping the rest", () => {
    const bad = [{ ...fact, kind: "opinion" }, { ...fact, evidence: undefined }, { question: "x" }];
    const r = readModelReply(JSON.stringify({ facts: [fact, ...bad] }));
    expect(r).toEqual({ facts: [fact], malformedFacts: 3 });
  });

  it("fills defaults for optional fields", () => {
    const { accept: _a, explanation: _e, ...bare } = fact;
    const r = readModelReply(JSON.stringify({ facts: [bare] }));
    expect(r).toMatchObject({ facts: [{ accept: [], explanation: "" }] });
  });

  it("says what is wrong with a reply that is not JSON or has no facts", () => {
    expect(readModelReply("I cannot help with that.")).toMatchObject({ problem: "not-json" });
    expect(readModelReply("{facts: [}")).toMatchObject({ problem: "not-json" });
    expect(readModelReply(JSON.stringify({ cards: [] }))).toMatchObject({ problem: "wrong-shape" });
  });
});

describe("chunkDocument", () => {
  const para = (i: number) =>
    `Paragraph ${i} talks about the harbour and its cranes, built in ${1900 + i}. It is long enough to matter.`;
  const text = Array.from({ length: 12 }, (_, i) => para(i)).join("\n\n");

  it("covers the text with exact, ordered spans no longer than the limit", () => {
    const chunks = chunkDocument(text, 300);
    expect(chunks.length).toBeGreaterThan(3);
    let at = 0;
    for (const [i, c] of chunks.entries()) {
      expect(c.index).toBe(i);
      expect(c.start).toBe(at);
      expect(c.text).toBe(text.slice(c.start, c.end));
      expect(c.end - c.start).toBeLessThanOrEqual(300);
      at = c.end;
    }
    expect(at).toBe(text.length);
  });

  it("cuts at paragraph breaks, not inside sentences", () => {
    for (const c of chunkDocument(text, 300).slice(0, -1)) expect(c.text.endsWith("\n\n")).toBe(true);
  });

  it("keeps sections whole when they fit and packs small neighbours together", () => {
    const sections = [
      { heading: "A", start: 0, end: 100 },
      { heading: "B", start: 100, end: 180 },
      { heading: "C", start: 180, end: text.length },
    ];
    const chunks = chunkDocument(text, 300, sections);
    expect(chunks[0]).toMatchObject({ start: 0, end: 180, heading: "A" });
    expect(chunks.every((c) => c.end - c.start <= 300)).toBe(true);
  });

  it("estimates about four characters a token", () => {
    expect(estimateTokens("x".repeat(400))).toBe(100);
  });
});

describe("chunkMessages", () => {
  it("asks for questions about the subject with exact quotes, and passes the chunk and its section", () => {
    const [system, user] = chunkMessages(
      { text: "Body text.", heading: "Harbour" },
      { title: "Port history", maxFacts: 7 },
    );
    expect(system?.content).toMatch(/Never ask about\s+"the document"/);
    expect(system?.content).toMatch(/exact words of the document/);
    expect(system?.content).toMatch(/At most 7 facts/);
    expect(user?.content).toContain("Section: Harbour");
    expect(user?.content).toContain("Body text.");
    expect(user?.content).toContain("Port history");
  });
});
