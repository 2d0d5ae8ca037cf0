// Noun-phrase answers from the main clause, whatever they name: the subject ("Who settled
// Iceland?"), the direct object ("What did the troubadours adopt?"), a name given ("What are
// the burial grounds called?"), a definition ("What is a huacal?") and the agent of a passive
// ("Who founded Mozilla?"). Detectors find dates, figures and names; this finds the rest.
import { analyseClause, analyseClauseFrom, invertVerb, isPluralSubject, type Clause, type Token } from "./clause";
import { lexiconTags } from "./nlp";
import { capRest, isNounPhrase, lowerFirst, render, type PromptInput } from "./prompts";
import type { Mention } from "./types";

export interface PhraseCard {
  prompt: string;
  /** Offsets of the answer inside the sentence. */
  start: number;
  end: number;
  /** "subject" | "object" | "name" | "definition" | "agent". */
  role: string;
}

const MAX_ANSWER_WORDS = 7;
const NP_BODY: ReadonlySet<string> = new Set(["det", "adj", "noun", "nv", "proper", "mention", "num", "ed", "gerund"]);
const PRONOUN_ONLY =
  /^(?:it|they|this|these|those|that|which|who|he|she|we|i|you|there|such|some|many|most|others?|one|all|both|each)$/i;
const HUMAN_END =
  /(?:^|\b)(?:\w*men|\w*women|people|persons|immigrants|settlers|farmers|officials|leaders|members|authors|researchers|scientists|workers|respondents|professionals|developers|users|children|citizens|soldiers|kings|queens|poets|singers|minstrels|monks|priests|explorers|writers|founders|employees|volunteers|voters|students|teachers|engineers|officers|rulers|emperors|nobles|knights|artists|musicians|composers|historians|critics|journalists|politicians|ministers|diplomats|traders|merchants|sailors|pilots|troubadours|jongleurs|mastersingers|minnesingers|residents|inhabitants|participants|parents|peasants|servants|agents|opponents|supporters|proponents|protesters|advocates|observers|delegates|rebels|victims|readers|customers|patients|owners|donors|\w{3,}ists)$/i;

// Irregular past participles -> past tense, for turning a passive into an active question.
const PAST_OF: Record<string, string> = {
  written: "wrote",
  driven: "drove",
  taken: "took",
  given: "gave",
  chosen: "chose",
  known: "knew",
  seen: "saw",
  shown: "showed",
  begun: "began",
  drawn: "drew",
  grown: "grew",
  thrown: "threw",
  broken: "broke",
  spoken: "spoke",
  stolen: "stole",
  frozen: "froze",
  risen: "rose",
  ridden: "rode",
  eaten: "ate",
  fallen: "fell",
  forgotten: "forgot",
  hidden: "hid",
  bitten: "bit",
  done: "did",
  gone: "went",
  sung: "sang",
  sunk: "sank",
  begotten: "begot",
  worn: "wore",
  torn: "tore",
  sworn: "swore",
  borne: "bore",
  beaten: "beat",
  overtaken: "overtook",
  undertaken: "undertook",
};

// Prepositions whose object a question can ask for: "bound to", "derived from", "based on".
const PREP_OBJECT = new Set([
  "to",
  "from",
  "on",
  "into",
  "with",
  "for",
  "against",
  "after",
  "about",
  "upon",
  "onto",
  "toward",
  "towards",
]);
const SUB_STARTS = new Set([
  "because",
  "although",
  "though",
  "whereas",
  "since",
  "while",
  "when",
  "after",
  "before",
  "once",
  "until",
  "unless",
  "if",
]);
const VERBISH: ReadonlySet<string> = new Set(["past", "ed", "present", "nv", "aux"]);

const HUMAN_PLURALS =
  /(?:residents|students|agents|parents|immigrants|merchants|servants|peasants|inhabitants|participants|respondents|presidents)$/i;

// Heads too general to be what a card asks for ("the results", "the process", "the first").
const VAGUE_HEAD =
  /^(?:result|finding|thing|way|part|fact|case|issue|problem|process|effect|change|study|paper|work|idea|question|answer|view|aspect|factor|number|amount|level|area|point|time|period|year|day|one|kind|sort|type|form|use|role|place|side|end|rest|lot|group|people|person|man|men|woman|women|others?)s?$/i;

/**
 * A subject without a name that is still a term worth asking for: a bare technical noun the
 * lexicon does not know ("Histones join …", "Cremation was …"), or a noun with a describing word
 * before it ("the global financial crisis", "human hair"). Not a person ("the researchers") and
 * not a general head ("the results").
 */
function isTerm(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > 5) return false;
  // Modifiers may be participles ("charred barley"); the head is a noun.
  if (words.some((t, k) => !["det", "adj", "noun", "nv", ...(k < words.length - 1 ? ["ed"] : [])].includes(t.cls)))
    return false;
  const head = words[words.length - 1];
  if (!head || (head.cls !== "noun" && head.cls !== "nv")) return false;
  const word = head.text.toLowerCase();
  const tags = lexiconTags(word);
  if (VAGUE_HEAD.test(word) || HUMAN_END.test(word) || HUMAN_PLURALS.test(word) || tags.includes("Actor")) return false;
  if (/s$/.test(word) && lexiconTags(word.slice(0, -1)).includes("Actor")) return false;
  const det = words[0]?.cls === "det" ? (words[0]?.text.toLowerCase() ?? "") : "";
  if ((det !== "" && det !== "the") || /^(?:all|every|each|any|no)$/i.test(words[0]?.text ?? "")) return false;
  // "the way the histones": a second determiner starts a clause inside the phrase.
  if (words.slice(1).some((t) => t.cls === "det")) return false;
  const content = words.filter((t) => t.cls !== "det");
  // A single bare word: a term only when the lexicon does not know it as an everyday noun.
  if (content.length === 1) return det === "" && (tags.length === 0 || tags.includes("Uncountable"));
  return true;
}

function isPersonish(tokens: Token[], from: number, to: number, mentions: readonly Mention[]): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // "Eich's resignation": a person named as the owner is not the phrase's head.
    if (t?.cls === "mention" && t.mention !== undefined && mentions[t.mention]?.kind === "person")
      return i + 1 >= to || !(/['\u2019]s$/.test(t.text) || /^['\u2019]/.test(tokens[i + 1]?.text ?? ""));
  }
  const last = tokens[to - 1];
  if (!last) return false;
  const word = last.text.toLowerCase();
  if (HUMAN_END.test(word) || HUMAN_PLURALS.test(word)) return true;
  return lexiconTags(word).includes("Actor") || (/s$/.test(word) && lexiconTags(word.slice(0, -1)).includes("Actor"));
}

function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => w !== "").length;
}

/** End of a noun phrase starting at `from` (its determiners, modifiers, "of" + noun phrase). */
function nounPhraseEnd(tokens: Token[], from: number, to: number): number {
  let i = from;
  let sawHead = false;
  while (i < to) {
    const t = tokens[i];
    if (!t) break;
    if (NP_BODY.has(t.cls)) {
      if (t.cls === "noun" || t.cls === "nv" || t.cls === "proper" || t.cls === "mention" || t.cls === "num")
        sawHead = true;
      i++;
      continue;
    }
    if (t.cls === "pronoun" && /^(?:its|their|his|her|our)$/i.test(t.text) && !sawHead) {
      i++;
      continue;
    }
    // "the caliph of Bagdad", "Norwegian and Celtic immigrants".
    if (sawHead && lower(t) === "of" && NP_BODY.has(tokens[i + 1]?.cls ?? "")) {
      i++;
      continue;
    }
    if (
      lower(t) === "and" &&
      (tokens[i + 1]?.cls === "adj" || tokens[i + 1]?.cls === "proper" || tokens[i + 1]?.cls === "mention") &&
      NP_BODY.has(tokens[i + 2]?.cls ?? "x")
    ) {
      i++;
      continue;
    }
    break;
  }
  // Nothing but determiners and modifiers is no phrase; a trailing gerund or -ed form starts a clause.
  while (
    i > from &&
    (tokens[i - 1]?.cls === "gerund" ||
      tokens[i - 1]?.cls === "ed" ||
      tokens[i - 1]?.cls === "det" ||
      tokens[i - 1]?.cls === "prep" ||
      tokens[i - 1]?.cls === "conj")
  )
    i--;
  return sawHead ? i : from;
}

function lower(t: Token | undefined): string {
  if (!t) return "";
  t.low ??= t.text.toLowerCase();
  return t.low;
}

function finish(q: string): string {
  const s = q.replace(/\s+/g, " ").replace(/\s+\?/g, "?").replace(/,\?/g, "?").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function answerSpan(tokens: Token[], from: number, to: number): { start: number; end: number } | null {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return null;
  let start = a.start;
  const first = a.text.toLowerCase();
  // "the Althingi" is answered "the Althingi"; "a legislative assembly" drops nothing either. A
  // leading "also"/"only" adverb is no part of it.
  if (a.cls === "adv") start = tokens[from + 1]?.start ?? start;
  void first;
  return { start, end: b.end };
}

/** Phrase cards for the main clause(s) of one sentence. */
// Verbs whose agent is a person or a body of people.
const HUMAN_AGENT_VERB =
  /^(?:designed|written|wrote|painted|composed|founded|led|discovered|invented|built|directed|commanded|edited|published|translated|signed|negotiated|drafted|proposed|introduced|established|organi[sz]ed|sculpted|photographed|recorded|produced|elected|appointed|ruled|governed|conquered|captured|defeated|murdered|killed|assassinated|married|adopted|named|owned|funded|sponsored|commissioned|planned|developed|created|devised|coined|described|observed|reported|identified|excavated|explored|mapped|surveyed|restored|rebuilt|renovated|taught|trained|coached|played|sung|performed)$/;

export function phraseCards(sentence: string, tokens: Token[], mentions: readonly Mention[]): PhraseCard[] {
  // A question in the text is not a statement of fact; a heading without a full stop is a title.
  if (/\?["\u201d)]?\s*$/.test(sentence) || !/[.!]["\u201d)]?\d{0,3}\s*$/.test(sentence)) return [];
  const input: PromptInput = { sentence, tokens, mentions, index: -1, kind: "concept" };
  const out: PhraseCard[] = [];
  const seenClauses = new Set<string>();
  // Each clause between semicolons/colons; analyseClause finds its subject and verb.
  const starts: [number, boolean][] = [[0, false]];
  tokens.forEach((t, i) => {
    if (t.text === ";" || t.text === ":") starts.push([i + 1, false]);
    // Subordinate and coordinated clauses with their own subject: "because histones are bound to
    // DNA", "have shown that the histones …", ", but they had …".
    const w = lower(t);
    if (i > 2 && (SUB_STARTS.has(w) || (w === "that" && VERBISH.has(tokens[i - 1]?.cls ?? ""))))
      starts.push([i + 1, true]);
    if (i > 2 && (w === "but" || w === "and" || w === "so") && tokens[i - 1]?.text === ",") starts.push([i + 1, true]);
  });
  for (const [from, nested] of starts) {
    if (from >= tokens.length) continue;
    const clause = nested ? analyseClauseFrom(tokens, from) : analyseClause(tokens, Math.min(from, tokens.length - 1));
    if (!clause) continue;
    const key = `${clause.subject[0]}|${clause.verb[0]}`;
    if (seenClauses.has(key)) continue;
    seenClauses.add(key);
    addCards(input, clause, out);
  }
  const fronted = frontedAgent(input);
  if (fronted) out.push(fronted);
  // "the same engine", "several concerns", "his part": answers that lean on other words.
  return out.filter((c) => !LEANING.test(sentence.slice(c.start, c.end)));
}

// Prepositions that end a fronted phrase's agent and start its setting ("… by settlers | in 874").
const SETTING_PREPS = new Set(["during", "in", "on", "at", "from", "between", "around", "after", "before", "since"]);

/**
 * A passive participle phrase in front of the subject says what was done to it: "Settled by
 * Norse farmers in the 870s, the island …" -> "Who settled the island in the 870s?" → "Norse
 * farmers". The agent runs to the first setting preposition or the comma.
 */
function frontedAgent(input: PromptInput): PhraseCard | null {
  const { tokens, mentions } = input;
  const first = tokens[0];
  if (!first || lower(tokens[1]) !== "by") return null;
  const word = lower(first);
  if (!(PAST_OF[word] || /[^e]ed$/.test(word))) return null;
  // The comma that closes the phrase, outside brackets.
  let comma = -1;
  let depth = 0;
  for (let i = 2; i < Math.min(tokens.length, 30); i++) {
    const t = tokens[i]?.text;
    if (t === "(") depth++;
    else if (t === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && t === ",") {
      comma = i;
      break;
    } else if (depth === 0 && (t === ";" || t === ":")) return null;
  }
  if (comma < 4) return null;
  let agentEnd = 2;
  depth = 0;
  while (agentEnd < comma) {
    const t = tokens[agentEnd];
    if (!t) break;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.cls === "prep" && SETTING_PREPS.has(lower(t))) break;
    else if (depth === 0 && !NP_BODY.has(t.cls) && t.cls !== "conj" && t.cls !== "adj" && t.cls !== "det") return null;
    agentEnd++;
  }
  if (agentEnd <= 2 || agentEnd - 2 > MAX_ANSWER_WORDS + 4) return null;
  const clause = analyseClauseFrom(tokens, comma + 1);
  if (!clause || clause.subject[0] !== comma + 1 || !isNounPhrase(tokens, clause.subject[0], clause.subject[1], -1))
    return null;
  const subject = render(input, clause.subject[0], clause.subject[1]);
  if (subject === "" || PRONOUN_ONLY.test(subject) || words(subject) > 6) return null;
  // A long setting is left out: the question would copy the sentence.
  const settingText = agentEnd < comma ? render(input, agentEnd, comma) : "";
  const setting = settingText !== "" && words(settingText) <= 6 ? ` ${settingText}` : "";
  const span = answerSpan(tokens, 2, agentEnd);
  if (!span) return null;
  const wh = isPersonish(tokens, 2, agentEnd, mentions) ? "Who" : "What";
  const past = PAST_OF[word] ?? word;
  return {
    prompt: finish(`${wh} ${past} ${lowerFirst(subject, tokens[clause.subject[0]])}${setting}?`),
    start: span.start,
    end: span.end,
    role: "agent",
  };
}

const LEANING =
  /^(?:some|several|many|various|much|more|most|other|others|such|these|those|this|that|his|her|its|their|our|my|your|the same|a (?:large |small |great )?(?:number|lot|few|couple|series|range|variety) of)\b/i;

function addCards(input: PromptInput, clause: Clause, out: PhraseCard[]): void {
  const { tokens, sentence, mentions } = input;
  const [s0, s1] = clause.subject;
  const [v0, v1] = clause.verb;
  const r0 = clause.rest[0];
  // A purpose or cause ends what the clause says about its object ("raised prices | in order to …").
  let r1 = clause.rest[1];
  for (let i = r0; i < r1; i++) {
    const w = lower(tokens[i]);
    const next = lower(tokens[i + 1]);
    if (
      w === "because" ||
      (w === "in" && next === "order") ||
      (w === "so" && next === "as") ||
      (w === "due" && next === "to") ||
      (w === "in" && next === "an" && lower(tokens[i + 2]) === "effort")
    ) {
      r1 = i;
      break;
    }
  }
  if (!isNounPhrase(tokens, s0, s1, -1)) return;
  // "the way the histones kill …": a noun straight before a determiner starts a clause, so the
  // subject is not the noun phrase it looks like.
  for (let i = s0 + 1; i < s1; i++)
    if (tokens[i]?.cls === "det" && (tokens[i - 1]?.cls === "noun" || tokens[i - 1]?.cls === "nv")) return;
  const subjectText = render(input, s0, s1);
  if (subjectText === "" || PRONOUN_ONLY.test(subjectText) || words(subjectText) > 9) return;
  const verbWords = tokens.slice(v0, v1).map((t) => lower(t));
  const lastVerb = tokens[v1 - 1];
  const copula = verbWords.length === 1 && /^(?:is|are|was|were)$/.test(verbWords[0] ?? "");
  const passive =
    verbWords.length >= 2 &&
    /^(?:is|are|was|were|been|be)$/.test(verbWords[verbWords.length - 2] ?? "") &&
    (lastVerb?.cls === "ed" || lastVerb?.cls === "past");
  const verbText = render(input, v0, v1);
  const subjectLower = lowerFirst(subjectText, tokens[s0]);
  const plural = isPluralSubject(tokens, clause.subject);

  // 1. The subject as the answer: "Who settled Iceland in the late 9th century?"
  const restEnd = capRest(tokens, r0, r1, 7);
  const subjectWords = words(subjectText);
  // "These pillars", "The third", "Some devices": a subject that points elsewhere is no answer.
  const pointing =
    /^(?:this|these|that|those|such|some|each|both|another|other|its|their|his|her|our|the (?:first|second|third|fourth|fifth|former|latter|same|other|rest))\b/i.test(
      subjectText,
    ) ||
    /^the (?:country|company|city|state|government|group|organi[sz]ation|project|program|programme|system|region|area|island|town|author|article|study|report|paper|book|work|latter|former|move|decision|process)$/i.test(
      subjectText,
    );
  const namingVerb = passive && /^(?:called|named|termed|known|dubbed|described|mentioned)$/.test(lower(lastVerb));
  // A subject is worth asking for when it names something (a proper noun or a detected name)
  // and the verb is not one of saying.
  const hasName = tokens.slice(s0, s1).some((t) => t.cls === "proper" || t.cls === "mention");
  // A term subject needs a plain finite verb: not a bare participle ("the notes written down"),
  // not "will be", not one broken by commas.
  const plainVerb =
    (tokens[v0]?.cls === "aux" ||
      tokens[v0]?.cls === "past" ||
      tokens[v0]?.cls === "present" ||
      tokens[v0]?.cls === "nv") &&
    !/^(?:be|been)$/.test(lower(lastVerb)) &&
    !(v1 - v0 === 1 && lexiconTags(lower(tokens[v0])).includes("Participle")) &&
    !verbText.includes(",");
  // A term subject's question must stand alone: no "its" or "their" pointing elsewhere in it.
  const restStandsAlone = !tokens
    .slice(r0, capRest(tokens, r0, r1, 7))
    .some((t) => /^(?:its|their|his|her|it|they|them)$/i.test(t.text));
  const named = hasName || (plainVerb && restStandsAlone && isTerm(tokens, s0, s1));
  const saying =
    /^(?:says?|said|claims?|claimed|argues?|argued|notes?|noted|adds?|added|told|tells|asks?|asked|observes?|observed|states?|stated|reports?|reported|writes?|wrote|believes?|believed|thinks?|thought|suggests?|suggested|mentions?|mentioned|explains?|explained|remarks?|remarked)$/.test(
      lower(tokens[v0]),
    );
  if (pointing) return;
  if (subjectWords <= MAX_ANSWER_WORDS && restEnd > r0 && !copula && !namingVerb && named && !saying) {
    const rest = render(input, r0, restEnd);
    const lastRest = tokens[restEnd - 1]?.cls ?? "";
    const danglingRest =
      /^(?:det|prep|conj|sub|aux)$/.test(lastRest) || /^(?:that|whether|if|how|what|which)\b/i.test(rest);
    const restContent = rest.split(/\s+/).filter((w) => w.length > 3).length;
    // "What is not certain?", "What was somewhat surprising?": the rest must name something.
    const restHasNoun = tokens
      .slice(r0, restEnd)
      .some((t) => t.cls === "noun" || t.cls === "proper" || t.cls === "mention" || t.cls === "nv");
    if (rest !== "" && !/[,;:]/.test(rest) && !danglingRest && restContent >= 2 && restHasNoun) {
      const wh = isPersonish(tokens, s0, s1, mentions) ? "Who" : "What";
      // A plural subject keeps its verb ("What are used …" reads badly): make it singular-neutral.
      let verb = plural
        ? verbText
            .replace(/^are\b/, "is")
            .replace(/^were\b/, "was")
            .replace(/^have\b/, "has")
            .replace(/^do\b/, "does")
        : verbText;
      // "Histones join the fight" -> "What joins the fight?"
      const single = tokens[v0];
      if (plural && v1 - v0 === 1 && single?.cls === "present" && !/s$/.test(single.text))
        verb = thirdPerson(single.text.toLowerCase());
      const span = answerSpan(tokens, s0, s1);
      if (span)
        out.push({ prompt: finish(`${wh} ${verb} ${rest}?`), start: span.start, end: span.end, role: "subject" });
    }
  }

  // 2. A name given: "X are called Y", "X is known as Y".
  if (passive && /^(?:called|named|termed|known|dubbed)$/.test(lower(lastVerb))) {
    let a = r0;
    if (lower(tokens[a]) === "as") a++;
    const e = nounPhraseEnd(tokens, a, r1);
    const span = e > a && e - a <= MAX_ANSWER_WORDS ? answerSpan(tokens, a, e) : null;
    if (span) {
      const aux = verbWords[0] ?? "is";
      const asWord = lower(tokens[r0]) === "as" ? " as" : "";
      out.push({
        prompt: finish(`What ${aux} ${subjectLower} ${lower(lastVerb)}${asWord}?`),
        start: span.start,
        end: span.end,
        role: "name",
      });
    }
    return;
  }

  // 3. A definition: "A huacal is a burial ground …" -> "What is a huacal?"
  if (copula) {
    const a = r0;
    if (tokens[a]?.cls !== "det") return;
    const e = nounPhraseEnd(tokens, a, r1);
    if (e <= a + 1 || e - a > MAX_ANSWER_WORDS) return;
    // "a library" defines nothing; "a web browser" does.
    if (tokens.slice(a, e).filter((t) => t.cls !== "det").length < 2) return;
    const span = answerSpan(tokens, a, e);
    if (span)
      out.push({
        prompt: finish(`What ${verbWords[0]} ${subjectLower}?`),
        start: span.start,
        end: span.end,
        role: "definition",
      });
    return;
  }

  // 4. The agent of a passive: "Mozilla was founded by Netscape" -> "Who founded Mozilla?"
  if (passive) {
    let k = r0;
    while (k < r1 && tokens[k]?.cls === "adv") k++;
    if (lower(tokens[k]) !== "by") return;
    const e = nounPhraseEnd(tokens, k + 1, r1);
    if (e <= k + 1 || e - (k + 1) > MAX_ANSWER_WORDS) return;
    // "by default", "by hand", "by chance": a bare common noun after "by" is a manner, not an agent.
    if (e === k + 2 && (tokens[k + 1]?.cls === "noun" || tokens[k + 1]?.cls === "nv")) return;
    const span = answerSpan(tokens, k + 1, e);
    const participle = lower(lastVerb);
    const pastTense = /^(?:was|were)$/.test(verbWords[0] ?? "") || verbWords.includes("been");
    if (!span) return;
    // "designed by Tova Lind": a name as the agent of a verb people do is asked with Who, even when
    // no lexicon knows the name (a firm as well: "Who built the bridge?" reads right).
    const named = tokens
      .slice(k + 1, e)
      .every((t) => /^\p{Lu}/u.test(t.text) || /^(?:of|the|and|de|von|van)$/.test(t.text));
    const wh = isPersonish(tokens, k + 1, e, mentions) || (named && HUMAN_AGENT_VERB.test(participle)) ? "Who" : "What";
    // "led by X for Varnia and by Y for Essel": the side the agent acted for stays in the question;
    // with a second agent and nothing to tell them apart, the question has two answers.
    let forWhom = "";
    if (lower(tokens[e]) === "for") {
      const fe = nounPhraseEnd(tokens, e + 1, r1);
      if (fe > e + 1 && fe - e <= 5) forWhom = ` ${render(input, e, fe)}`;
    }
    const secondAgent = tokens.slice(e, r1).some((t, i, rest) => lower(t) === "and" && lower(rest[i + 1]) === "by");
    if (secondAgent && forWhom === "") return;
    const prompt = pastTense
      ? `${wh} ${PAST_OF[participle] ?? participle} ${subjectLower}${forWhom}?`
      : `By ${wh === "Who" ? "whom" : "what"} ${verbText} ${subjectLower}${forWhom}?`.replace(
          /^By (\w+) (is|are) (\w+)/,
          "By $1 $2 $3",
        );
    if (pastTense) out.push({ prompt: finish(prompt), start: span.start, end: span.end, role: "agent" });
    else
      out.push({
        prompt: finish(`By ${wh === "Who" ? "whom" : "what"} ${verbWords[0]} ${subjectLower} ${participle}${forWhom}?`),
        start: span.start,
        end: span.end,
        role: "agent",
      });
    return;
  }

  // 5. What a verb's preposition governs: "histones are bound to DNA" -> "What are histones bound to?"
  {
    let k = r0;
    while (k < r1 && tokens[k]?.cls === "adv") k++;
    const prep = lower(tokens[k]);
    if (
      tokens[k]?.cls === "prep" &&
      PREP_OBJECT.has(prep) &&
      lastVerb &&
      (passive ||
        lastVerb.cls === "past" ||
        lastVerb.cls === "ed" ||
        lastVerb.cls === "present" ||
        lastVerb.cls === "nv")
    ) {
      const e = nounPhraseEnd(tokens, k + 1, r1);
      const answerToken = tokens[k + 1];
      const isDateOrFigure =
        answerToken?.cls === "mention" &&
        answerToken.mention !== undefined &&
        /^(?:date|money|quantity|percent)$/.test(mentions[answerToken.mention]?.kind ?? "");
      if (e > k + 1 && e - (k + 1) <= MAX_ANSWER_WORDS && !isDateOrFigure) {
        const inverted = invertVerb(tokens, clause.verb, plural);
        const span = answerSpan(tokens, k + 1, e);
        const place =
          answerToken?.cls === "mention" &&
          answerToken.mention !== undefined &&
          mentions[answerToken.mention]?.kind === "place";
        const wh = isPersonish(tokens, k + 1, e, mentions) ? "Whom" : "What";
        if (inverted && inverted.rest !== "" && span && !(place && /^(?:in|at|on)$/.test(prep))) {
          out.push({
            prompt: finish(`${wh} ${inverted.aux} ${subjectLower} ${inverted.rest} ${prep}?`),
            start: span.start,
            end: span.end,
            role: "prep-object",
          });
        }
      }
    }
  }

  // 6. The direct object: "The troubadours adopted the oud" -> "What did the troubadours adopt?"
  if (
    verbWords.some((w) => /^(?:is|are|was|were|be|been|being|has|have|had)$/.test(w)) &&
    !(lastVerb && (lastVerb.cls === "ed" || lastVerb.cls === "past" || lastVerb.cls === "present"))
  )
    return;
  let a = r0;
  while (a < r1 && tokens[a]?.cls === "adv") a++;
  const first = tokens[a];
  // "brought indentured labourers": a participle before a noun describes it.
  const describedNoun = first?.cls === "ed" && (tokens[a + 1]?.cls === "noun" || tokens[a + 1]?.cls === "nv");
  if (
    !first ||
    !(
      first.cls === "det" ||
      first.cls === "adj" ||
      first.cls === "noun" ||
      first.cls === "proper" ||
      first.cls === "mention" ||
      first.cls === "num" ||
      describedNoun
    )
  )
    return;
  let e = nounPhraseEnd(tokens, a, r1);
  // "destroyed bridges and roads", "taught him the organ and the violin": two nouns joined by
  // "and" are one answer where nothing but a preposition or the clause's end follows the second.
  const joined = tokens[e + 1];
  if (
    e > a &&
    lower(tokens[e]) === "and" &&
    tokens[e - 1]?.cls === "noun" &&
    joined &&
    (joined.cls === "det" || joined.cls === "adj" || joined.cls === "noun") &&
    !/(?:ed|ing)$/i.test(joined.text)
  ) {
    const second = nounPhraseEnd(tokens, e + 1, r1);
    const next = tokens[second];
    if (
      second > e + 1 &&
      second - (e + 1) <= 3 &&
      second - a <= MAX_ANSWER_WORDS &&
      tokens[second - 1]?.cls === "noun" &&
      (!next || next.cls === "prep" || next.text === "." || (next.cls === "punct" && next.text !== ","))
    )
      e = second;
  }
  if (e <= a || e - a > MAX_ANSWER_WORDS) return;
  const objectText = render(input, a, e);
  if (PRONOUN_ONLY.test(objectText)) return;
  // "both paid employees and volunteers": the phrase reader stops at "and", half the answer.
  if (/^(?:both|either|neither)\b/i.test(objectText)) return;
  // "the land", "a feeling": a one-noun object says too little to be worth a card.
  const objectNamed = tokens.slice(a, e).some((t) => t.cls === "proper" || t.cls === "mention");
  // A bare word the lexicon does not know ("became minnesingers", "practised cremation") is a term.
  const bareTerm =
    e === a + 1 && first.cls === "noun" && !/(?:ing|ly)$/.test(lower(first)) && lexiconTags(lower(first)).length === 0;
  if (!objectNamed && !bareTerm && tokens.slice(a, e).filter((t) => t.cls !== "det").length < 2) return;
  // "claimed the boycott was …": a noun phrase followed by a verb starts a clause, not an object.
  const afterObject = tokens[e]?.cls;
  if (
    afterObject === "aux" ||
    afterObject === "past" ||
    afterObject === "present" ||
    afterObject === "nv" ||
    (afterObject === "ed" && tokens[e]?.pos === "VERB")
  )
    return;
  const inverted = invertVerb(tokens, clause.verb, plural);
  if (!inverted || inverted.rest === "" || /^(?:not|never|also|only|still|n't)$/i.test(inverted.rest)) return;
  // What follows the object, briefly, when it is a prepositional phrase ("in 1850", "to Spain").
  let tail = "";
  if (tokens[e]?.cls === "prep" && lower(tokens[e]) !== "of") {
    let tailEnd = capRest(tokens, e, r1, 5);
    // "granted home rule in 1874 and independence in 1944": the tail is the object's own phrase.
    const and = tokens.slice(e, tailEnd).findIndex((t) => /^(?:and|or|but)$/i.test(t.text));
    if (and >= 0) tailEnd = e + and;
    tail = render(input, e, tailEnd);
    if (/[,;:]/.test(tail)) tail = "";
  }
  // "became minnesingers": what someone becomes is a what, even when it is people.
  const becoming = /^(?:become|becomes|became|remain|remains|remained)$/.test(lower(lastVerb));
  const wh = !becoming && isPersonish(tokens, a, e, mentions) ? "Whom" : "What";
  const span = answerSpan(tokens, a, e);
  if (span)
    out.push({
      prompt: finish(`${wh} ${inverted.aux} ${subjectLower} ${inverted.rest}${tail ? ` ${tail}` : ""}?`),
      start: span.start,
      end: span.end,
      role: "object",
    });
  void sentence;
}
