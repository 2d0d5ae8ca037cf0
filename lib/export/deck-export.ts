// What an export of one deck for one user holds, as plain data: the deck, its sources, its facts
// with their cards, and for each card the user's scheduling state and review log. lib/db fills
// it; the writers (apkg, CSV, YAML, review log CSV) turn it into files. Pure.
import type { CardTemplate } from "@/lib/content/cards";
import type { Fact, Source } from "@/lib/content/schema";
import type { FsrsState, SchedulingState } from "@/lib/srs";

export type ExportedReview = {
  reviewedAt: Date;
  rating: 1 | 2 | 3 | 4;
  durationMs: number;
  /** The card's state before this review (0 when it was new). */
  stateBefore: FsrsState;
  /** The state after it, and the scheduled interval. */
  state: FsrsState;
  due: Date;
  scheduledDays: number;
  stability: number;
  difficulty: number;
};

export type ExportedCard = {
  id: string;
  template: CardTemplate;
  front: string;
  back: string;
  /** The user's state; null when they never studied it. */
  state: (SchedulingState & { suspended: boolean }) | null;
  reviews: ExportedReview[];
};

export type ExportedFact = { fact: Fact; cards: ExportedCard[] };

export type DeckExport = {
  slug: string;
  title: string;
  description: string | null;
  sources: Source[];
  facts: ExportedFact[];
  desiredRetention: number;
};

/** The states before each review, from the states after them (logs oldest first). */
export function statesBefore(statesAfter: readonly FsrsState[]): FsrsState[] {
  return statesAfter.map((_, i) => (i === 0 ? 0 : (statesAfter[i - 1] ?? 0)));
}
