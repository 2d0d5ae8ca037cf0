// The human-readable reason for a check result: what a marker would write beside the answer.
// Pure and free of parsing libraries, so client components may import it.
import type { CheckReason, CheckResult } from "./check";

/** A check result as stored or sent over the wire: the reason plus its optional details. */
export type ExplainableResult = Pick<CheckResult, "correct" | "reason" | "list" | "conflict">;

const quote = (s: string) => `“${s}”`;

function versionLine(v: { source: string; period?: string; answer: string }): string {
  return `${v.source}${v.period ? ` (${v.period})` : ""} says ${quote(v.answer)}`;
}

/** "X says …, Y says …": every source's version of a disputed fact, in one sentence. */
export function describeVersions(versions: readonly { source: string; period?: string; answer: string }[]): string {
  return versions.map(versionLine).join("; ");
}

const ACCEPTED: Partial<Record<CheckReason, string>> = {
  exact: "Right: exactly the expected answer.",
  normalised: "Right: the same answer; case, accents, punctuation, “the” and words such as “Article” do not matter.",
  date: "Right: the same date, written another way.",
  number: "Right: the same figure, written another way.",
  numeral: "Right: the same number, written in words or Roman numerals.",
  list: "Right: the same items; their order and the separators do not matter.",
};

/**
 * Why an answer was accepted or not, in one or two sentences. `expected` is the canonical answer,
 * named after a spelling slip so the learner sees the right spelling.
 */
export function explainCheck(result: ExplainableResult, expected?: string): string {
  const accepted = ACCEPTED[result.reason];
  if (accepted) return accepted;
  switch (result.reason) {
    case "typo":
      return expected
        ? `Right, with a small spelling slip: it is spelled ${quote(expected)}.`
        : "Right, with a small spelling slip.";
    case "conflict": {
      const c = result.conflict;
      if (!c) return "The sources differ on this; your answer is another source's version.";
      const lead = result.correct
        ? "Accepted: the sources differ."
        : "The sources differ, but this question asks for one version.";
      return `${lead} ${describeVersions(c.versions)}. Yours matches ${c.matched.source}.`;
    }
    case "empty":
      return "No answer given.";
    case "wrong": {
      const l = result.list;
      if (l) {
        const parts = [`${l.matched} of ${l.total} items right`];
        if (l.missing.length > 0) parts.push(`missing: ${l.missing.join(", ")}`);
        if (l.extra.length > 0) parts.push(`not in the answer: ${l.extra.join(", ")}`);
        return `Not quite: ${parts.join("; ")}.`;
      }
      // The expected answer is shown beside this, so it is not repeated here.
      return "Not the expected answer, nor an accepted form of it.";
    }
    default:
      return "Not the expected answer.";
  }
}
