// From an Anki collection to draft facts. Basic notes: the first field is the prompt, the second
// the answer, any other non-empty fields the explanation. Cloze notes: one fact per cloze number.
// Notes of SourceDeck's own note type come back exactly as they were exported. Each Anki card's
// review history goes with the card template it corresponds to, so FSRS states can be rebuilt.
import type { CardTemplate } from "@/lib/content/cards";
import { slugFrom } from "@/lib/content/slug";
import { clipText, LIMITS, type DeckCandidate, type DeckImportSummary, type ImportedReview } from "../deck-candidates";
import { clozeDeletions } from "./cloze";
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNoteType, AnkiReview } from "./collection";
import { fieldText, hasOnlyMedia, unescapeFieldHtml } from "./field-text";
import { SOURCEDECK_FACT_FIELD, sourceDeckPayload, templateOfOrd } from "./sourcedeck-note-type";

const MAX_REVIEW_MS = 60 * 60 * 1000;
// revlog types: 0 learn, 1 review, 2 relearn, 3 filtered (cram in an early-review deck) count as
// reviews; 4 manual and 5 rescheduled are changes of date, not recall.
const RATED_TYPES = new Set([0, 1, 2, 3]);

/** A card's reviews as the history to replay: rated reviews only, oldest first, starting after the
 *  last time the card was reset ("Forget" writes a manual entry with interval 0). */
export function historyOf(reviews: readonly AnkiReview[]): ImportedReview[] {
  const sorted = [...reviews].sort((a, b) => a.id - b.id);
  let out: ImportedReview[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const r of sorted) {
    if (r.type === 4 && r.ease === 0 && r.ivl === 0) {
      out = [];
      continue;
    }
    if (!RATED_TYPES.has(r.type) || r.ease < 1 || r.ease > 4 || !(r.id > last)) continue;
    last = r.id;
    out.push({
      at: r.id,
      rating: r.ease as ImportedReview["rating"],
      durationMs: Math.max(0, Math.min(MAX_REVIEW_MS, Math.round(r.time))),
    });
  }
  return out;
}

function tagsOf(tags: string[]): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    const s = slugFrom(t.replace(/::/g, " "), 60, "");
    if (s !== "" && s !== "marked" && s !== "leech") out.add(s);
  }
  out.add("anki");
  return [...out];
}

type Context = {
  deckName: (card: AnkiCard | undefined) => string;
  historyOfCard: (card: AnkiCard) => ImportedReview[];
};

type Made = {
  candidates: DeckCandidate[];
  skipped: number;
  mediaOnly: number;
  droppedReviews: number;
  lostReviews: number;
  shortened: number;
};

function base(note: AnkiNote, id: string, section: string): Omit<DeckCandidate, "prompt" | "answer" | "explanation"> {
  return {
    id,
    kind: "concept",
    variants: [],
    tags: tagsOf(note.tags),
    section: clipText(section, 200),
    reverse: false,
    history: {},
    suspended: [],
    notes: [],
    status: "pending",
  };
}

/** Fits prompt, answer and explanation into the fact's limits, saying what changed. */
function fitted(
  prompt: string,
  answer: string,
  extra: string,
  deck: string,
): { prompt: string; answer: string; explanation: string; notes: string[] } {
  const notes: string[] = [];
  let explanation = extra;
  let shortAnswer = answer;
  if (answer.length > LIMITS.answer) {
    shortAnswer = clipText(answer, LIMITS.answer);
    explanation = extra === "" ? answer : `${answer} — ${extra}`;
    notes.push(
      `The answer was longer than ${LIMITS.answer} characters; it was shortened and kept whole in the explanation.`,
    );
  }
  if (explanation === "") explanation = `From the Anki deck “${deck}”.`;
  if (explanation.length > LIMITS.explanation) {
    explanation = clipText(explanation, LIMITS.explanation);
    notes.push(`The explanation was shortened to ${LIMITS.explanation} characters.`);
  }
  let shortPrompt = prompt;
  if (prompt.length > LIMITS.prompt) {
    shortPrompt = clipText(prompt, LIMITS.prompt);
    notes.push(`The question was shortened to ${LIMITS.prompt} characters.`);
  }
  return { prompt: shortPrompt, answer: shortAnswer, explanation, notes };
}

function attach(c: DeckCandidate, template: CardTemplate, card: AnkiCard, ctx: Context): number {
  const history = ctx.historyOfCard(card);
  if (history.length > 0) c.history[template] = history;
  if (card.queue === -1) c.suspended.push(template);
  return history.length;
}

function fromSourceDeckNote(note: AnkiNote, type: AnkiNoteType, cards: AnkiCard[], ctx: Context, made: Made): void {
  const raw = unescapeFieldHtml(note.fields[type.fields.indexOf(SOURCEDECK_FACT_FIELD)] ?? "");
  let parsed: ReturnType<typeof sourceDeckPayload.safeParse>;
  try {
    parsed = sourceDeckPayload.safeParse(JSON.parse(raw));
  } catch {
    made.skipped++;
    return;
  }
  if (!parsed.success) {
    made.skipped++;
    return;
  }
  const { fact: f, source } = parsed.data;
  const c: DeckCandidate = {
    ...base(note, `anki-${note.id}`, f.section),
    kind: f.kind,
    prompt: f.prompt,
    answer: f.answer,
    variants: f.variants,
    explanation: f.explanation,
    tags: f.tags,
    reverse: f.reverse,
    key: f.id,
    source: {
      key: source.key,
      title: source.title,
      author: source.author,
      date: source.date,
      ...(source.kind ? { kind: source.kind } : {}),
    },
    ...(f.value ? { value: f.value } : {}),
    ...(f.article !== undefined ? { article: f.article } : {}),
    ...(f.transfer ? { transfer: f.transfer } : {}),
    ...(f.conflict ? { conflict: f.conflict } : {}),
  };
  for (const card of cards) {
    const template = templateOfOrd(card.ord);
    if (template) attach(c, template, card, ctx);
    else made.droppedReviews += ctx.historyOfCard(card).length;
  }
  made.candidates.push(c);
}

function fromClozeNote(note: AnkiNote, type: AnkiNoteType, cards: AnkiCard[], ctx: Context, made: Made): void {
  const textIndex = Math.max(
    0,
    type.fields.findIndex((f) => f.toLowerCase() === "text"),
  );
  const html = note.fields[textIndex] ?? "";
  const extra = note.fields
    .filter((_, i) => i !== textIndex)
    .map(fieldText)
    .filter((t) => t !== "")
    .join(" — ");
  const deletions = clozeDeletions(html);
  if (deletions.length === 0) {
    if (hasOnlyMedia(html)) made.mediaOnly++;
    else made.skipped++;
    for (const card of cards) made.lostReviews += ctx.historyOfCard(card).length;
    return;
  }
  const used = new Set<number>();
  for (const d of deletions) {
    const card = cards.find((k) => k.ord === d.number - 1);
    if (d.prompt === "" || d.answer === "") {
      made.skipped++;
      continue;
    }
    const deck = ctx.deckName(card ?? cards[0]);
    const fit = fitted(d.prompt, d.answer, [d.full, extra].filter((t) => t !== "").join(" — "), deck);
    const c: DeckCandidate = {
      ...base(note, `anki-${note.id}-c${d.number}`, deck),
      prompt: fit.prompt,
      answer: fit.answer,
      explanation: fit.explanation,
      notes: fit.notes,
    };
    if (fit.notes.length > 0) made.shortened++;
    if (card) {
      used.add(card.id);
      attach(c, "qa", card, ctx);
    }
    made.candidates.push(c);
  }
  for (const card of cards) if (!used.has(card.id)) made.droppedReviews += ctx.historyOfCard(card).length;
}

function fromBasicNote(note: AnkiNote, cards: AnkiCard[], ctx: Context, made: Made): void {
  const [front = "", back = "", ...rest] = note.fields;
  const prompt = fieldText(front);
  const answer = fieldText(back);
  if (prompt === "" || answer === "") {
    if (hasOnlyMedia(front) || hasOnlyMedia(back)) made.mediaOnly++;
    else made.skipped++;
    for (const card of cards) made.lostReviews += ctx.historyOfCard(card).length;
    return;
  }
  const extra = rest
    .map(fieldText)
    .filter((t) => t !== "")
    .join(" — ");
  const deck = ctx.deckName(cards[0]);
  const fit = fitted(prompt, answer, extra, deck);
  if (fit.notes.length > 0) made.shortened++;
  const c: DeckCandidate = {
    ...base(note, `anki-${note.id}`, deck),
    prompt: fit.prompt,
    answer: fit.answer,
    explanation: fit.explanation,
    notes: fit.notes,
  };
  for (const card of cards) {
    // The first template asks front→back like our question card; a second asks back→front like
    // our reverse card, which a fact has when its answer is a name.
    if (card.ord === 0) attach(c, "qa", card, ctx);
    else if (card.ord === 1) {
      c.reverse = true;
      attach(c, "reverse", card, ctx);
    } else made.droppedReviews += ctx.historyOfCard(card).length;
  }
  made.candidates.push(c);
}

/** Draft facts and a summary from a collection read by readAnkiPackage. */
export function mapAnkiCollection(
  col: AnkiCollection,
  fileName: string,
): { candidates: DeckCandidate[]; summary: DeckImportSummary } {
  const types = new Map(col.noteTypes.map((t) => [t.id, t]));
  const deckNames = new Map(col.decks.map((d) => [d.id, d.name]));
  const cardsByNote = new Map<number, AnkiCard[]>();
  for (const card of col.cards) {
    const list = cardsByNote.get(card.noteId);
    if (list) list.push(card);
    else cardsByNote.set(card.noteId, [card]);
  }
  const reviewsByCard = new Map<number, AnkiReview[]>();
  for (const r of col.reviews) {
    const list = reviewsByCard.get(r.cardId);
    if (list) list.push(r);
    else reviewsByCard.set(r.cardId, [r]);
  }
  const histories = new Map<number, ImportedReview[]>();
  const ctx: Context = {
    deckName: (card) => (card ? deckNames.get(card.deckId) : undefined) ?? "Anki",
    historyOfCard: (card) => {
      let h = histories.get(card.id);
      if (!h) {
        h = historyOf(reviewsByCard.get(card.id) ?? []);
        histories.set(card.id, h);
      }
      return h;
    },
  };
  const made: Made = { candidates: [], skipped: 0, mediaOnly: 0, droppedReviews: 0, lostReviews: 0, shortened: 0 };
  let unknownType = 0;
  for (const note of col.notes) {
    const type = types.get(note.modelId);
    const cards = (cardsByNote.get(note.id) ?? []).sort((a, b) => a.ord - b.ord);
    if (!type) unknownType++;
    else if (type.fields.includes(SOURCEDECK_FACT_FIELD)) fromSourceDeckNote(note, type, cards, ctx, made);
    else if (type.type === 1) fromClozeNote(note, type, cards, ctx, made);
    else fromBasicNote(note, cards, ctx, made);
  }

  const messages: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (col.mediaFiles > 0) {
    messages.push(
      `${plural(col.mediaFiles, "media file (an image or a sound) was", "media files (images, sound) were")} not imported: SourceDeck cards are text only.`,
    );
  }
  if (made.mediaOnly > 0)
    messages.push(
      `${plural(made.mediaOnly, "note has", "notes have")} only images or sound and no text, so ${made.mediaOnly === 1 ? "it was" : "they were"} left out.`,
    );
  if (made.skipped + unknownType > 0)
    messages.push(
      `${plural(made.skipped + unknownType, "note was", "notes were")} left out: empty, or of a shape SourceDeck cannot read.`,
    );
  if (made.shortened > 0)
    messages.push(`${plural(made.shortened, "fact was", "facts were")} shortened to fit (see the note on each).`);
  if (made.droppedReviews > 0) {
    messages.push(
      `${plural(made.droppedReviews, "review of a card type SourceDeck does not have was", "reviews of card types SourceDeck does not have were")} not kept.`,
    );
  }
  if (made.lostReviews > 0)
    messages.push(
      `${plural(made.lostReviews, "review belongs to a note", "reviews belong to notes")} that ${made.lostReviews === 1 ? "was" : "were"} left out.`,
    );
  const reviews = made.candidates.reduce(
    (n, c) => n + Object.values(c.history).reduce((m, h) => m + (h?.length ?? 0), 0),
    0,
  );
  return {
    candidates: made.candidates,
    summary: {
      format: "apkg",
      fileName,
      counts: {
        items: col.notes.length,
        candidates: made.candidates.length,
        reviews,
        skipped: made.skipped + made.mediaOnly + unknownType,
      },
      messages,
    },
  };
}
