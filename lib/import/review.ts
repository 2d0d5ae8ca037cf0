// What the import review screen does with the generator's candidates, kept out of the component so
// it can be tested: best first by score, the confident ones preselected for bulk approval, a reason
// for each low one, and the document text cut into plain and highlighted segments. Pure; safe for
// client components (types only, no server code).
import { Invalid, NotFound } from "@/lib/errors";

/** Candidates at or above this score are preselected for bulk approval. */
export const CONFIDENT_SCORE = 0.7;

export interface Scored {
  id: string;
  /** 0..1 from the generator's ranking; older imports may lack it. */
  score?: number;
  /** The generator's word on why a candidate scored as it did. */
  reason?: string;
  /** A fixed template about the document rather than a question on its subject. */
  generic?: boolean;
  status: "pending" | "approved" | "rejected";
}

// A template question about "the source" is never confident, whatever the score says.
const GENERIC_CAP = 0.3;
const GENERIC_REASON = "A template question about the document, not about its subject: rewrite it or reject it.";

/** The score as a 0..1 confidence (an import made before scores existed counts as unsure). */
export function confidence(c: Pick<Scored, "score" | "generic">): number {
  const s = c.score;
  if (typeof s !== "number" || Number.isNaN(s)) return 0;
  const clamped = Math.min(1, Math.max(0, s));
  return c.generic ? Math.min(clamped, GENERIC_CAP) : clamped;
}

export function isConfident(c: Pick<Scored, "score" | "generic">, threshold = CONFIDENT_SCORE): boolean {
  return confidence(c) >= threshold;
}

/** Best first; equal scores keep the generator's order. */
export function rankForReview<T extends Pick<Scored, "score" | "generic">>(candidates: readonly T[]): T[] {
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => confidence(b.c) - confidence(a.c) || a.i - b.i)
    .map((x) => x.c);
}

/** Ids of the pending candidates to preselect: the confident ones. */
export function preselectedIds(candidates: readonly Scored[], threshold = CONFIDENT_SCORE): string[] {
  return candidates.filter((c) => c.status === "pending" && isConfident(c, threshold)).map((c) => c.id);
}

/** Why a candidate is not preselected, in words for the reviewer; null for a confident one. */
export function lowScoreReason(
  c: Pick<Scored, "score" | "reason" | "generic">,
  threshold = CONFIDENT_SCORE,
): string | null {
  if (isConfident(c, threshold)) return null;
  if (c.generic) return GENERIC_REASON;
  const reason = c.reason?.trim();
  if (reason) return reason;
  if (typeof c.score !== "number") return "Not scored: this import was made before drafts were ranked.";
  return "The generator is unsure this question reads well or asks something worth testing.";
}

export function scoreLabel(
  c: Pick<Scored, "score" | "generic">,
  threshold = CONFIDENT_SCORE,
): "confident" | "check" | "weak" {
  const s = confidence(c);
  if (s >= threshold) return "confident";
  return s >= threshold / 2 ? "check" : "weak";
}

export interface HighlightSpan {
  start: number;
  end: number;
  id: string;
}

export interface TextSegment {
  text: string;
  start: number;
  /** The candidates whose evidence covers this segment; absent for plain text. */
  ids?: string[];
}

/**
 * Cuts `text` into segments in order, merging overlapping evidence spans into one highlighted
 * segment that lists every candidate it covers. Spans outside the text are clipped or ignored.
 */
export function highlightSegments(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), id: s.id }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number; ids: string[] }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.ids.includes(s.id)) last.ids.push(s.id);
    } else merged.push({ start: s.start, end: s.end, ids: [s.id] });
  }
  const out: TextSegment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), start: at });
    out.push({ text: text.slice(m.start, m.end), start: m.start, ids: m.ids });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at });
  return out;
}

/** Reviewable drafts of either import (documents or deck files): the fields a review edits. */
export interface EditableDraft {
  id: string;
  status: "pending" | "approved" | "rejected";
  prompt: string;
  answer: string;
  variants: string[];
}

/** The drafts with the chosen pending ones rejected; approved ones stay as they are. */
export function rejectPending<T extends EditableDraft>(drafts: readonly T[], ids: readonly string[]): T[] {
  const wanted = new Set(ids);
  return drafts.map((c) => (wanted.has(c.id) && c.status === "pending" ? { ...c, status: "rejected" as const } : c));
}

/** The drafts with one pending draft's prompt and answer changed; a variant equal to the new answer goes. */
export function editPending<T extends EditableDraft>(
  drafts: readonly T[],
  id: string,
  edit: { prompt: string; answer: string },
): T[] {
  const c = drafts.find((x) => x.id === id);
  if (!c) throw NotFound("That candidate");
  if (c.status !== "pending") throw Invalid("Only a pending candidate can be edited.");
  const answerChanged = edit.answer !== c.answer;
  const edited: T = {
    ...c,
    prompt: edit.prompt,
    answer: edit.answer,
    variants: answerChanged ? c.variants.filter((v) => v.toLowerCase() !== edit.answer.toLowerCase()) : c.variants,
  };
  return drafts.map((x) => (x.id === id ? edited : x));
}
