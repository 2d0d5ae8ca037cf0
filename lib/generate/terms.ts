// Terms and names a sentence gives for something, read from the shape of the writing rather than
// the clause: "the ancient cemeteries, or huacals, as they are called …", "the oldest assembly,
// the Althingi,", "Firefox Mobile (codenamed Fennec)", "the receptor was named Jabba". Works on
// the raw sentence, so long sentences (which get no clause reading) still yield these cards.

export interface TermCard {
  prompt: string;
  /** Offsets of the answer inside the sentence. */
  start: number;
  end: number;
  role: "alternative" | "apposition" | "alias" | "naming";
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
  `((?:[Tt]he|[Tt]his)\\s+(?:${WORD}\\s+){0,4}?${WORD})\\s+(is|are|was|were)\\s+(?:named|called|dubbed|termed)\\s+((?:the\\s+)?\\p{Lu}${WORD}(?:\\s+\\p{Lu}${WORD}){0,2}|[‘“"'][^’”"']{2,30}[’”"']|${LOWER_TERM})`,
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
  for (const m of /\b(?:named|called|dubbed|termed)\s/.test(sentence) ? sentence.matchAll(NAMING) : []) {
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
  return out;
}
