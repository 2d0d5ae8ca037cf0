// What the deck and review-log exports read: one deck the caller can see, with its facts and cards,
// and only the caller's own states and reviews (never another learner's).
import type { CardTemplate } from "@/lib/content/cards";
import type { FsrsState } from "@/lib/srs";
import type { DeckExport, ExportedCard, ExportedReview } from "@/lib/export/deck-export";
import type { ReviewLogEntry } from "@/lib/export/review-log-csv";
import { db } from "./client";
import { findVisibleDeck } from "./decks";
import { rowToFact } from "./fact-rows";
import { getStudySettings } from "./settings";

// Cram answers leave FSRS alone, so they are not reviews in the scheduler's sense.
const SCHEDULED_ORIGINS = { not: "cram" } as const;

export async function getDeckExport(userId: string, deckRef: string): Promise<DeckExport> {
  const deck = await findVisibleDeck(userId, deckRef);
  const prisma = await db();
  const [sources, facts, states, logs, settings] = await Promise.all([
    prisma.source.findMany({ where: { deckId: deck.id }, orderBy: { key: "asc" } }),
    prisma.fact.findMany({
      where: { deckId: deck.id, status: "approved" },
      orderBy: { position: "asc" },
      include: { source: { select: { key: true } }, cards: { orderBy: { position: "asc" } } },
    }),
    prisma.cardState.findMany({ where: { userId, deckId: deck.id } }),
    prisma.reviewLog.findMany({
      where: { userId, deckId: deck.id, origin: SCHEDULED_ORIGINS },
      orderBy: [{ cardId: "asc" }, { reviewedAt: "asc" }],
      select: {
        cardId: true,
        reviewedAt: true,
        rating: true,
        durationMs: true,
        state: true,
        due: true,
        scheduledDays: true,
        stability: true,
        difficulty: true,
      },
    }),
    getStudySettings(userId),
  ]);
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const logsOf = new Map<string, ExportedReview[]>();
  for (const l of logs) {
    const list = logsOf.get(l.cardId) ?? [];
    list.push({
      reviewedAt: l.reviewedAt,
      rating: l.rating as ExportedReview["rating"],
      durationMs: l.durationMs,
      stateBefore: list[list.length - 1]?.state ?? 0,
      state: l.state as FsrsState,
      due: l.due,
      scheduledDays: l.scheduledDays,
      stability: l.stability,
      difficulty: l.difficulty,
    });
    logsOf.set(l.cardId, list);
  }
  return {
    slug: deck.slug,
    title: deck.title,
    description: deck.description,
    desiredRetention: settings.desiredRetention,
    sources: sources.map((s) => ({
      key: s.key,
      title: s.title,
      author: s.author,
      date: s.date,
      ...(s.kind ? { kind: s.kind } : {}),
    })),
    facts: facts.map((f) => ({
      fact: rowToFact({ ...f, sourceKey: f.source.key }),
      cards: f.cards.map((c): ExportedCard => {
        const s = stateOf.get(c.id);
        return {
          id: c.id,
          template: c.template as CardTemplate,
          front: c.front,
          back: c.back,
          state: s
            ? {
                due: s.due,
                stability: s.stability,
                difficulty: s.difficulty,
                elapsedDays: s.elapsedDays,
                scheduledDays: s.scheduledDays,
                learningSteps: s.learningSteps,
                reps: s.reps,
                lapses: s.lapses,
                state: s.state as FsrsState,
                lastReview: s.lastReview,
                suspended: s.suspended,
              }
            : null,
          reviews: logsOf.get(c.id) ?? [],
        };
      }),
    })),
  };
}

/** The caller's whole review log (cram left out), oldest first, for the FSRS tools' CSV. */
export async function getReviewLogForExport(userId: string): Promise<ReviewLogEntry[]> {
  const prisma = await db();
  const logs = await prisma.reviewLog.findMany({
    where: { userId, origin: SCHEDULED_ORIGINS },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { cardId: true, reviewedAt: true, rating: true, durationMs: true, state: true, deckId: true, origin: true },
  });
  return logs.map((l) => ({
    cardId: l.cardId,
    reviewedAt: l.reviewedAt,
    rating: l.rating,
    durationMs: l.durationMs,
    stateAfter: l.state,
    origin: l.origin,
  }));
}
