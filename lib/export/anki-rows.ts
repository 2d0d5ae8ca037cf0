// The rows of a legacy Anki collection (schema 11: col, notes, cards, revlog, graves) for one deck
// export. Anki reads this schema from .apkg files of every version. Pure; lib/export/apkg.ts
// writes the rows to SQLite and zips them.
import { createHash } from "node:crypto";
import {
  ordOfTemplate,
  SOURCEDECK_CSS,
  SOURCEDECK_FIELDS,
  SOURCEDECK_NOTE_TYPE_NAME,
  SOURCEDECK_TEMPLATES,
  sourceDeckPayloadJson,
} from "@/lib/import/anki/sourcedeck-note-type";
import { escapeFieldHtml } from "@/lib/import/anki/field-text";
import { FIELD_SEPARATOR } from "@/lib/import/anki/collection";
import type { DeckExport, ExportedCard, ExportedReview } from "./deck-export";

const DAY_MS = 86_400_000;
const DEFAULT_DECK_ID = 1;
const DCONF_ID = 1;
// Stable, so exporting again and importing into the same Anki collection reuses the note type.
export const SOURCEDECK_MODEL_ID = 1_764_547_200_000;

export type NoteRow = {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
  flags: number;
  data: string;
};
export type CardRow = {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  usn: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  odue: number;
  odid: number;
  flags: number;
  data: string;
};
export type RevlogRow = {
  id: number;
  cid: number;
  usn: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
};
export type ColRow = {
  id: number;
  crt: number;
  mod: number;
  scm: number;
  ver: number;
  dty: number;
  usn: number;
  ls: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  tags: string;
};
export type AnkiRows = { col: ColRow; notes: NoteRow[]; cards: CardRow[]; revlog: RevlogRow[] };

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the first field's text, as an integer. */
export function fieldChecksum(text: string): number {
  return Number.parseInt(createHash("sha1").update(text, "utf8").digest("hex").slice(0, 8), 16);
}

const GUID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** A note guid derived from the deck and fact keys, so a re-export updates the same Anki notes. */
export function noteGuid(deckSlug: string, factKey: string): string {
  let n = BigInt(`0x${createHash("sha1").update(`sourcedeck/${deckSlug}/${factKey}`).digest("hex").slice(0, 16)}`);
  const base = BigInt(GUID_ALPHABET.length);
  let out = "";
  while (n > 0n) {
    out = GUID_ALPHABET[Number(n % base)] + out;
    n /= base;
  }
  return out || "a";
}

/** The start of the study day holding `at` (day boundary at dayStartHour UTC), in ms. */
function dayStart(at: number, dayStartHour: number): number {
  const shifted = at - dayStartHour * 3_600_000;
  return Math.floor(shifted / DAY_MS) * DAY_MS + dayStartHour * 3_600_000;
}

function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

type Scheduling = Pick<CardRow, "type" | "queue" | "due" | "ivl" | "factor" | "reps" | "lapses" | "left" | "data">;

/** Anki's card columns for the user's state. Review cards' due is a day number since crt;
 *  learning cards' due is a Unix time; FSRS memory (stability, difficulty) goes in data. */
export function cardScheduling(
  card: ExportedCard,
  position: number,
  crtMs: number,
  nowMs: number,
  desiredRetention: number,
): Scheduling {
  const s = card.state;
  if (!s || s.state === 0) {
    return {
      type: 0,
      queue: s?.suspended ? -1 : 0,
      due: position,
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      data: "{}",
    };
  }
  const dayNumber = (ms: number) => Math.max(0, Math.floor((ms - crtMs) / DAY_MS));
  const data = JSON.stringify({ s: round(s.stability, 4), d: round(s.difficulty, 3), dr: desiredRetention });
  const common = { reps: s.reps, lapses: s.lapses, data, factor: 2500 };
  if (s.state === 2) {
    return {
      ...common,
      type: 2,
      queue: s.suspended ? -1 : 2,
      due: dayNumber(s.due.getTime()),
      ivl: Math.max(1, s.scheduledDays),
      left: 0,
    };
  }
  // Learning (1) or relearning (3): within a day it is timed to the second, beyond that by day.
  const intraday = s.due.getTime() - nowMs < DAY_MS;
  const queue = s.suspended ? -1 : intraday ? 1 : 3;
  const due = intraday ? Math.floor(s.due.getTime() / 1000) : dayNumber(s.due.getTime());
  return {
    ...common,
    type: s.state === 1 ? 1 : 3,
    queue,
    due,
    ivl: s.state === 3 ? Math.max(1, s.scheduledDays) : 0,
    left: 1001,
  };
}

/** Anki's revlog type for the state before a review: 0 learn, 1 review, 2 relearn. */
function revlogType(r: ExportedReview): number {
  if (r.stateBefore === 2) return 1;
  if (r.stateBefore === 3) return 2;
  return 0;
}

/** Anki's interval column: days when the card went to review, negative seconds while learning. */
function revlogInterval(r: ExportedReview): number {
  if (r.state === 2) return Math.max(1, r.scheduledDays);
  return -Math.max(1, Math.round((r.due.getTime() - r.reviewedAt.getTime()) / 1000));
}

function noteTypeJson(deckId: number, nowSec: number) {
  return {
    id: SOURCEDECK_MODEL_ID,
    name: SOURCEDECK_NOTE_TYPE_NAME,
    type: 0,
    mod: nowSec,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: SOURCEDECK_TEMPLATES.map((t, ord) => ({
      name: t.name,
      ord,
      qfmt: t.qfmt,
      afmt: t.afmt,
      bqfmt: "",
      bafmt: "",
      did: null,
      bfont: "",
      bsize: 0,
    })),
    flds: SOURCEDECK_FIELDS.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    css: SOURCEDECK_CSS,
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    // Which fields make each card non-empty (read by Anki before 2.1.28; later versions work it out).
    req: [
      [0, "any", [0]],
      [1, "any", [5]],
      [2, "any", [7]],
      [3, "all", [0, 8]],
    ],
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, desc: string, nowSec: number) {
  return {
    id,
    name,
    mod: nowSec,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc,
    dyn: 0,
    conf: DCONF_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

function deckConfigJson(desiredRetention: number) {
  return {
    id: DCONF_ID,
    name: "Default",
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20, separate: true },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2, fuzz: 0.05, minSpace: 1 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    desiredRetention,
  };
}

/** Every row of the collection for this export. `now` stamps ids and modification times. */
export function ankiRows(deck: DeckExport, now: Date, dayStartHour = 4): AnkiRows {
  const nowMs = now.getTime();
  const nowSec = Math.floor(nowMs / 1000);
  const deckId = nowMs;
  // crt (the collection's day 0) must be on or before every date written as a day number.
  let earliest = nowMs;
  for (const f of deck.facts) {
    for (const c of f.cards) {
      if (c.state) earliest = Math.min(earliest, c.state.due.getTime(), c.state.lastReview?.getTime() ?? earliest);
      for (const r of c.reviews) earliest = Math.min(earliest, r.reviewedAt.getTime());
    }
  }
  const crtMs = dayStart(earliest, dayStartHour);
  const sources = new Map(deck.sources.map((s) => [s.key, s]));
  const notes: NoteRow[] = [];
  const cards: CardRow[] = [];
  const revlog: RevlogRow[] = [];
  const usedRevlogIds = new Set<number>();
  let cardId = nowMs;
  deck.facts.forEach(({ fact, cards: factCards }, i) => {
    const noteId = nowMs + i;
    const byTemplate = new Map(factCards.map((c) => [c.template, c]));
    const source = sources.get(fact.source) ?? {
      key: fact.source,
      title: fact.source,
      author: "Unknown",
      date: "2000",
    };
    const field: Record<(typeof SOURCEDECK_FIELDS)[number], string> = {
      Prompt: fact.prompt,
      Answer: fact.answer,
      Explanation: fact.explanation,
      Source: source.title,
      Section: fact.section,
      ReverseFront: byTemplate.get("reverse")?.front ?? "",
      ReverseBack: byTemplate.get("reverse")?.back ?? "",
      ClozeFront: byTemplate.get("cloze")?.front ?? "",
      TypeIn: byTemplate.has("typein") ? "y" : "",
      SourceDeck: sourceDeckPayloadJson(fact, source),
    };
    notes.push({
      id: noteId,
      guid: noteGuid(deck.slug, fact.id),
      mid: SOURCEDECK_MODEL_ID,
      mod: nowSec,
      usn: -1,
      tags: fact.tags.length > 0 ? ` ${fact.tags.join(" ")} ` : "",
      flds: SOURCEDECK_FIELDS.map((name) => escapeFieldHtml(field[name])).join(FIELD_SEPARATOR),
      sfld: fact.prompt,
      csum: fieldChecksum(fact.prompt),
      flags: 0,
      data: "",
    });
    for (const card of factCards) {
      const id = cardId++;
      cards.push({
        id,
        nid: noteId,
        did: deckId,
        ord: ordOfTemplate(card.template),
        mod: nowSec,
        usn: -1,
        ...cardScheduling(card, i + 1, crtMs, nowMs, deck.desiredRetention),
        odue: 0,
        odid: 0,
        flags: 0,
      });
      let lastIvl = 0;
      for (const r of card.reviews) {
        let rid = r.reviewedAt.getTime();
        while (usedRevlogIds.has(rid)) rid++;
        usedRevlogIds.add(rid);
        const ivl = revlogInterval(r);
        revlog.push({
          id: rid,
          cid: id,
          usn: -1,
          ease: r.rating,
          ivl,
          lastIvl,
          factor: r.state === 2 ? 2500 : 0,
          time: Math.min(60_000, Math.max(0, r.durationMs)),
          type: revlogType(r),
        });
        lastIvl = ivl;
      }
    }
  });
  const conf = {
    nextPos: deck.facts.length + 1,
    estTimes: true,
    activeDecks: [deckId],
    sortType: "noteFld",
    timeLim: 0,
    sortBackwards: false,
    addToCur: true,
    curDeck: deckId,
    newBury: true,
    newSpread: 0,
    dueCounts: true,
    curModel: String(SOURCEDECK_MODEL_ID),
    collapseTime: 1200,
    schedVer: 2,
  };
  const col: ColRow = {
    id: 1,
    crt: Math.floor(crtMs / 1000),
    mod: nowMs,
    scm: nowMs,
    ver: 11,
    dty: 0,
    usn: 0,
    ls: 0,
    conf: JSON.stringify(conf),
    models: JSON.stringify({ [SOURCEDECK_MODEL_ID]: noteTypeJson(deckId, nowSec) }),
    decks: JSON.stringify({
      [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, "Default", "", nowSec),
      [deckId]: deckJson(deckId, deck.title, deck.description ?? "", nowSec),
    }),
    dconf: JSON.stringify({ [DCONF_ID]: deckConfigJson(deck.desiredRetention) }),
    tags: "{}",
  };
  return { col, notes, cards, revlog };
}
