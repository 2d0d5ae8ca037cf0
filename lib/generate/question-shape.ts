// Checks on a finished question's own shape, after every reader has built it. Pure.
import { tagSentence } from "./pos";

/**
 * Whether a question ends inside a clause it opened without its verb: "When did the firm report
 * that their total revenue?", "Which firm would pay the fees associated?" The reader cut the
 * sentence after the clause's subject, so the question no longer says what happened.
 */
export function endsInsideClause(question: string): boolean {
  if (!question.endsWith("?")) return false;
  const opener = /\b(?:that|whether|if)\s+(?!is\b|was\b|are\b|were\b)/gi;
  let last: RegExpExecArray | null = null;
  for (let m = opener.exec(question); m; m = opener.exec(question)) last = m;
  if (last) {
    const tags = tagSentence(question);
    const at = last.index;
    const from = at + last[0].length;
    // "that" as a determiner or relative pronoun ("the river that flows …") opens no reported clause.
    const opens = tags.some((t) => t.start === at && t.pos === "SCONJ");
    const verbAfter = tags.some((t) => t.start >= from && (t.pos === "VERB" || t.pos === "AUX"));
    if (opens && !verbAfter) return true;
  }
  // "… the fees associated?": a participle that needs its complement ("associated with …").
  return /\s(?:associated|related|linked|connected|compared|due|according|such|prior|owing)\?$/i.test(question);
}
