// Practice quizzes: assembled from a deck's facts with a seed, stored with their answers (which
// never leave the server before submission), scored once, and optionally counted as reviews.
import { randomInt } from "node:crypto";
import type { Fact } from "@/lib/content/schema";
import { assembleQuiz, publicItem, type PublicQuizItem, type QuizItem, type QuizItemKind } from "@/lib/quiz/assemble";
import { scoreQuiz, type SubmittedAnswer } from "@/lib/quiz/score";
import { studyDayStart } from "@/lib/srs";
import { Invalid, NotFound } from "@/lib/errors";
import { db } from "./client";
import { findVisibleDeck } from "./decks";
import { rowToFact } from "./fact-rows";
import { recordReview } from "./reviews";
import { getStudySettings } from "./settings";

export type QuizRequest = { deck: string; count: number; seed?: number; kinds?: QuizItemKind[]; tags?: string[]; practiceOnly?: boolean };

export type QuizItemResult = {
  itemId: string;
  kind: QuizItemKind;
  prompt: string;
  given: string | string[] | null;
  correct: boolean;
  expected: string | string[];
  explanation: string;
  source: { key: string; title: string; section: string }[];
};
export type QuizResult = { score: number; total: number; items: QuizItemResult[] };

export type QuizView = {
  id: string;
  deck: { id: string; slug: string; title: string };
  seed: number;
  config: QuizRequest;
  items: PublicQuizItem[];
  result: QuizResult | null;
  countsAsReview: boolean;
  createdAt: Date;
};

async function deckFacts(deckId: string) {
  const prisma = await db();
  const rows = await prisma.fact.findMany({
    where: { deckId, status: "approved" },
    include: { source: { select: { key: true, title: true } }, cards: { select: { id: true, template: true } } },
  });
  return rows.map((r) => ({ fact: rowToFact({ ...r, sourceKey: r.source.key }), row: r }));
}

export async function createQuiz(userId: string, request: QuizRequest): Promise<QuizView> {
  const deck = await findVisibleDeck(userId, request.deck);
  const facts = await deckFacts(deck.id);
  const seed = request.seed ?? randomInt(1, 2 ** 31 - 1);
  const items = assembleQuiz({ facts: facts.map((f) => f.fact), seed, count: request.count, kinds: request.kinds, tags: request.tags });
  if (items.length === 0) throw Invalid("No quiz items could be made from that deck with these options. Try other kinds or tags.");
  const prisma = await db();
  const config: QuizRequest = { ...request, deck: deck.slug, seed };
  const quiz = await prisma.quiz.create({
    data: {
      userId,
      deckId: deck.id,
      seed,
      config: JSON.stringify(config),
      items: JSON.stringify(items),
      total: items.length,
      countsAsReview: !request.practiceOnly,
    },
  });
  return {
    id: quiz.id,
    deck: { id: deck.id, slug: deck.slug, title: deck.title },
    seed,
    config,
    items: items.map(publicItem),
    result: null,
    countsAsReview: quiz.countsAsReview,
    createdAt: quiz.createdAt,
  };
}

async function findOwnQuiz(userId: string, quizId: string) {
  const prisma = await db();
  // Scoped by owner: another user's quiz is "not found", never "forbidden", so ids reveal nothing.
  const quiz = await prisma.quiz.findFirst({ where: { id: quizId, userId }, include: { deck: { select: { id: true, slug: true, title: true } } } });
  if (!quiz) throw NotFound("That quiz");
  return quiz;
}

export async function getQuiz(userId: string, quizId: string): Promise<QuizView> {
  const quiz = await findOwnQuiz(userId, quizId);
  const items = JSON.parse(quiz.items) as QuizItem[];
  return {
    id: quiz.id,
    deck: quiz.deck,
    seed: quiz.seed,
    config: JSON.parse(quiz.config) as QuizRequest,
    items: items.map(publicItem),
    result: quiz.results ? (JSON.parse(quiz.results) as QuizResult) : null,
    countsAsReview: quiz.countsAsReview,
    createdAt: quiz.createdAt,
  };
}

export async function listRecentQuizzes(userId: string, deckId: string, take = 5) {
  const prisma = await db();
  return prisma.quiz.findMany({
    where: { userId, deckId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, score: true, total: true, createdAt: true, submittedAt: true },
  });
}

/**
 * Scores a quiz once: a second submission returns the first result and changes nothing. When the
 * quiz counts as review, each one-fact item becomes a review of that fact's question card (wrong =
 * Again, right = Good), at most once per card per study day.
 */
export async function submitQuiz(userId: string, quizId: string, answers: SubmittedAnswer[], now: Date): Promise<QuizResult> {
  const quiz = await findOwnQuiz(userId, quizId);
  if (quiz.results) return JSON.parse(quiz.results) as QuizResult;

  const items = JSON.parse(quiz.items) as QuizItem[];
  const scored = scoreQuiz(items, answers);
  const facts = await deckFacts(quiz.deckId);
  const sourceTitles = new Map(facts.map((f) => [f.fact.source, f.row.source.title]));
  const given = new Map<string, string | string[]>();
  for (const a of answers) if (!given.has(a.itemId)) given.set(a.itemId, a.answer);

  const result: QuizResult = {
    score: scored.score,
    total: scored.total,
    items: scored.items.map((s) => {
      const item = items.find((i) => i.id === s.itemId)!;
      return {
        itemId: s.itemId,
        kind: item.kind,
        prompt: item.prompt,
        given: given.get(s.itemId) ?? null,
        correct: s.correct,
        expected: s.expected,
        explanation: item.explanations.map((e) => e.text).join(" "),
        source: item.explanations.map((e) => ({ key: e.source, title: sourceTitles.get(e.source) ?? e.source, section: e.section })),
      };
    }),
  };

  const prisma = await db();
  const saved = await prisma.quiz.updateMany({
    where: { id: quiz.id, userId, submittedAt: null },
    data: { answers: JSON.stringify(answers), results: JSON.stringify(result), score: result.score, submittedAt: now },
  });
  if (saved.count !== 1) {
    // A concurrent submission won: its result is the one that counts.
    return JSON.parse((await findOwnQuiz(userId, quizId)).results!) as QuizResult;
  }
  if (quiz.countsAsReview) await countAsReviews(userId, quiz.id, items, result, facts, now);
  return result;
}

async function countAsReviews(
  userId: string,
  quizId: string,
  items: QuizItem[],
  result: QuizResult,
  facts: { fact: Fact; row: { id: string; cards: { id: string; template: string }[] } }[],
  now: Date,
) {
  const prisma = await db();
  const settings = await getStudySettings(userId);
  const dayStart = studyDayStart(now, settings.timeZone, settings.dayStartHour);
  const byKey = new Map(facts.map((f) => [f.fact.id, f.row]));
  const targets = result.items
    .map((r) => ({ r, item: items.find((i) => i.id === r.itemId)! }))
    // Timelines and matching mix several facts in one answer: they don't say which fact was missed.
    .filter(({ item }) => item.factIds.length === 1)
    .map(({ r, item }) => ({ correct: r.correct, card: byKey.get(item.factIds[0])?.cards.find((c) => c.template === "qa") }))
    .filter((t): t is { correct: boolean; card: { id: string; template: string } } => !!t.card);
  if (targets.length === 0) return;
  const reviewedToday = new Set(
    (await prisma.reviewLog.findMany({ where: { userId, cardId: { in: targets.map((t) => t.card.id) }, reviewedAt: { gte: dayStart } }, select: { cardId: true } })).map(
      (l) => l.cardId,
    ),
  );
  for (const t of targets) {
    if (reviewedToday.has(t.card.id)) continue;
    reviewedToday.add(t.card.id);
    // A deterministic id: retrying this submission can never count the review twice.
    await recordReview({ userId, reviewId: `quiz:${quizId}:${t.card.id}`, cardId: t.card.id, rating: t.correct ? 3 : 1, durationMs: 0, origin: "quiz", now });
  }
}

/** "Review these": the missed facts' question cards become due now, so today's queue has them. */
export async function queueMissedFacts(userId: string, quizId: string, now: Date): Promise<number> {
  const quiz = await findOwnQuiz(userId, quizId);
  if (!quiz.results) throw Invalid("Submit the quiz first.");
  const result = JSON.parse(quiz.results) as QuizResult;
  const items = JSON.parse(quiz.items) as QuizItem[];
  const missedKeys = new Set(result.items.filter((r) => !r.correct).flatMap((r) => items.find((i) => i.id === r.itemId)?.factIds ?? []));
  if (missedKeys.size === 0) return 0;
  const prisma = await db();
  const cards = await prisma.card.findMany({
    where: { deckId: quiz.deckId, template: "qa", fact: { key: { in: [...missedKeys] } } },
    select: { id: true, factId: true, deckId: true },
  });
  for (const card of cards) {
    const existing = await prisma.cardState.findUnique({ where: { userId_cardId: { userId, cardId: card.id } } });
    if (existing) {
      // Only the due date moves (and a bury is lifted): FSRS's memory state is untouched.
      if (existing.due > now || existing.buriedUntil) {
        await prisma.cardState.updateMany({ where: { id: existing.id, version: existing.version }, data: { due: now, buriedUntil: null, version: existing.version + 1 } });
      }
    } else {
      await prisma.cardState.create({ data: { userId, cardId: card.id, deckId: card.deckId, factId: card.factId, due: now, state: 0 } });
    }
  }
  return cards.length;
}
