// Questions that end where their meaning should begin. Two shapes a teacher always deletes:
//   - a preposition left at the end whose object was the answer, when the answer is a date or a
//     figure ("What did the board say on? → Monday", "In what year was it enlarged between? → 1836"):
//     English asks those with When or a fronted preposition, and "between" needs both ends;
//   - a verb of saying whose content was cut off ("Which organisation said on Monday?"): what was
//     said is the fact, and the question no longer holds it.
// Stranded prepositions are fine with other answers ("What is the bridge made of?"). The verbs are
// matched in lower case only: "the United States?" ends in a name, not a verb of saying.

const PREPOSITION_END = /\b(?:on|in|at|by|from|since|until|till|during|before|after|between|around|about|of)\?$/i;
// Forms that are verbs, not also nouns ("notes", "reports", "claims" end many good questions).
const SAYING =
  /\b(?:say|says|said|stated|announced|reported|told|claimed|added|noted|explained)(?:\s+(?:on|in|at|last|this|that|earlier|later)(?:\s+[\p{L}\d-]+){0,2})?\?$/u;

const TIME_WORD =
  /^(?:(?:on|in|at)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|\d)/i;

/**
 * Why the question cannot stand, or null. `kind` is the candidate's kind (date, figure, …); a
 * weekday or a month in the answer counts as a date.
 */
export function danglingQuestion(
  prompt: string,
  kind: string,
  answer = "",
): "stranded-preposition" | "saying-without-content" | null {
  if (prompt.includes("____")) return null;
  const q = prompt.trim();
  if (/\bbetween\?$/i.test(q)) return "stranded-preposition";
  if ((kind === "date" || kind === "figure" || TIME_WORD.test(answer.trim())) && PREPOSITION_END.test(q))
    return "stranded-preposition";
  // "What did the board say?" asks for what was said; "Who said on Monday?" has lost it.
  if (SAYING.test(q) && !/^What\b/.test(q)) return "saying-without-content";
  return null;
}

// A year between other years of one list: "in 1998, 2002, 2016 and 2020".
const YEAR_BEFORE = /(?:\b\d{4}\s*,\s*|\b\d{4},?\s+and\s+)$/;
const YEAR_AFTER = /^(?:\s*,\s*\d{4}\b|,?\s+and\s+\d{4}\b)/;

/**
 * Answers cut out of a larger one, which no question can ask as written: one year of a list of
 * years (each card would hold the others in its question, or claim one year where there are
 * several), and a bare noun whose -ing head was left behind ("suffered mass bleaching" → "mass").
 * `before` and `after` are the sentence's text on either side of the answer.
 */
export function cutAnswer(answer: string, before: string, after: string): "year-of-a-list" | "cut-before-head" | null {
  const a = answer.trim();
  if (/^\d{4}$/.test(a) && (YEAR_BEFORE.test(before) || YEAR_AFTER.test(after))) return "year-of-a-list";
  if (/^\p{Ll}+$/u.test(a) && /^\s+\p{Ll}{3,}ing\b(?!\s+(?:to|that)\b)/u.test(after)) return "cut-before-head";
  return null;
}

// "By what percentage …" fits a change ("did exports rise"); of a share ("coral reefs cover less
// than one percent of the ocean floor") it reads as nonsense.
const CHANGE_VERB =
  /\b(?:ris(?:e|es|en)|rose|f[ae]ll(?:s|en)?|increase[ds]?|decrease[ds]?|gr[eo]ws?|grown|drop(?:s|ped)?|decline[ds]?|climb(?:s|ed)?|jump(?:s|ed)?|surge[ds]?|shr[iu]nk|shrinks|cut|cuts|reduce[ds]?|raise[ds]?|lower(?:s|ed)?|expand(?:s|ed)?|contract(?:s|ed)?|gain(?:s|ed)?|lose|loses|lost|slip(?:s|ped)?|plunge[ds]?|soar(?:s|ed)?|go up|went up|go down|went down|change[ds]?|vary|varied|improve[ds]?|worsen(?:s|ed)?|exceed(?:s|ed)?|outpace[ds]?)\b/;

/**
 * The question with its "By what percentage" fitted to what the figure is: kept for a change,
 * turned round for a share ("By what percentage do reefs cover of the floor?" → "What percentage
 * of the floor do reefs cover?"); null when it fits neither.
 */
export function percentageQuestion(prompt: string): string | null {
  if (!/^By what percentage\b/.test(prompt)) return prompt;
  if (CHANGE_VERB.test(prompt)) return prompt;
  const share =
    /^By what percentage\s+(do|does|did|is|are|was|were|has|have|had)\s+(.+?)\s+(\p{Ll}+)\s+of\s+(.+)\?$/u.exec(prompt);
  if (share) return `What percentage of ${share[4]} ${share[1]} ${share[2]} ${share[3]}?`;
  return null;
}

/**
 * A blank on part of a quoted term ('known as "petites ____"'): the quotation is one name, and a
 * blank on one of its words asks the reader to complete a phrase, not to recall a fact.
 */
export function blankInsideQuote(prompt: string): boolean {
  for (const m of prompt.matchAll(/["“]([^"”]{0,80})["”]/g)) {
    const inside = m[1] ?? "";
    if (inside.includes("____") && /\p{L}/u.test(inside.replace("____", ""))) return true;
  }
  return false;
}
