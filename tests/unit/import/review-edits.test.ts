import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { editPending, rejectPending } from "@/lib/import/review";

const drafts = [
  { id: "a", status: "pending" as const, prompt: "When did the dam open?", answer: "1936", variants: ["in 1936"] },
  { id: "b", status: "approved" as const, prompt: "Which river?", answer: "Green River", variants: [] },
  {
    id: "c",
    status: "pending" as const,
    prompt: "How tall is it?",
    answer: "221 m",
    variants: ["221 metres", "725 ft"],
  },
];

describe("review edits shared by document and deck-file imports", () => {
  it("rejects only the chosen pending drafts", () => {
    const out = rejectPending(drafts, ["a", "b"]);
    expect(out.map((d) => d.status)).toEqual(["rejected", "approved", "pending"]);
    expect(drafts[0]!.status).toBe("pending");
  });

  it("edits a pending draft and drops a variant equal to the new answer", () => {
    const out = editPending(drafts, "c", { prompt: "How tall is the dam?", answer: "725 FT" });
    expect(out[2]).toMatchObject({ prompt: "How tall is the dam?", answer: "725 FT", variants: ["221 metres"] });
    expect(out[0]).toBe(drafts[0]);
  });

  it("refuses a missing draft and one already decided", () => {
    expect(() => editPending(drafts, "zz", { prompt: "Why?", answer: "x" })).toThrow(AppError);
    expect(() => editPending(drafts, "b", { prompt: "Which river?", answer: "Green" })).toThrow(/Only a pending/);
  });
});
