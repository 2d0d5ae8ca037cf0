// True/false items read as statements: the question recast as a declarative sentence carrying a
// proposed answer ("Iran and Russia signed the treaty on 17 January 2025."). Only shapes that
// can be rewritten safely are; others get a plain "The answer to … is …" sentence.
import { describeFromPrompt, isShortAnswer, withoutAttribution } from "./cards";
import type { Fact } from "./schema";
import { PAST, timelineLabel } from "./quiz-templates";

const WHEN =
  /^(?:when|by when|on what date|on which date|in what year|in which year|what year|which year|in what month and year|in which month and year|in what month|in which month)\s+(?:did|was|were)\s+/i;

/** "in 2025", "in January 2025", "on 17 January 2025", from how the date is written. */
function datePhrase(answer: string): string {
  const a = answer.trim();
  if (/^(?:in|on|by|from|between|during|around|about)\b/i.test(a)) return a;
  if (/\b\d{1,2}\b(?![\d,])/.test(a.replace(/\b\d{4}\b/g, "")) || /^\d{4}-\d{2}-\d{2}$/.test(a)) return `on ${a}`;
  return `in ${a}`;
}

const ADVERBS = new Set(["first", "officially", "formally", "finally", "originally", "publicly", "also", "still"]);
// An auxiliary followed by a name or determiner: the question's subject comes after it.
const INVERTED =
  /\b(?:do|does|did|would|will|can|could|should|might|may|is|was|are|were|has|have|had)\s+(?:the|a|an|its|\p{Lu})/u;

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that"]);

function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The answer inside a sentence: a capitalised "The" becomes "the", names keep their capitals. */
function inside(answer: string): string {
  return answer.trim().replace(/^The /, "the ").replace(/[.]$/, "");
}

function plural(answer: string): boolean {
  return / and /.test(answer) || (/^\d/.test(answer.trim()) === false && /,/.test(answer));
}

/**
 * A declarative sentence claiming `shown` answers the fact's question, or null when the question
 * has no shape we can rewrite without a parser.
 */
export function statementFor(fact: Fact, shown: string): string | null {
  const question = capitalise(withoutAttribution(fact.prompt).trim());
  const answer = shown.trim().replace(/[.]$/, "");
  if (!question.endsWith("?")) return null;

  // Dates: "On what date did Iran join the SCO?" -> "Iran joined the SCO on 4 July 2023."
  const when = WHEN.exec(question);
  if (when) {
    const aux = /(did|was|were)\s+$/i.exec(when[0])?.[1]?.toLowerCase();
    if (aux === "did") {
      const label = timelineLabel({ ...fact, prompt: question });
      return label === question ? null : `${label} ${datePhrase(answer)}.`;
    }
    // "When was the brief first published?" -> "The brief was first published on …": the "was"
    // goes back before the participle (and an adverb in front of it).
    const words = question.slice(when[0].length, -1).split(" ");
    // The last participle before any comma: "the agreement known as the JCPOA concluded".
    const end = words.findIndex((w) => w.endsWith(","));
    const head = end < 0 ? words : words.slice(0, end + 1);
    let p = -1;
    head.forEach((w, i) => {
      if (i > 0 && /^[a-z]+(?:ed|en|wn|ld|nt|ne),?$/.test(w)) p = i;
    });
    if (p < 0) return null;
    if (ADVERBS.has(words[p - 1] ?? "")) p--;
    words.splice(p, 0, aux ?? "was");
    return `${capitalise(words.join(" "))} ${datePhrase(answer)}.`;
  }

  // "Who is the author of …?" -> "Mohammadamin Akhlaghi is the author of …."
  const who = /^Who\s+(?!did\b|do\b|does\b)(.+)\?$/.exec(question);
  if (who) return `${capitalise(answer)} ${who[1]}.`;

  // "Whose death delayed …?" -> "Ebrahim Raisi's death delayed …."
  const whose = /^Whose\s+(.+)\?$/.exec(question);
  // "Whose influence would Russian bases counterbalance?" asks for the object: not rewritten.
  if (whose && !INVERTED.test(whose[1] ?? "")) {
    const owner = /'s?$|’s?$/.test(answer) ? answer : `${answer}'s`;
    return `${capitalise(owner)} ${whose[1]}.`;
  }

  // Below, the answer stands as the subject of the sentence: a clause ("That it …") cannot.
  const items = answer.split(/,\s*|\s+and\s+/);
  if (!isShortAnswer(answer) && !items.every((i) => isShortAnswer(i) && /^\p{Lu}|^the /u.test(i))) return null;
  if (/^(?:that|it|by|to|because|as|yes|no)\b/i.test(answer)) return null;

  // "What was the trade volume in 2024?" -> "The trade volume in 2024 was $4.8 billion."
  const what = /^What (is|was|are|were) (the [^?,]+)\?$/.exec(question);
  if (what) return `${capitalise(what[2] ?? "")} ${what[1]} ${inside(answer)}.`;

  // Object questions: "Which drone model did Iran export to Russia?" -> "Iran exported Shahed-136
  // to Russia." Only when the verb is one we know, so the sentence stays grammatical.
  const object = /^(?:Which|What) [^?,]+? (did|does|do) ([^?]+)\?$/.exec(question);
  if (object) {
    const words = (object[2] ?? "").split(" ");
    // A short named subject ("Moscow", "Vladimir Putin"), then the verb, then a plain object slot:
    // an indirect object ("send Russia …") or a stranded preposition would put the answer wrong.
    const v = words.findIndex((w, i) => i > 0 && i < 3 && PAST[w] !== undefined);
    const verb = words[v] ?? "";
    const rest0 = words[v + 1] ?? "";
    const named = words.slice(0, Math.max(v, 0)).every((w) => /^\p{Lu}/u.test(w));
    const stranded = /\b(?:to|for|with|from|of|in|on|at|by)(?:,|$)/.test(object[2] ?? "");
    // "agree in 1995 to build …": the answer belongs to the later verb.
    const infinitive = words
      .slice(v + 1)
      .some((w, i, rest) => w === "to" && /^[a-z]+$/.test(rest[i + 1] ?? "") && !DETERMINERS.has(rest[i + 1] ?? ""));
    if (v > 0 && named && !/^\p{Lu}/u.test(rest0) && !stranded && !infinitive) {
      const form = object[1] === "did" ? (PAST[verb] ?? verb) : object[1] === "does" ? thirdPerson(verb) : verb;
      const rest = words.slice(v + 1).join(" ");
      return `${capitalise(words.slice(0, v).join(" "))} ${form} ${inside(answer)}${rest ? ` ${rest}` : ""}.`;
    }
  }

  // Subject questions: "Which Russian helicopter did …" are not; "Which country is the largest
  // investor in …?" is: "Russia is the country that is the largest investor in …."
  const description = describeFromPrompt({ ...fact, prompt: question });
  // A long noun phrase means the verb was probably guessed wrong ("system appears … supplies").
  const noun = description ? /^The (.+?) (?:that|who) /.exec(description)?.[1] : undefined;
  if (description && noun !== undefined && noun.split(" ").length <= 5) {
    const body = description.replace(/^The /, "the ").replace(/\.$/, "");
    return `${capitalise(inside(answer))} ${plural(answer) ? "are" : "is"} ${body}.`;
  }
  return null;
}

/** The statement shown in a true/false item: the rewrite when there is one, else a plain claim. */
export function trueFalseStatement(fact: Fact, shown: string): string {
  return statementFor(fact, shown) ?? `The answer to “${fact.prompt}” is “${shown.trim()}”.`;
}
