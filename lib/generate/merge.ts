// Merging candidates across documents, and finding where the documents disagree.
//
// Subject similarity. Each candidate carries `subject`: the content words of its prompt, with
// the answer's own words, generic prompt words and numbers left out, lightly stemmed (see
// candidates.ts). Two subjects are SIMILAR when they share at least two words (one, if either
// subject has only one word) and the shared words are at least half of the smaller subject.
//
// Same fact. Same kind, same answerKey (the ISO date, the number with its unit, the designator,
// the folded name, the article number) and similar subjects: one merged candidate whose evidence
// lists every sentence, in input order, and whose variants are the union. For arms transfers the
// status is part of the key: "delivered" and "withheld" are different claims.
//
// Conflict. Two merged candidates found in different documents, of kind date or figure, with
// similar subjects (at least two shared words) but a different answerKey — for figures also the
// same unit, since "$5 billion" and "20 percent" are not rival answers; for dates both prompts
// must be questions on a clause (not topic-only templates) and neither date may contain the other
// ("January 2025" vs "17 January 2025" is precision, not disagreement) — or two arms transfers of
// the same system with a different status. Conflicts are grouped transitively; every member gets
// the group's name in `conflict`.
import { slugFrom } from "@/lib/content/slug";
import type { Candidate } from "./types";
import { isCloze } from "./verify";

export interface MergedCandidate extends Candidate {
  /** Source keys that state this fact, in input order. */
  sources: string[];
  conflict?: string;
}

export interface ConflictGroup {
  group: string;
  /** The shared subject words ("bilateral trade") or the weapon system. */
  subject: string;
  members: MergedCandidate[];
}

export interface MergeResult {
  facts: MergedCandidate[];
  conflicts: ConflictGroup[];
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return a.filter((w) => set.has(w));
}

/** See the rule at the top of this file. */
export function similarSubjects(a: readonly string[], b: readonly string[]): boolean {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return false;
  const common = shared(a, b).length;
  return common >= Math.min(2, smaller) && common / smaller >= 0.5;
}

function mergeKey(c: Candidate): string {
  const status = c.kind === "arms-transfer" ? `|${c.transfer?.status ?? ""}` : "";
  return `${c.kind}|${c.answerKey}${status}`;
}

/**
 * Two dates disagree only when both prompts ask about a clause (a topic-only template says too
 * little about which event is meant) and neither date contains the other ("January 2025" and
 * "17 January 2025" are the same date written at different precision).
 */
function datesDisagree(a: Candidate, b: Candidate): boolean {
  if (a.generic || b.generic || isCloze(a.prompt) || isCloze(b.prompt)) return false;
  const x = a.value?.date ?? "";
  const y = b.value?.date ?? "";
  return !(x.startsWith(y) || y.startsWith(x));
}

function unitOf(c: Candidate): string {
  return (c.value?.unit ?? "").split("/")[0] ?? "";
}

export function mergeCandidates(perDocument: readonly (readonly Candidate[])[]): MergeResult {
  const facts: MergedCandidate[] = [];
  const byKey = new Map<string, MergedCandidate[]>();

  for (const list of perDocument) {
    for (const c of list) {
      const key = mergeKey(c);
      const same = byKey.get(key) ?? [];
      const target = same.find((f) => similarSubjects(f.subject, c.subject));
      if (target) {
        for (const e of c.evidence) {
          if (!target.evidence.some((x) => x.sourceKey === e.sourceKey && x.start === e.start && x.end === e.end))
            target.evidence.push(e);
          if (!target.sources.includes(e.sourceKey)) target.sources.push(e.sourceKey);
        }
        const seen = new Set([target.answer.toLowerCase(), ...target.variants.map((v) => v.toLowerCase())]);
        for (const v of [c.answer, ...c.variants]) {
          if (!seen.has(v.toLowerCase())) {
            seen.add(v.toLowerCase());
            target.variants.push(v);
          }
        }
        // Stated in several places: a little more worth showing.
        target.score = Math.min(1, Math.round((Math.max(target.score, c.score) + 0.05) * 100) / 100);
        continue;
      }
      const merged: MergedCandidate = {
        ...c,
        variants: [...c.variants],
        evidence: [...c.evidence],
        subject: [...c.subject],
        sources: [...new Set(c.evidence.map((e) => e.sourceKey))],
      };
      facts.push(merged);
      same.push(merged);
      byKey.set(key, same);
    }
  }

  // Conflicts: union-find over pairs that disagree.
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  const pairs: { a: number; subject: string }[] = [];
  const pool = facts
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.kind === "date" || f.kind === "figure" || f.kind === "arms-transfer");
  for (let x = 0; x < pool.length; x++) {
    for (let y = x + 1; y < pool.length; y++) {
      const a = pool[x];
      const b = pool[y];
      if (!a || !b || a.f.kind !== b.f.kind) continue;
      // Only documents that disagree with each other: each side needs a source the other lacks.
      if (!a.f.sources.some((s) => !b.f.sources.includes(s)) || !b.f.sources.some((s) => !a.f.sources.includes(s)))
        continue;
      let subject: string | null = null;
      if (a.f.kind === "arms-transfer") {
        if (a.f.answerKey === b.f.answerKey && a.f.transfer?.status !== b.f.transfer?.status) subject = a.f.answerKey;
      } else if (a.f.answerKey !== b.f.answerKey) {
        if (a.f.kind === "figure" && unitOf(a.f) !== unitOf(b.f)) continue;
        if (a.f.kind === "date" && !datesDisagree(a.f, b.f)) continue;
        const common = shared(a.f.subject, b.f.subject);
        if (common.length >= 2 && similarSubjects(a.f.subject, b.f.subject)) subject = common.join(" ");
      }
      if (subject === null) continue;
      const ra = find(a.i);
      const rb = find(b.i);
      if (ra !== rb) parent[rb] = ra;
      pairs.push({ a: a.i, subject });
    }
  }

  const groups = new Map<number, MergedCandidate[]>();
  facts.forEach((f, i) => {
    const r = find(i);
    const list = groups.get(r) ?? [];
    list.push(f);
    groups.set(r, list);
  });
  const why = new Map<number, string>();
  for (const p of pairs) {
    const r = find(p.a);
    if (!why.has(r)) why.set(r, p.subject);
  }

  const conflicts: ConflictGroup[] = [];
  const used = new Set<string>();
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const subject = why.get(root) ?? members[0]?.subject.slice(0, 3).join(" ") ?? "";
    const first = members[0];
    let group = slugFrom(`${subject} ${first?.kind ?? ""}`, 50, "conflict");
    for (let n = 2; used.has(group); n++) group = `${group.replace(/-\d+$/, "")}-${n}`;
    used.add(group);
    for (const m of members) m.conflict = group;
    conflicts.push({ group, subject, members });
  }
  // Best first across documents, as the review screen shows them (stable for equal scores).
  facts.sort((a, b) => b.score - a.score);
  return { facts, conflicts };
}
