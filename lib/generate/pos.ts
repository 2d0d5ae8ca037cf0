// Part-of-speech tags and lemmas from wink-nlp's English model. Measured here against compromise's
// lexicon lookups: wink tags a verb as a verb in context ("ratified the treaty" vs "a ratified
// treaty", "exports rose" vs "Iran exports"), gives lemmas for inverting verbs ("withdrew" ->
// "withdraw") and runs at about 0.2 ms per sentence, where compromise's full tagger is ~1 ms per
// phrase. compromise stays for its name lexicon (people, places, organisations).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface PosToken {
  /** Offsets inside the tagged text. */
  start: number;
  end: number;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, DET, ADJ, ADV, NUM, PRON, PART, CCONJ, SCONJ, PUNCT, … */
  pos: string;
  lemma: string;
}

let engine: ReturnType<typeof winkNLP> | null = null;
// Only the part-of-speech step of wink's pipeline: its sentence splitter, entity recogniser,
// negation and sentiment steps cost more than the tagger and change neither tags nor lemmas (the
// tagger reads only the tokens), so leaving them out is about twice as fast per sentence.
const PIPE = ["pos"];

// wink numbers the words of its vocabulary first and each word it meets outside it after them:
// the number a made-up word gets when the engine is new is where the vocabulary ends.
let vocabularyEnd = 0;

function wink(): ReturnType<typeof winkNLP> {
  if (!engine) {
    engine = winkNLP(model, PIPE);
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const [id] = engine.readDoc("qzxvjqk").tokens().out(engine.its.uniqueId) as unknown as number[];
    vocabularyEnd = id ?? 0;
  }
  return engine;
}

/**
 * Whether wink's English vocabulary (about 87,000 words) holds `word`: "river" and "zither" are
 * in it, a borrowed or technical term a text introduces ("qanun", "soredia") is not.
 */
export function inVocabulary(word: string): boolean {
  const e = wink();
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const [id] = e.readDoc(word.toLowerCase()).tokens().out(e.its.uniqueId) as unknown as number[];
  return id !== undefined && id < vocabularyEnd;
}

/** Tags `text` (one sentence); tokens wink splits differently from the text are left out. */
export function tagSentence(text: string): PosToken[] {
  engine = wink();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const words = doc.tokens().out();
  // wink's `its` helpers are free functions made to be passed around.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const tags = doc.tokens().out(its.pos);
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const lemmas: string[] = doc.tokens().out(its.lemma as unknown as typeof its.pos);
  const out: PosToken[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const at = text.indexOf(w, cursor);
    if (w === "" || at < 0 || at - cursor > 40) continue;
    out.push({ start: at, end: at + w.length, pos: tags[i] ?? "X", lemma: (lemmas[i] ?? w).toLowerCase() });
    cursor = at + w.length;
  }
  return out;
}
