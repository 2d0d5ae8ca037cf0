// The Anki note type SourceDeck exports facts as. One note per fact; its four templates are the
// four card templates here, in CARD_TEMPLATES order, and each renders empty (so Anki makes no card)
// unless the fact has that card. The last field carries the whole fact as JSON, so importing our
// own export back loses nothing.
import { z } from "zod";
import { CARD_TEMPLATES, type CardTemplate } from "@/lib/content/cards";
import { factSchema, sourceSchema, type Fact, type Source } from "@/lib/content/schema";

export const SOURCEDECK_NOTE_TYPE_NAME = "SourceDeck fact";
export const SOURCEDECK_FACT_FIELD = "SourceDeck";

export const SOURCEDECK_FIELDS = [
  "Prompt",
  "Answer",
  "Explanation",
  "Source",
  "Section",
  "ReverseFront",
  "ReverseBack",
  "ClozeFront",
  "TypeIn",
  SOURCEDECK_FACT_FIELD,
] as const;
export type SourceDeckField = (typeof SOURCEDECK_FIELDS)[number];

const CITATION = `<div class="source">{{Source}}{{#Section}} — {{Section}}{{/Section}}</div>`;

/** Anki templates (question and answer formats) for each card template, in CARD_TEMPLATES order. */
export const SOURCEDECK_TEMPLATES: readonly { template: CardTemplate; name: string; qfmt: string; afmt: string }[] = [
  {
    template: "qa",
    name: "Question → answer",
    qfmt: "{{Prompt}}",
    afmt: `{{FrontSide}}<hr id=answer>{{Answer}}<div class="explanation">{{Explanation}}</div>${CITATION}`,
  },
  {
    template: "reverse",
    name: "Answer → question",
    qfmt: "{{#ReverseFront}}{{ReverseFront}}{{/ReverseFront}}",
    afmt: `{{FrontSide}}<hr id=answer>{{ReverseBack}}${CITATION}`,
  },
  {
    template: "cloze",
    name: "Fill the blank",
    qfmt: "{{#ClozeFront}}{{ClozeFront}}{{/ClozeFront}}",
    afmt: `{{FrontSide}}<hr id=answer>{{Answer}}${CITATION}`,
  },
  {
    template: "typein",
    name: "Type the answer",
    qfmt: "{{#TypeIn}}{{Prompt}}<br>{{type:Answer}}{{/TypeIn}}",
    afmt: `{{Prompt}}<hr id=answer>{{type:Answer}}<div class="explanation">{{Explanation}}</div>${CITATION}`,
  },
];

/** The card template of an Anki card of the SourceDeck note type. */
export function templateOfOrd(ord: number): CardTemplate | undefined {
  return CARD_TEMPLATES[ord];
}

export function ordOfTemplate(template: CardTemplate): number {
  return CARD_TEMPLATES.indexOf(template);
}

export const SOURCEDECK_CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; color: #1d1d1f; background: #fff; }
.explanation { margin-top: 0.8em; font-size: 16px; color: #444; }
.source { margin-top: 0.8em; font-size: 13px; color: #777; }`;

/** What the SourceDeck field holds: the fact and the source it cites, as JSON. */
export const sourceDeckPayload = z.object({ v: z.literal(1), fact: factSchema, source: sourceSchema });

export function sourceDeckPayloadJson(fact: Fact, source: Source): string {
  return JSON.stringify({ v: 1, fact, source });
}
