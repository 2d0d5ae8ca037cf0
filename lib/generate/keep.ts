// Last checks on a built card, for what a teacher deletes on sight even where the card is
// mechanically sound: a question that stops where its sentence goes on ("Who transferred the
// nominal ownership?" of "… the nominal ownership of the code to …").

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// What, right after the question's last words in the sentence, shows that the question stopped
// inside a phrase: "of …" and "whose …" complete the noun before them; "as …" completes a verb
// like "see X as Y"; a finite verb after a noun ("at the time the rebels were defeated") means
// the question kept a subject and lost its clause.
const CONTINUES = /^\s+(?:of|whose|as)\s/i;
const CONTINUES_NOUN = /^\s+(?:of|whose)\s/i;
const CLAUSE_GOES_ON = /^\s+(?:were|was|is|are|had|has|have)\s/i;
// A time noun ("in the years", "at the time") needs what it is the time of.
const TIME_NOUN = /\b(?:years?|time|times|period|days|months|decades|weeks|centuries)$/i;
const TIME_FRAME = /^\s+(?:after|before|since|following|when|of)\s/i;

// Where the words that complete a question end: at a comma or other break, at a relative word
// or "and" past the first two words, and no further than MAX_TAIL words.
const MAX_TAIL = 10;

function completion(after: string): string | undefined {
  const words: string[] = [];
  for (const m of after.matchAll(/\S+/g)) {
    const w = m[0];
    const bare = w.replace(/[,;:.!?)\u2014\u2013"\u201d]+$/u, "");
    // "… branch of the codebase [by Dave Hyatt, …]": a phrase after the needed one is left out.
    if (
      words.length >= 2 &&
      /^(?:which|who|whom|whose|that|and|or|while|where|when|by|with|from|in|on|at|for|to|during|since|into)$/i.test(
        bare,
      )
    )
      break;
    if (/^[(\u2014\u2013]/u.test(w)) break;
    words.push(bare);
    if (bare !== w || words.length > MAX_TAIL) break;
  }
  if (words.length === 0 || words.length > MAX_TAIL) return undefined;
  return words.join(" ");
}

/**
 * A question that stops where its sentence goes on with words the question needs, written out
 * with them: the last words of the question are found in the sentence (outside the answer) and
 * what follows them there completes them ("Who transferred the nominal ownership?" of "… the
 * nominal ownership of the code to …" → "… the nominal ownership of the code?"). Returns the
 * question unchanged when it is whole, the completed question, or undefined when the completion
 * is too long or would give the answer away. `answerAt` is the answer's span inside `sentence`.
 */
export function completeShortQuestion(
  question: string,
  sentence: string,
  answerAt: { start: number; end: number },
): string | undefined {
  if (question.includes("____") || !question.endsWith("?")) return question;
  // "How wide is the main span?" of "The main span is 45 m long and 3 m wide": the verb after
  // the subject in the sentence is the question's own.
  if (/^How\s+(?:wide|deep|long|high|tall|thick|broad|heavy|far)\s+(?:is|are|was|were)\s/.test(question))
    return question;
  const words = question.slice(0, -1).trim().split(/\s+/);
  if (words.length < 3) return question;
  const last = words[words.length - 1] ?? "";
  // Two words of tail, three when the last is a short word ("in support", "had come").
  const tail = words.slice(-(last.length <= 3 ? 3 : 2));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${tail.map(escape).join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
  for (const m of sentence.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    // The answer follows in the same clause ("X is [an annual event]", "the pits were [4 feet] deep"):
    // the question asks for it there.
    const gap = sentence.slice(end, answerAt.start);
    if (end <= answerAt.start && !/[,;:()]/.test(gap) && gap.trim().split(/\s+/).length <= 4) continue;
    if (m.index !== undefined && m.index < answerAt.end && answerAt.start < end) continue;
    const after = sentence.slice(end, end + 40);
    const short =
      CONTINUES.test(after) ||
      (!/(?:ed|en)$|^(?:is|was|are|were|be|been|do|does|did|that|which|who)$/i.test(last) &&
        CLAUSE_GOES_ON.test(after) &&
        !/\b(?:who|which|that)\s/i.test(tail.join(" "))) ||
      (TIME_NOUN.test(last) && TIME_FRAME.test(after));
    if (!short) continue;
    // "What were OkCupid's actions?" of "… saw OkCupid's actions as hypocritical": the sentence
    // does not say what X is, so a definition question cannot be completed.
    if (/^(?:What|Who)\s+(?:is|are|was|were)\s/.test(question) && !CONTINUES_NOUN.test(after)) return undefined;
    const rest = sentence.slice(end);
    const more = completion(rest);
    if (!more) return undefined;
    // The completion must not run into the answer.
    const moreEnd = end + rest.indexOf(more.split(" ").pop() ?? "") + 1;
    if (end < answerAt.end && answerAt.start < moreEnd) return undefined;
    return `${question.slice(0, -1).trimEnd()} ${more}?`;
  }
  return question;
}

// Words of a question that say nothing about what it is about.
const FUNCTION_WORDS = new Set(
  (
    "what which who whom whose when where why how many much is are was were be been being do does did has have had " +
    "the a an of in on at to for from by with into onto as and or but not no than then that this these those there " +
    "it its their his her they them one some any all each every other another more most less such very also still " +
    "can could may might must shall should will would same own about over under after before between through during"
  ).split(" "),
);

// "the world", "the future": definites that need no passage before them.
const GENERIC_DEFINITE =
  /^(?:world|past|future|present|public|internet|web|sun|moon|earth|sea|ocean|same|first|last|most|least|end|beginning|middle|rest)$/;

const MIN_WORDS = 200;

/** How often each word (lower case, a plural's "s" dropped) occurs in a text. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = stem(m[0]);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  return w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * A question that names nothing a reader could place: no name, number or quoted term, and no
 * word the document keeps coming back to ("Where was the movement strongest?", "What does the
 * drainage comprise?", "What saw a sharp decrease?"). Its subject was introduced by the passage
 * around the sentence, which the card does not show. `counts` is wordCounts of the document,
 * `words` its length in words.
 */
export function namesNothing(
  question: string,
  answer: string,
  counts: ReadonlyMap<string, number>,
  words: number,
): boolean {
  // How often a word comes back says little in a short text.
  if (question.includes("____") || words < MIN_WORDS) return false;
  // Only a definite phrase points back at the passage: "the drainage", or a subject answer like
  // "the smaller pit". A bare term ("microbes", "What was broken up into duchies?" → "Germany")
  // stands alone.
  const definite = [...question.matchAll(/\bthe\s+(\p{Ll}[\p{L}-]*)/gu)].some(
    (m) => !GENERIC_DEFINITE.test(m[1] ?? ""),
  );
  if (!definite && !/^[Tt]he\s+\p{Ll}/u.test(answer.trim())) return false;
  const rest = question.replace(/^\S+\s*/, "");
  if (/[\p{Lu}\p{N}"“”‘’']/u.test(rest.replace(/['’]s\b/g, ""))) return false;
  const topical = Math.max(6, words / 500);
  const content = rest
    .replace(/\?$/, "")
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}'’-]/gu, ""))
    .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w.toLowerCase()));
  return !content.some((w) => (counts.get(stem(w)) ?? 0) >= topical);
}

/** How often each word is written with a capital and without one in a text. */
export function caseCounts(text: string): Map<string, { upper: number; lower: number }> {
  const counts = new Map<string, { upper: number; lower: number }>();
  for (const m of text.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const w = m[0];
    const key = w.toLowerCase();
    const entry = counts.get(key) ?? { upper: 0, lower: 0 };
    if (/^\p{Lu}\p{Ll}/u.test(w)) entry.upper++;
    else if (w === key) entry.lower++;
    counts.set(key, entry);
  }
  return counts;
}

// Words written with a capital at the head of sentences and seldom otherwise, which a question
// lower-cases rightly.
const SENTENCE_OPENERS = new Set(
  "however therefore thus although though while since because after before during in on at for from with by as if when where what which who whom why how this these those there here some many most several few each every all both either neither".split(
    " ",
  ),
);

/**
 * A question made ready to show: a focus adverb that only ties the sentence to the one before it
 * is left out ("Who is also the inventor of X?" → "Who is the inventor of X?"), and a word the
 * question lower-cased gets its capital back where the document never writes it without one
 * ("What is rust?" of a document on the Rust language). Blank cards are the sentence as written.
 */
export function tidyQuestion(
  question: string,
  sentence: string,
  cases: ReadonlyMap<string, { upper: number; lower: number }>,
): string {
  if (question.includes("____")) return question;
  let q = question.replace(/\s+also(?=\s)/gi, "").replace(/,?\s+(?:too|as well)\?$/i, "?");
  // Only the sentence's first word, the one a question lower-cases, and only where the document
  // writes it with a capital more than once and never without.
  // A fact-sheet label ("Public debt: 80% of GDP") is no sentence: its words are lower-cased rightly.
  const label = /^[^.]{0,60}:/.test(sentence);
  const first = label ? undefined : /^\p{Lu}\p{Ll}[\p{L}-]*/u.exec(sentence)?.[0].toLowerCase();
  q = q.replace(/(?<=\s)\p{Ll}[\p{L}-]*/gu, (w) => {
    const c = cases.get(w);
    if (w !== first || !c || c.lower > 0 || c.upper < 2 || SENTENCE_OPENERS.has(w)) return w;
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
  return q;
}

// Particles of a name ("Heinrich von ____"): the blank is the rest of one name.
const NAME_PARTICLE = /\p{Lu}[\p{L}'’-]*\s+(?:von|van|de|der|den|da|di|du|del|della|le|la|bin|ibn|al|ter)\s+$/u;

/**
 * A blank that asks for a piece rather than a fact: the rest of a name ("Heinrich von ____",
 * "include ____ One Touch Fire") or one member of a list the sentence gives in full
 * ("with that of Veragua, ____, and the South American continent"). The blank's span is
 * `answerAt` inside `sentence`.
 */
export function blankOnAPiece(sentence: string, answerAt: { start: number; end: number }): boolean {
  const before = sentence.slice(0, answerAt.start);
  const after = sentence.slice(answerAt.end);
  // "Mr. ____, who travelled in the north, says:": the sentence only opens what follows it.
  if (/:\s*$/.test(sentence)) return true;
  if (NAME_PARTICLE.test(before)) return true;
  // The blank runs on into a capitalised word: the name goes on past the blank.
  if (/^\s\p{Lu}/u.test(after) && !/^\s(?:I|A)\s/.test(after)) return true;
  // ", ____, and …" / "X, ____ and Y": a middle member of a list.
  if (/\p{L},\s+$/u.test(before) && /^(?:,\s+(?:and|or)\s|,\s+\p{Lu}|\s+(?:and|or)\s)/u.test(after)) return true;
  return false;
}

/**
 * Where a definition's answer ends: "What is X?" → "a free and open source" stops inside its noun
 * phrase ("… open source cross platform suite") and is no answer (-1); "an open source replacement
 * for the Adobe Flash Player" needs its for/of phrase, which is taken in when short (the new end);
 * otherwise the answer stands (its own end). Offsets are inside `sentence`.
 */
export function definitionEnd(question: string, sentence: string, answerAt: { start: number; end: number }): number {
  // Only "What is X?": "What are enzymes bound to?", "What was it called?" ask for something else.
  if (!/^(?:What|Who)\s+(?:is|are|was|were)\s/.test(question)) return answerAt.end;
  if (/\s(?:\p{Ll}+(?:ed|en)|to|of|for|from|in|on|at|by|with|as|into|called|named|known)\?$/u.test(question))
    return answerAt.end;
  const after = sentence.slice(answerAt.end);
  // The next word is a lower-case word that carries on the noun phrase (not a verb, preposition,
  // relative word or conjunction): the phrase was cut.
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
  if (
    next &&
    !/^(?:of|for|in|on|at|to|from|by|with|that|which|who|whose|where|when|and|or|but|as|than|is|was|are|were|has|have|had|can|will|would|may|since|until|developed|used|based|made|built|designed|created|written|managed|maintained|released|known|called|named|being|also|now|after|before|during|into|over|under|through|within|without|against|among|between|about|around|near|while|if|because|so|then|here|there|today|still|only|even|such|not|no)$/.test(
      next,
    ) &&
    !/(?:ed|ing)$/.test(next)
  )
    return -1;
  const pp =
    /^\s+(?:for|of)\s+[^,;:()—–]+?(?=[,;:()—–]|\.$|\s+(?:which|that|who|where|developed|used|since|by)\b|$)/u.exec(
      after,
    );
  if (pp && pp[0].trim().split(/\s+/).length <= 6) return answerAt.end + pp[0].length;
  return answerAt.end;
}

const COUNT = /\b(?:two|three|four|five|six|seven|eight|nine|ten|both)\s+(?!of\s+(?:them|these|those)\b)[\p{Ll}-]+/u;

/**
 * A question that asks for several things ("What are two forms of Provençal poetry?") answered
 * with one ("the counterpart of the Arabian cosidas"): the sentence lists them in parts the card
 * did not take, so its answer is wrong as written.
 */
export function oneForMany(question: string, answer: string): boolean {
  if (question.includes("____")) return false;
  const asked = /^(?:What|Which|Who)\s+(?:are|were)\s+(?:the\s+)?(.*)\?$/u.exec(question)?.[1] ?? "";
  const which = /^(?:What|Which)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s/u.test(question);
  if (!which && !COUNT.test(asked.split(/\s+/).slice(0, 2).join(" "))) return false;
  return !/,|\band\b|\bor\b|&/.test(answer);
}
