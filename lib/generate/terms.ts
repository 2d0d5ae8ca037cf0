// Terms and names a sentence gives for something, read from the shape of the writing rather than
// the clause: "the ancient cemeteries, or huacals, as they are called …", "the oldest assembly,
// the Althingi,", "Firefox Mobile (codenamed Fennec)", "the receptor was named Jabba". Works on
// the raw sentence, so long sentences (which get no clause reading) still yield these cards.
// Also the ways any text introduces a term of its own: "there were some called sirventes--that is
// "songs of service"", "the qanun, a kind of zither", "Biologists call the fungal partner the
// mycobiont", "adopted the oud and called it "lute"", "the word "juggler" comes from …", "a blend of
// "Mosaic" and "Godzilla"".
import { lexiconTags, toInfinitive } from "./nlp";
import { inVocabulary } from "./pos";

export interface TermCard {
  prompt: string;
  /** Offsets of the answer inside the sentence. */
  start: number;
  end: number;
  role: "alternative" | "apposition" | "alias" | "naming" | "gloss" | "definition" | "origin" | "blend";
  /** Other accepted answers ("el oud" for "the Moorish el oud"). */
  variants?: string[];
}

const WORD = "[\\p{L}\\p{N}'’-]+";
// A noun phrase opened by an article or a possessive: "the ancient cemeteries", "Iceland's parliament".
// Words of a noun phrase: no preposition, conjunction or pronoun ("the court of X" is left alone).
const NP_WORD =
  "(?!(?:of|with|between|and|or|for|in|on|to|by|from|at|as|including|that|which|who|it|its|their|his|her|this|these|is|are|was|were)\\b)[\\p{L}\\p{N}'’-]+";
const NP = `(?<![\\p{L}\\p{N}'’-])(?:(?:[Tt]he|[Aa]n?)\\s+|\\p{Lu}${WORD}['’]s\\s+)(?:${NP_WORD}\\s+){0,4}?${NP_WORD}`;
const SHORT = `(?:${NP_WORD}\\s+){0,3}${NP_WORD}`;

// "The saraband, or Saracen dance, …", "the cemeteries, or huacals, as they are called throughout …".
const ALTERNATIVE = new RegExp(
  `(${NP}),\\s+or\\s+(${SHORT}),(?:\\s+as\\s+(?:they|it)\\s+(are|is|were|was)\\s+(?:called|known)((?:\\s+(?!by\\b)${WORD}){0,4}))?`,
  "gu",
);
// "… the world's oldest legislative assembly, the Althingi, which …".
// The name must end the phrase: a full stop, a bracket or a relative clause follows, not a list.
const APPOSITION = new RegExp(
  `(${NP}),\\s+((?:the\\s+)?\\p{Lu}${WORD}(?:\\s+\\p{Lu}${WORD}){0,2})(?=\\s*[.;]|\\s+\\(|,\\s+(?:which|who|whose|where)\\s)`,
  "gu",
);
// "Firefox Mobile (codenamed Fennec)", "SeaMonkey (formerly the Mozilla Application Suite)".
const ALIAS = new RegExp(
  `(\\p{Lu}${WORD}(?:\\s+\\p{Lu}${WORD}){0,3})\\s+\\((codenamed|code-named|code name:?|project name:?|formerly|formerly known as|also known as|also called|nicknamed)\\s+((?:the\\s+)?\\p{Lu}${WORD}(?:\\s+(?:to\\s+)?\\p{Lu}${WORD}){0,3})`,
  "gu",
);
// "the histone receptor was named Jabba", "the new voice was called the treble voice".
// A lower-case term is taken whole to the end of its clause, a short list included ("the triple,
// third, or treble voice"), but never a phrasal verb ("called on the council").
const NOT_TERM_WORD =
  "(?!(?:on|upon|for|off|out|up|back|in|into|to|at|by|from|with|of|the|a|an|and|but|which|that|who|as|after|before|during|since|it|them|him|her|this|these|those)\\b)";
const LOWER_TERM = `(?:the\\s+|an?\\s+)?${NOT_TERM_WORD}\\p{Ll}[\\p{L}'’-]*(?:(?:,\\s+(?:or\\s+)?|\\s+(?:or\\s+)?)${NOT_TERM_WORD}\\p{Ll}[\\p{L}'’-]*){0,5}(?=\\s*[.;:]|\\s*$)`;
const NAMING = new RegExp(
  `((?:[Tt]he|[Tt]his)\\s+(?:${WORD}\\s+){0,4}?${WORD})\\s+(is|are|was|were)\\s+(?:named|called|dubbed|termed|known\\s+as)\\s+((?:the\\s+)?\\p{Lu}${WORD}(?:\\s+\\p{Lu}${WORD}){0,2}|[‘“"'][^’”"']{2,30}[’”"']|${LOWER_TERM})`,
  "gu",
);

// "Rachel Stephens, senior analyst at RedMonk, said …", "Mitchell Baker, executive chairwoman of
// Mozilla Corporation, posted …": a person's role in an apposition.
const ROLE_NOUN =
  "(?:analyst|director|professor|president|vice[- ]president|chairman|chairwoman|chair|founder|co-founder|ceo|cto|officer|editor|author|spokesman|spokeswoman|spokesperson|minister|secretary|governor|manager|researcher|scientist|engineer|consul|ambassador|historian|journalist|correspondent|head|leader|lecturer|fellow|curator|commander|general|bishop|abbot|mayor|senator|chancellor|architect|designer|inventor|economist|partner|owner)";
const ROLE = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\p{Ll}][\\p{L}-]*\\s+){0,3}${ROLE_NOUN}(?:\\s+(?:of|at|for|with|in)\\s+[^,;:.()]{2,50})?),\\s+(\\p{Ll}+)`,
  "gu",
);

// Cheap tests first: the full patterns run only on sentences that can match them.
const HAS_APPOSITION =
  /,\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2}(?:\s*[.;]|\s+\(|,\s+(?:which|who|whose|where)\s)/u;
const HAS_ROLE = new RegExp(`,\\s+[^,]*\\b${ROLE_NOUN}\\b[^,]*,`, "i");

// Words that make the phrase before the comma something other than what the name names.
const NOT_A_HEAD =
  /(?:^(?:the|a|an)\s+(?:first|second|third|last|next|same|other|former|latter|rest|end|beginning|middle|time|year|case|way|fact|one)$|\b(?:name|names|word|words|term|number|part|kind|sort|type)$)/i;
const PRONOUNS = /^(?:it|they|this|these|that|those|he|she|we|which|who)\b/i;
const VERBS_IN_SHORT = /\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could)\b/i;

function lowerArticle(np: string): string {
  return np.replace(/^(The|A|An|This)\b/, (w) => w.toLowerCase());
}

function finish(q: string): string {
  const s = q.replace(/\s+/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Term and name cards of one sentence. */
export function termCards(sentence: string): TermCard[] {
  const out: TermCard[] = [];
  const push = (card: TermCard) => {
    if (card.end <= card.start || out.some((c) => c.start === card.start && c.end === card.end)) return;
    const answer = sentence.slice(card.start, card.end).toLowerCase();
    if (card.prompt.toLowerCase().includes(answer)) return;
    out.push(card);
  };
  if (sentence.includes(", or ")) {
    for (const m of sentence.matchAll(ALTERNATIVE)) {
      const np = m[1] ?? "";
      const alt = m[2] ?? "";
      if (NOT_A_HEAD.test(np) || PRONOUNS.test(alt) || VERBS_IN_SHORT.test(alt) || /^(?:or|and)\b/.test(alt)) continue;
      // A third item ("a, or b, or c") makes a list, not two names for one thing; "or perhaps better" is no name.
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      if (/^\s*or\s/.test(after) || /^(?:perhaps|rather|better|even|maybe|at least)\b|ly$/i.test(alt)) continue;
      const start = (m.index ?? 0) + np.length + sentence.slice((m.index ?? 0) + np.length).indexOf(alt);
      const verb = m[3];
      const where = (m[4] ?? "").trim();
      const prompt = verb
        ? `What ${verb} ${lowerArticle(np)} called${where ? ` ${where}` : ""}?`
        : `What is another name for ${lowerArticle(np)}?`;
      push({ prompt: finish(prompt), start, end: start + alt.length, role: "alternative" });
    }
  }
  for (const m of HAS_APPOSITION.test(sentence) ? sentence.matchAll(APPOSITION) : []) {
    const np = m[1] ?? "";
    const name = m[2] ?? "";
    // "the north, the south": an apposition names a described thing, so the phrase needs some description.
    if (np.split(/\s+/).length < 3 || NOT_A_HEAD.test(np) || /,/.test(np)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    push({
      prompt: finish(`What is the name of ${lowerArticle(np)}?`),
      start,
      end: start + name.length,
      role: "apposition",
    });
  }
  for (const m of HAS_ROLE.test(sentence) ? sentence.matchAll(ROLE) : []) {
    const name = m[1] ?? "";
    const role = m[2] ?? "";
    const next = m[3] ?? "";
    // The verb after the apposition gives the tense: "…, shared" was, "…, says" is.
    const past =
      /ed$|^(?:was|had|said|wrote|told|made|gave|took|went|came|saw|found|led|left|put|set|ran|won|met|paid|sent|spent|began|became)$/.test(
        next,
      );
    const determined = /^(?:the|a|an)\s/.test(role) ? role.replace(/^(?:a|an)\s/, "the ") : `the ${role}`;
    const start = m.index ?? 0;
    push({
      prompt: finish(`Who ${past ? "was" : "is"} ${determined}?`),
      start,
      end: start + name.length,
      role: "apposition",
    });
  }
  if (sentence.includes("(")) {
    for (const m of sentence.matchAll(ALIAS)) {
      const name = m[1] ?? "";
      const cue = (m[2] ?? "").replace(/:$/, "");
      const alias = m[3] ?? "";
      const start = (m.index ?? 0) + m[0].length - alias.length;
      const prompt = /code/.test(cue)
        ? `What is the code name of ${name}?`
        : /project/.test(cue)
          ? `What is the project name of ${name}?`
          : /formerly/.test(cue)
            ? `What was ${name} formerly called?`
            : `What is ${name} also known as?`;
      push({ prompt: finish(prompt), start, end: start + alias.length, role: "alias" });
    }
  }
  for (const m of /\b(?:named|called|dubbed|termed|known\s+as)\s/.test(sentence) ? sentence.matchAll(NAMING) : []) {
    const np = m[1] ?? "";
    const verb = m[2] ?? "is";
    let name = m[3] ?? "";
    let start = (m.index ?? 0) + m[0].length - name.length;
    if (/^[‘“"']/.test(name)) {
      name = name.slice(1, -1);
      start += 1;
    }
    if (np.split(/\s+/).length < 2) continue;
    push({
      prompt: finish(`What ${verb} ${lowerArticle(np)} ${/dubbed/.test(m[0]) ? "dubbed" : "called"}?`),
      start,
      end: start + name.length,
      role: "naming",
    });
  }
  if (/\b(?:called|known as|termed|named)\s/.test(sentence)) glossed(sentence, push);
  if (/,\s+(?:known|called|named|nicknamed)\s/.test(sentence)) participialNaming(sentence, push);
  if (sentence.includes(", ")) definitions(sentence, push);
  if (/\b(?:call|calls|called|name|names|named|term|terms|termed)\s+the\s/.test(sentence)) activeNaming(sentence, push);
  if (/\band\s+(?:called|named|dubbed|renamed)\s+(?:it|them)\s/.test(sentence)) adoptedAndCalled(sentence, push);
  if (/\bword\s/.test(sentence)) wordOrigins(sentence, push);
  if (/\b(?:blend|blending|portmanteau|combination|fusion|contraction)\s+of\s/.test(sentence)) blends(sentence, push);
  return out;
}

type Push = (card: TermCard) => void;

// "The new terminal building, known locally as the Lantern, opened in October."
const PARTICIPIAL_NAMING = new RegExp(
  `^((?:[Tt]he)\\s+(?:${WORD}\\s+){0,4}?${WORD}),\\s+(?:(known|called|named|nicknamed)(\\s+(?:locally|officially|popularly|commonly|informally|affectionately))?(?:\\s+as)?)\\s+((?:the\\s+)?\\p{Lu}${WORD}(?:\\s+\\p{Lu}${WORD}){0,2}|["“][^"”]{2,30}["”]),\\s+(\\p{Ll}+)`,
  "u",
);

function participialNaming(sentence: string, push: Push): void {
  const m = PARTICIPIAL_NAMING.exec(sentence);
  if (!m) return;
  const np = lowerArticle(m[1] ?? "");
  const verbAfter = m[5] ?? "";
  // The main verb gives the tense: "…, opened" was, "…, stands" is.
  const past =
    /ed$/.test(verbAfter) || lexiconTags(verbAfter).includes("PastTense") || /^(?:was|were|had)$/.test(verbAfter);
  if (!past && !/s$/.test(verbAfter) && !/^(?:is|are|has)$/.test(verbAfter)) return;
  const plural = /s$/.test(np) && !/ss$/.test(np);
  const be = past ? (plural ? "were" : "was") : plural ? "are" : "is";
  let name = m[4] ?? "";
  let start = (m.index ?? 0) + m[0].length - verbAfter.length - 2 - name.length;
  if (/^["“]/.test(name)) {
    name = name.slice(1, -1);
    start += 1;
  }
  const how = (m[3] ?? "").trim();
  const verb = m[2] === "known" ? "known as" : (m[2] ?? "called");
  push({
    prompt: finish(`What ${be} ${np} ${verb}${how ? ` ${how}` : ""}?`),
    start,
    end: start + name.length,
    role: "naming",
  });
}

/** The verb a question about the sentence is asked in: past when the sentence tells of the past. */
function pastSentence(sentence: string): boolean {
  return (
    /\b(?:was|were|had|did)\b/i.test(sentence) ||
    sentence.split(/\s+/).some((w) => lexiconTags(w).includes("PastTense"))
  );
}

// "there were some called sirventes--that is "songs of service,"": the term and the words it stands for.
const GLOSSED = new RegExp(
  `\\b(?:(is|are|was|were)\\s+)?(?:called|known\\s+as|termed|named)\\s+(\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2})\\s*(?:--|—|–|,)\\s*(?:that\\s+is|i\\.e\\.|meaning)\\s*,?\\s*["“‘]([^"”’]{3,40}?)[,.]?["”’]`,
  "gu",
);

function glossed(sentence: string, push: Push): void {
  for (const m of sentence.matchAll(GLOSSED)) {
    const term = m[2] ?? "";
    const gloss = (m[3] ?? "").replace(/[,.]$/, "").trim();
    if (gloss.split(/\s+/).length < 2) continue;
    // The verb before the term, or the one the sentence tells its story in.
    const verb =
      m[1] ??
      /\b(?:there\s+)?(is|are|was|were)\b(?![\s\S]*\b(?:is|are|was|were)\b)/i.exec(
        sentence.slice(0, m.index ?? 0),
      )?.[1] ??
      (pastSentence(sentence) ? "were" : "are");
    const plural = /^(?:are|were)$/i.test(verb) || /s$/.test(term);
    const tense = /^(?:was|were)$/i.test(verb) ? (plural ? "were" : "was") : plural ? "are" : "is";
    const start = (m.index ?? 0) + m[0].indexOf(term, m[0].length - (m[0].length - (m[1] ? m[1].length : 0)));
    push({ prompt: `What ${tense} "${gloss}" called?`, start, end: start + term.length, role: "gloss" });
  }
}

// A term a text introduces: lower-case words the lexicon does not know ("qanun", "chansons de geste").
const PARTICLE = /^(?:de|la|el|del|di|du|des|le|al|da|do|van|von)$/;
function isTerm(words: readonly string[]): boolean {
  const content = words.filter((w) => !PARTICLE.test(w));
  return (
    content.length > 0 &&
    content.length <= 3 &&
    words.every((w) => /^\p{Ll}[\p{L}'’-]*$/u.test(w)) &&
    content.every((w) => lexiconTags(w).length === 0 && !inVocabulary(w)) &&
    !PARTICLE.test(words[0] ?? "") &&
    !PARTICLE.test(words[words.length - 1] ?? "")
  );
}

const BOUNDARY = /^(?:in|of|with|around|about|on|at|from|for|by|to|into|and|or|that|which|who|\p{Ll}+ing|\p{Ll}+ed)$/u;

/** A definition cut back to at most `max` words, at a word a phrase can end before. */
function cutDefinition(words: readonly string[], max: number): string[] | null {
  if (words.length <= max) return [...words];
  // "small discs of cells that wash out …": a relative clause cut short reads worse than none.
  const relative = words.findIndex((w, k) => k >= 3 && k < max && /^(?:that|which|who)$/.test(w));
  if (relative > 0) return words.slice(0, relative);
  for (let k = max; k >= 3; k--) {
    const before = words[k - 1] ?? "";
    if (!BOUNDARY.test(words[k] ?? "") || BOUNDARY.test(before)) continue;
    // "the life and battles of …": an "and" inside a noun phrase is no place to stop.
    if (
      /^(?:and|or)$/.test(words[k] ?? "") &&
      !lexiconTags(words[k + 1] ?? "").some((t) => t === "Infinitive" || t === "Verb")
    )
      continue;
    if (lexiconTags(before).some((t) => t === "Verb" || t === "Infinitive" || t === "PresentTense")) continue;
    return words.slice(0, k);
  }
  return null;
}

// "the qanun, a kind of zither with seventy-eight strings, and …", "soredia, tiny clusters of
// fungal threads wrapped around …": a term, then what it is, to the end of the phrase.
const DEF_WORD =
  "(?!(?:and|or|but|nor|by|with|to|of|in|on|at|for|from|into|instead|over|under|one|some|many|has|have|had|are|is|was|were|be|been|being|which|that|who|whose|where|when|while|it|they|its|their|his|her|this|these|those|not|also|then|generally|sometimes|often|usually|always|never|still|only|even|very|more|most|each|every|all|both|the)\\b)\\p{Ll}[\\p{L}-]*";
const DEFINED = new RegExp(
  `(?<![\\p{L}'’-])(\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2}),\\s+` +
    `((?:an?\\s+(?:kind|type|form|sort|variety|style|species)\\s+of\\s+|(?:an?\\s+)?(?:${DEF_WORD}\\s+){0,2}${DEF_WORD}\\s+(?=(?:that|which|who|with|of|made|used|\\p{Ll}+ing|\\p{Ll}+ed)\\s))[^,;.()]*?)` +
    `(?=,|\\s*[.;]|\\s*$)`,
  "gu",
);

function definitions(sentence: string, push: Push): void {
  for (const m of sentence.matchAll(DEFINED)) {
    const raw = m[1] ?? "";
    // The term is the last one to three words before the comma that the lexicon does not know.
    const all = raw.split(/\s+/);
    let words: string[] | null = null;
    for (let n = Math.min(3, all.length); n >= 1; n--) {
      const tail = all.slice(-n);
      if (isTerm(tail) && (n === all.length || /^(?:the|of|a|an)$/.test(all[all.length - n - 1] ?? "") || n === 1)) {
        words = tail;
        break;
      }
    }
    if (!words) continue;
    const term = words.join(" ");
    const definition = (m[2] ?? "").trim().split(/\s+/);
    if (definition.length < 3) continue;
    // What it is: "a kind of …", "a bowed instrument with …", or plural things ("tiny clusters of …").
    const kindOf = /^an?\s+(?:kind|type|form|sort|variety|style|species)\s+of\s/.test(m[2] ?? "");
    const first = definition[0] ?? "";
    const singular = /^an?$/.test(first);
    // Where what describes the head noun starts ("a bowed instrument | with …").
    const head = definition.findIndex(
      (w, k) => k > (singular ? 1 : 0) && /^(?:that|which|who|with|of|made|used|\p{Ll}+ing|\p{Ll}+ed)$/u.test(w),
    );
    const headNoun = definition[head - 1] ?? "";
    // "a bowed instrument with …", not "a description of …": one thing is described, not only named.
    if (!kindOf && (head < 1 || (!singular && !/[^s]s$/.test(headNoun)) || (singular && head < 3))) continue;
    if (
      !kindOf &&
      lexiconTags(singular ? (definition[1] ?? "") : first).some((t) =>
        /^(?:Verb|PastTense|PresentTense|Adverb|Preposition|Conjunction|Determiner|Pronoun)$/.test(t),
      )
    )
      continue;
    // The term is what the sentence names before it: after "the", "of", a verb or the sentence start.
    const lead = sentence.slice(0, (m.index ?? 0) + raw.length - term.length);
    // ", of course, a …": a set phrase between commas is no term.
    if (/\b(?:that|this|those|these|which|who|and|or|but)\s*$/i.test(lead) || /(?:^|,)\s*\p{L}+\s*$/u.test(lead))
      continue;
    const cut = cutDefinition(definition, 8);
    // "a bowed instrument": a definition must say enough to tell the term from others.
    if (!cut || cut.length < 4) continue;
    const text = cut.join(" ");
    const start = (m.index ?? 0) + raw.length - term.length;
    const past = pastSentence(sentence.slice(0, start));
    const verb = singular ? (past ? "was" : "is") : past ? "were" : "are";
    push({ prompt: `What ${verb} ${text} called?`, start, end: start + term.length, role: "definition" });
  }
}

// "Biologists call the fungal partner the mycobiont (and the algal partner the photobiont)".
const ACTIVE_NAMING = new RegExp(
  `^((?:[Tt]he\\s+)?\\p{L}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})\\s+(call|calls|called|name|names|named|term|terms|termed)\\s+` +
    `(the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?\\p{Ll}[\\p{L}-]*)\\s+((?:the\\s+)?\\p{Ll}[\\p{L}-]*)(?=\\s*[.,;]|\\s+and\\s)` +
    `(?:\\s+and\\s+(the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?\\p{Ll}[\\p{L}-]*)\\s+((?:the\\s+)?\\p{Ll}[\\p{L}-]*)(?=\\s*[.,;]))?`,
  "u",
);

function activeNaming(sentence: string, push: Push): void {
  const m = ACTIVE_NAMING.exec(sentence);
  if (!m) return;
  const subject = m[1] ?? "";
  if (/^(?:it|they|we|he|she|i|you|this|these|some|many|others)$/i.test(subject.split(/\s+/)[0] ?? "")) return;
  const verb = (m[2] ?? "").toLowerCase();
  const base = verb
    .replace(/(?:ed|s)$/, "")
    .replace(/^nam$/, "name")
    .replace(/^call$/, "call");
  const lemma = base === "nam" ? "name" : base;
  const aux = /ed$/.test(verb) ? "did" : /s$/.test(verb) ? "does" : "do";
  // "Biologists call …": a common noun capitalised only as the sentence's first word.
  const common =
    /^\p{Lu}\p{Ll}+$/u.test(subject) &&
    (lexiconTags(subject.toLowerCase()).includes("Plural") || /(?:ists|ers|ians|ors)$/.test(subject));
  const who = common ? subject.toLowerCase() : subject.replace(/^The\s/, "the ");
  const pairs: [string, string][] = [[m[3] ?? "", m[4] ?? ""]];
  if (m[5] && m[6]) pairs.push([m[5], m[6]]);
  let from = (m.index ?? 0) + subject.length;
  for (const [thing, term] of pairs) {
    // The term is a name for the thing, not a further noun phrase ("the body the fungus").
    const bare = term.replace(/^the\s+/, "");
    if (lexiconTags(bare).length > 0 && !/^the\s/.test(term)) continue;
    const at = sentence.indexOf(`${thing} ${term}`, from);
    if (at < 0) continue;
    const start = at + thing.length + 1;
    from = start + term.length;
    push({
      prompt: `What ${aux} ${who} ${lemma === "nam" ? "name" : lemma} ${thing}?`,
      start,
      end: start + term.length,
      role: "naming",
    });
  }
}

// "Christian players adopted the rebab and called it "rebec"": what was taken over under a new name.
const ADOPTED = new RegExp(
  `^(?:That\\s+)?((?:[Tt]he\\s+)?\\p{L}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}?)\\s+(?:(?:should|would|could|may|might|must)\\s+have\\s+|had\\s+|have\\s+|has\\s+)?` +
    `(?!(?:in|of|on|at|from|with|by|for|to|into|near|the|a|an)\\s)(\\p{Ll}+)\\s+((?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+and\\s+(called|named|dubbed|renamed)\\s+(?:it|them)\\s+(?:the\\s+)?["“‘]?([\\p{L}][\\p{L} '-]{1,30}?)["”’]?(?=\\s|[.,;]|$)`,
  "u",
);

function adoptedAndCalled(sentence: string, push: Push): void {
  const m = ADOPTED.exec(sentence);
  if (!m) return;
  const written = m[1] ?? "";
  const first = written.split(/\s+/)[0] ?? "";
  // "Merchants in Stornoway": a common noun capitalised only as the sentence's first word.
  const common = /^The$/.test(first) || lexiconTags(first.toLowerCase()).includes("Plural");
  const subject = common ? written.charAt(0).toLowerCase() + written.slice(1) : written;
  if (/,/.test(subject) || /^(?:it|they|we|he|she|this|these)$/i.test(subject)) return;
  // The verb is a past form: "adopted", "bought", "took".
  if (!/ed$/.test(m[2] ?? "") && !lexiconTags(m[2] ?? "").includes("PastTense")) return;
  const verb = toInfinitive(m[2] ?? "");
  const call = toInfinitive(m[4] ?? "");
  // "brought the spice inland and called it …": an adverb after the object is no part of it.
  const written3 = m[3] ?? "";
  const lastWord = written3.split(/\s+/).pop() ?? "";
  const object =
    /ly$|^(?:inland|abroad|home|back|away|north|south|east|west|over|too)$/.test(lastWord) ||
    lexiconTags(lastWord).includes("Adverb")
      ? written3.slice(0, written3.length - lastWord.length).trimEnd()
      : written3;
  if (object.split(/\s+/).length < 2) return;
  const name = (m[5] ?? "").trim();
  const start = (m.index ?? 0) + m[0].indexOf(` ${written3} and `) + 1;
  // "the Moorish el oud": the thing itself, without its article and the names that qualify it.
  const bare = object.replace(/^(?:the|a|an)\s+/i, "");
  const core = bare.replace(/^(?:\p{Lu}[\p{L}-]*\s+)+(?=\p{Ll})/u, "");
  push({
    prompt: `What did ${subject} ${verb} and ${call} "${name}"?`,
    start,
    end: start + object.length,
    role: "naming",
    ...(core !== bare ? { variants: [core] } : {}),
  });
}

// "our word "juggler" comes from the same source", "the word "lichen" comes from a Greek word …".
const WORD_ORIGIN = new RegExp(
  `\\b(?:[Tt]he|[Oo]ur)\\s+(?:(\\p{Lu}\\p{Ll}+)\\s+)?word\\s+["“‘_]([\\p{L}-]+)["”’_]\\s+(?:(probably|perhaps|possibly|ultimately|originally)\\s+)?(comes|came|derives|derived|is\\s+derived|was\\s+derived)\\s+from\\s+(the\\s+same\\s+source|[^,;.]{3,60}?)(?=\\s*[,;.]|\\s*$)`,
  "gu",
);

function wordOrigins(sentence: string, push: Push): void {
  for (const m of sentence.matchAll(WORD_ORIGIN)) {
    const language = m[1] ?? (/\bour\s+word\b/i.test(m[0]) ? "English" : "");
    const word = m[2] ?? "";
    const hedge = m[3] ? ` ${m[3]}` : "";
    const past = /^(?:came|derived|was)/.test(m[4] ?? "");
    const source = m[5] ?? "";
    const wordAt = (m.index ?? 0) + m[0].indexOf(word);
    const which = `Which ${language ? `${language} ` : ""}word`;
    if (/^the\s+same\s+source$/i.test(source)) {
      // "They were called joglars in Provençal, …": the source is the one of the words named before.
      const named = /\bcalled\s+(\p{Ll}[\p{L}-]+)(?:\s+in\s+(\p{Lu}\p{Ll}+))?/u.exec(sentence.slice(0, m.index ?? 0));
      if (!named) continue;
      const other = named[2] ? `the ${named[2]} word "${named[1]}"` : `"${named[1]}"`;
      push({
        prompt: `${which}${hedge} ${past ? "shared" : "shares"} its source with ${other}?`,
        start: wordAt,
        end: wordAt + word.length,
        role: "origin",
      });
      continue;
    }
    push({
      prompt: `${which}${hedge} ${past ? "came" : "comes"} from ${source.replace(/["“”]/g, (q) => (q === "“" || q === "”" ? q : '"'))}?`,
      start: wordAt,
      end: wordAt + word.length,
      role: "origin",
    });
    const sourceAt = (m.index ?? 0) + m[0].length - source.length;
    push({
      prompt: `Where ${past ? "did" : "does"} the ${language ? `${language} ` : ""}word "${word}"${hedge} come from?`,
      start: sourceAt,
      end: sourceAt + source.length,
      role: "origin",
    });
  }
}

// "which is a blending of "Mosaic and Godzilla"", "is a blend of "cantiga" and "escarnio"".
const BLEND = new RegExp(
  `((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:[\\p{L}-]+\\s+){0,7}?[\\p{L}-]+)\\s+(?:(?:which|that)\\s+)?(is|was|are|were)\\s+(?:a|an)\\s+(blend|blending|portmanteau|combination|fusion|contraction)\\s+of\\s+` +
    `(["“]\\p{L}[\\p{L}-]*\\s+and\\s+\\p{L}[\\p{L}-]*["”]|["“]?\\p{L}[\\p{L}-]*["”]?\\s+and\\s+["“]?\\p{L}[\\p{L}-]*["”]?)`,
  "gu",
);

function blends(sentence: string, push: Push): void {
  for (const m of sentence.matchAll(BLEND)) {
    let np = m[1] ?? "";
    // "after the original code name of the browser": the phrase after its last preposition but "of".
    const cut = /^.*\b(?:after|before|from|to|for|with|by|in|on|at)\s+(?=(?:the|a|an)\s)/i.exec(np);
    if (cut) np = np.slice(cut[0].length);
    // "The project was named Mozilla after the code name …, which is a blend of …": the name itself.
    const named = /\bnamed\s+(\p{Lu}[\p{L}-]+)\s+after\s+[^,;]*$/u.exec(
      sentence.slice(0, (m.index ?? 0) + m[1]!.length),
    );
    if (named) np = `the name ${named[1]}`;
    if (np.split(/\s+/).length < 2) continue;
    const pieces = m[4] ?? "";
    const quotedWhole = /^["“].*["”]$/.test(pieces) && !/["”]\s+and\s+["“]/.test(pieces);
    const answer = quotedWhole ? pieces.slice(1, -1) : pieces;
    const start = (m.index ?? 0) + m[0].length - pieces.length + (quotedWhole ? 1 : 0);
    const names = /\p{Lu}/u.test(answer.replace(/^["“]/, "").charAt(0)) ? "names" : "words";
    push({
      prompt: `Which two ${names} ${/^(?:was|were)$/.test(m[2] ?? "") ? "made" : "make"} up ${lowerArticle(np)}?`,
      start,
      end: start + answer.length,
      role: "blend",
    });
  }
}
