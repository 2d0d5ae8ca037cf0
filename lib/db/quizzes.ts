// Practice quizzes: assembled from a deck's facts with a seed, stored with their answers (which
// never leave the server before submission), scored once, and optionally counted as reviews.
import { randomInt } from "node:crypto";
import type { Fact } from "@/lib/content/schema";
import { assembleQuiz, publicItem, type PublicQuizItem, type QuizItem, type QuizItemKind } from "@/lib/quiz/assemble";
import { scoreQuiz, type ItemScore, type SubmittedAnswer } from "@/lib/quiz/score";
import type { ConflictDetail, ListDetail } from "@/lib/quiz/check";
import { explainCheck } from "@/lib/quiz/explain";
import type { ItemFeedback, VersionView } from "@/lib/quiz/feedback";
import type { QuizVersion } from "@/lib/quiz/assemble";
import { countingSummary, isBlank, selectQuizReviews, whyNotCounted } from "@/lib/quiz/review-rules";
import { parseSnapshot, reviewCard, serializeSnapshot, studyDayStart, type StudySettings } from "@/lib/srs";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { CARD_STATE_SELECT, toCardStateRow } from "./card-states";
import { db, type Tx } from "./client";
import { findVisibleDeck } from "./decks";
import { rowToFact } from "./fact-rows";
import { getStudySettings } from "./settings";
import { schedulingColumns } from "./card-states";
import {
  parseJsonColumn,
  quizItemsSchema,
  quizRequestSchema,
  quizResultSchema,
  storedAnswerSchema,
} from "./json-columns";
import { isUniqueViolation } from "./users";

/** Quizzes are practice unless asked to count (countAsReviews, or practiceOnly: false). */
export type QuizRequest = {
  deck: string;
  count: number;
  seed?: number;
  kinds?: QuizItemKind[];
  tags?: string[];
  practiceOnly?: boolean;
  countAsReviews?: boolean;
};

export type QuizItemResult = {
  itemId: string;
  kind: QuizItemKind;
  prompt: string;
  given: string | string[] | null;
  correct: boolean;
  expected: string | string[];
  explanation: string;
  source: { key: string; title: string; section: string }[];
  /** Why the answer was accepted or not, in words (results stored before this have none). */
  why?: string;
  reason?: ItemScore["reason"];
  list?: ListDetail;
  conflict?: ConflictDetail;
  /** A disputed fact: every source's version, this item's first. */
  versions?: QuizVersion[];
  /** The learner said "I was right" on a type-in item marked wrong; it now counts as right. */
  overridden?: boolean;
};

/** The per-item check details a stored result keeps, so results can say why and show versions. */
function checkDetails(
  s: ItemScore,
  item: QuizItem,
): Pick<QuizItemResult, "why" | "reason" | "list" | "conflict" | "versions"> {
  const out: Pick<QuizItemResult, "why" | "reason" | "list" | "conflict" | "versions"> = { reason: s.reason };
  if (item.kind === "type-in" && typeof s.expected === "string") {
    out.why = explainCheck(
      {
        correct: s.correct,
        reason: s.reason === "unanswered" || s.reason === "invalid" ? "empty" : s.reason,
        list: s.list,
        conflict: s.conflict,
      },
      s.expected,
    );
  }
  if (s.list) out.list = s.list;
  if (s.conflict) out.conflict = s.conflict;
  if (item.versions) out.versions = item.versions;
  return out;
}

/** Short source titles ("Strategic Transactionalism"), for "X says …" feedback. */
function shortTitle(title: string): string {
  const head = title.split(/:\s/)[0] ?? title;
  return head.length <= 60 ? head : `${head.slice(0, 57)}…`;
}
export type QuizResult = { score: number; total: number; items: QuizItemResult[] };

export type QuizView = {
  id: string;
  deck: { id: string; slug: string; title: string };
  seed: number;
  config: QuizRequest;
  items: PublicQuizItem[];
  result: QuizResult | null;
  countsAsReview: boolean;
  /** What can count as a review, said on the quiz screen before submission. */
  counting: ReturnType<typeof countingSummary>;
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
  const titles = new Map(facts.map((f) => [f.fact.source, shortTitle(f.row.source.title)]));
  const items = assembleQuiz({
    facts: facts.map((f) => f.fact),
    seed,
    count: request.count,
    kinds: request.kinds,
    tags: request.tags,
  }).map((item) =>
    item.versions
      ? { ...item, versions: item.versions.map((v) => ({ ...v, sourceTitle: titles.get(v.source) ?? v.source })) }
      : item,
  );
  if (items.length === 0)
    throw Invalid("No quiz items could be made from that deck with these options. Try other kinds or tags.");
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
      countsAsReview: request.countAsReviews ?? request.practiceOnly === false,
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
    counting: countingSummary(items),
    createdAt: quiz.createdAt,
  };
}

async function findOwnQuiz(userId: string, quizId: string) {
  const prisma = await db();
  // Scoped by owner: another user's quiz is "not found", never "forbidden", so ids reveal nothing.
  const quiz = await prisma.quiz.findFirst({
    where: { id: quizId, userId },
    include: { deck: { select: { id: true, slug: true, title: true } } },
  });
  if (!quiz) throw NotFound("That quiz");
  return quiz;
}

export async function getQuiz(userId: string, quizId: string): Promise<QuizView> {
  const quiz = await findOwnQuiz(userId, quizId);
  const items = parseJsonColumn(quiz.items, quizItemsSchema, "Quiz.items");
  return {
    id: quiz.id,
    deck: quiz.deck,
    seed: quiz.seed,
    config: parseJsonColumn(quiz.config, quizRequestSchema, "Quiz.config"),
    items: items.map(publicItem),
    result: quiz.results ? parseJsonColumn(quiz.results, quizResultSchema, "Quiz.results") : null,
    countsAsReview: quiz.countsAsReview,
    counting: countingSummary(items),
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
 * quiz counts as review, each answered multiple-choice or type-in item becomes a review of that
 * fact's question card (wrong = Again, right = Good) by the rules of lib/quiz/review-rules: never a
 * blank or a true/false answer, each card once per study day, new cards only within today's room.
 * The score and the reviews are one transaction: both are written or neither.
 */
export async function submitQuiz(
  userId: string,
  quizId: string,
  answers: SubmittedAnswer[],
  now: Date,
): Promise<QuizResult> {
  const quiz = await findOwnQuiz(userId, quizId);
  if (quiz.results) return parseJsonColumn(quiz.results, quizResultSchema, "Quiz.results");

  const items = parseJsonColumn(quiz.items, quizItemsSchema, "Quiz.items");
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
        source: item.explanations.map((e) => ({
          key: e.source,
          title: sourceTitles.get(e.source) ?? e.source,
          section: e.section,
        })),
        ...checkDetails(s, item),
      };
    }),
  };

  const prisma = await db();
  const settings = quiz.countsAsReview ? await getStudySettings(userId) : null;
  const won = await prisma.$transaction(async (tx) => {
    const saved = await tx.quiz.updateMany({
      where: { id: quiz.id, userId, submittedAt: null },
      data: {
        answers: JSON.stringify(answers),
        results: JSON.stringify(result),
        score: result.score,
        submittedAt: now,
      },
    });
    if (saved.count !== 1) return false;
    if (settings)
      await writeQuizReviews(tx, {
        userId,
        quizId: quiz.id,
        deckId: quiz.deckId,
        items,
        result,
        given,
        facts,
        settings,
        now,
      });
    return true;
  });
  // A concurrent submission won: its result is the one that counts.
  if (!won) return parseJsonColumn((await findOwnQuiz(userId, quizId)).results!, quizResultSchema, "Quiz.results");
  return result;
}

type QuizReviewInput = {
  userId: string;
  quizId: string;
  deckId: string;
  items: QuizItem[];
  result: QuizResult;
  given: Map<string, string | string[]>;
  facts: { fact: Fact; row: { id: string; cards: { id: string; template: string }[] } }[];
  settings: StudySettings;
  now: Date;
};

// Quiz reviews go through Prisma inside the quiz's transaction (the review hot path in reviews.ts
// has its own); the scheduling is the same reviewCard, the log the same shape, origin "quiz".
async function writeQuizReviews(tx: Tx, q: QuizReviewInput) {
  const byKey = new Map(q.facts.map((f) => [f.fact.id, f.row]));
  const candidates = q.result.items.flatMap((r) => {
    const item = q.items.find((i) => i.id === r.itemId);
    if (!item || whyNotCounted(item, q.given.get(r.itemId)) !== null || isBlank(q.given.get(r.itemId))) return [];
    const card = byKey.get(item.factIds[0] ?? "")?.cards.find((c) => c.template === "qa");
    return card ? [{ itemId: r.itemId, cardId: card.id, correct: r.correct }] : [];
  });
  if (candidates.length === 0) return;
  const dayStart = studyDayStart(q.now, q.settings.timeZone, q.settings.dayStartHour);
  const cardIds = candidates.map((c) => c.cardId);
  const [states, todayLogs, cards] = await Promise.all([
    tx.cardState.findMany({
      where: { userId: q.userId, cardId: { in: cardIds } },
      select: { ...CARD_STATE_SELECT, id: true },
    }),
    tx.reviewLog.findMany({
      where: { userId: q.userId, deckId: q.deckId, reviewedAt: { gte: dayStart } },
      select: { cardId: true, wasNew: true },
    }),
    tx.card.findMany({ where: { id: { in: cardIds } }, select: { id: true, deckId: true, factId: true } }),
  ]);
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const cardOf = new Map(cards.map((c) => [c.id, c]));
  const { write } = selectQuizReviews(
    candidates.map((c) => ({ ...c, isNew: (stateOf.get(c.cardId)?.state ?? 0) === 0 })),
    {
      reviewedTodayCardIds: new Set(todayLogs.map((l) => l.cardId)),
      newRoom: q.settings.newPerDay - todayLogs.filter((l) => l.wasNew).length,
    },
  );
  for (const t of write) {
    const card = cardOf.get(t.cardId);
    if (!card) continue;
    const row = stateOf.get(t.cardId);
    // A suspended card stays out of the learner's reviews, quiz or not.
    if (row?.suspended) continue;
    const prev = row ? toCardStateRow(row) : null;
    const rating = t.correct ? 3 : 1;
    const { next, becameLeech } = reviewCard(prev, rating, q.now, q.settings);
    const leech = (prev?.leech ?? false) || becameLeech;
    const columns = { ...schedulingColumns(next), leech, suspended: (prev?.suspended ?? false) || becameLeech };
    if (row) {
      const updated = await tx.cardState.updateMany({
        where: { id: row.id, version: row.version },
        data: { ...columns, version: row.version + 1 },
      });
      if (updated.count !== 1) throw Conflict("A card in this quiz was reviewed elsewhere meanwhile. Submit again.");
    } else {
      await tx.cardState.create({
        data: { ...columns, userId: q.userId, cardId: card.id, deckId: card.deckId, factId: card.factId, version: 0 },
      });
    }
    await tx.reviewLog.create({
      data: {
        // A deterministic id: retrying this submission can never count the review twice.
        id: `quiz:${q.quizId}:${card.id}`,
        userId: q.userId,
        cardId: card.id,
        deckId: card.deckId,
        factId: card.factId,
        rating,
        origin: "quiz",
        durationMs: 0,
        reviewedAt: q.now,
        before: serializeSnapshot(prev),
        wasNew: prev === null || prev.state === 0,
        state: next.state,
        due: next.due,
        stability: next.stability,
        difficulty: next.difficulty,
        reps: next.reps,
        lapses: next.lapses,
        elapsedDays: next.elapsedDays,
        scheduledDays: next.scheduledDays,
      },
    });
  }
}

/** "Review these": the missed facts' question cards become due now, so today's queue has them. */
export async function queueMissedFacts(userId: string, quizId: string, now: Date): Promise<number> {
  const quiz = await findOwnQuiz(userId, quizId);
  if (!quiz.results) throw Invalid("Submit the quiz first.");
  const result = parseJsonColumn(quiz.results, quizResultSchema, "Quiz.results");
  const items = parseJsonColumn(quiz.items, quizItemsSchema, "Quiz.items");
  const missedKeys = new Set(
    result.items.filter((r) => !r.correct).flatMap((r) => items.find((i) => i.id === r.itemId)?.factIds ?? []),
  );
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
        await prisma.cardState.updateMany({
          where: { id: existing.id, version: existing.version },
          data: { due: now, buriedUntil: null, version: existing.version + 1 },
        });
      }
    } else {
      await prisma.cardState.create({
        data: { userId, cardId: card.id, deckId: card.deckId, factId: card.factId, due: now, state: 0 },
      });
    }
  }
  return cards.length;
}

export type OverrideAnswer = {
  result: QuizResult;
  /** Whether the item's quiz review had its rating corrected from Again to Good. */
  reviewCorrected: boolean;
  /** Why a counted review was left as it was, when it was. */
  note?: string;
};

const OVERRIDE_RATING = 3;

/**
 * "I was right": the learner stands by a typed answer the checker marked wrong. Recorded once per
 * item (a second claim changes nothing); the item is re-scored as right. When the item counted as
 * a review (Again), that review becomes Good, rescheduled from the same state and at the same
 * moment, as if it had been rated Good then — only while it is still the card's latest review, so
 * reviews made since are never rewritten.
 */
export async function overrideQuizItem(
  userId: string,
  quizId: string,
  itemId: string,
  now: Date,
): Promise<OverrideAnswer> {
  const quiz = await findOwnQuiz(userId, quizId);
  if (!quiz.results) throw Invalid("Submit the quiz first.");
  const result = parseJsonColumn(quiz.results, quizResultSchema, "Quiz.results");
  const scored = result.items.find((r) => r.itemId === itemId);
  const item = parseJsonColumn(quiz.items, quizItemsSchema, "Quiz.items").find((i) => i.id === itemId);
  if (!scored || !item) throw NotFound("That question");
  if (item.kind !== "type-in")
    throw Invalid("Only typed answers can be marked right by hand; the other kinds are checked exactly.");
  if (scored.overridden) return { result, reviewCorrected: false, note: "You had already marked this answer right." };
  if (scored.correct) throw Invalid("That answer was already marked right.");
  if (typeof scored.given !== "string" || scored.given.trim() === "")
    throw Invalid("There is no typed answer to stand by.");

  const prisma = await db();
  const factId = item.factIds[0];
  const card = factId
    ? await prisma.card.findFirst({
        where: { deckId: quiz.deckId, template: "qa", fact: { key: factId } },
        select: { id: true },
      })
    : null;
  const log = card ? await prisma.reviewLog.findFirst({ where: { id: `quiz:${quiz.id}:${card.id}`, userId } }) : null;
  let correction: {
    logId: string;
    cardId: string;
    afterVersion: number;
    next: ReturnType<typeof reviewCard>;
    before: ReturnType<typeof parseSnapshot>;
  } | null = null;
  let note: string | undefined;
  if (log && log.rating !== OVERRIDE_RATING) {
    const before = parseSnapshot(log.before);
    const afterVersion = before ? before.version + 1 : 0;
    const state = await prisma.cardState.findUnique({
      where: { userId_cardId: { userId, cardId: log.cardId } },
      select: { version: true },
    });
    if (state?.version === afterVersion) {
      const next = reviewCard(before, OVERRIDE_RATING, log.reviewedAt, await getStudySettings(userId));
      correction = { logId: log.id, cardId: log.cardId, afterVersion, next, before };
    } else {
      note =
        "The card has been reviewed since the quiz, so that later review stands and the quiz review keeps its rating.";
    }
  }

  const items = result.items.map((r) =>
    r.itemId === itemId
      ? { ...r, correct: true, overridden: true, why: "Marked right by you: you stood by this answer." }
      : r,
  );
  const next: QuizResult = { ...result, score: items.filter((r) => r.correct).length, items };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.quizOverride.create({
        data: {
          quizId: quiz.id,
          userId,
          itemId,
          given: scored.given as string,
          reviewId: correction?.logId ?? log?.id ?? null,
          ratingBefore: log?.rating ?? null,
          ratingAfter: correction ? OVERRIDE_RATING : (log?.rating ?? null),
          reviewNote: note ?? null,
          createdAt: now,
        },
      });
      const saved = await tx.quiz.updateMany({
        where: { id: quiz.id, userId, results: quiz.results },
        data: { results: JSON.stringify(next), score: next.score },
      });
      if (saved.count !== 1) throw Conflict("This quiz changed while saving; reload and try again.");
      if (correction) {
        const { next: s, becameLeech } = correction.next;
        const leech = (correction.before?.leech ?? false) || becameLeech;
        const updated = await tx.cardState.updateMany({
          where: { userId, cardId: correction.cardId, version: correction.afterVersion },
          data: {
            ...schedulingColumns(s),
            leech,
            suspended: (correction.before?.suspended ?? false) || becameLeech,
            version: correction.afterVersion + 1,
          },
        });
        if (updated.count !== 1) throw Conflict("The card was reviewed while correcting; reload and try again.");
        await tx.reviewLog.updateMany({
          where: { id: correction.logId, userId },
          data: {
            rating: OVERRIDE_RATING,
            state: s.state,
            due: s.due,
            stability: s.stability,
            difficulty: s.difficulty,
            reps: s.reps,
            lapses: s.lapses,
            elapsedDays: s.elapsedDays,
            scheduledDays: s.scheduledDays,
          },
        });
      }
    });
  } catch (e) {
    // Two claims at once: the first one recorded is the answer.
    if (isUniqueViolation(e))
      return {
        result: parseJsonColumn((await findOwnQuiz(userId, quizId)).results!, quizResultSchema, "Quiz.results"),
        reviewCorrected: false,
      };
    throw e;
  }
  return note === undefined
    ? { result: next, reviewCorrected: correction !== null }
    : { result: next, reviewCorrected: false, note };
}

/** The overrides a learner recorded on one quiz, oldest first. */
export async function listQuizOverrides(userId: string, quizId: string) {
  const quiz = await findOwnQuiz(userId, quizId);
  const prisma = await db();
  return prisma.quizOverride.findMany({ where: { quizId: quiz.id, userId }, orderBy: { createdAt: "asc" } });
}

/** Every source's version of a disputed fact as the results show them, this item's first. */
export function versionViews(versions: readonly QuizVersion[] | undefined): VersionView[] | undefined {
  if (!versions || versions.length < 2) return undefined;
  return versions.map((v, i) => ({
    source: v.sourceTitle ?? v.source,
    answer: v.answer,
    own: i === 0,
    ...(v.period ? { period: v.period } : {}),
  }));
}

function feedbackWhy(s: ItemScore, item: QuizItem): string {
  if (item.kind === "type-in") return checkDetails(s, item).why ?? "";
  if (s.reason === "unanswered" || s.reason === "empty") return "No answer given.";
  if (s.pairs) return s.correct ? "Right: every pair matches." : `${s.pairs.matched} of ${s.pairs.total} pairs right.`;
  if (item.kind === "timeline") return s.correct ? "Right: the order is correct." : "Not in the right order.";
  // A choice needs no reason beyond right or wrong, which the feedback already says.
  return "";
}

/**
 * One-at-a-time mode: checks one item before the quiz is submitted and records the answer, so the
 * first answer checked is the one that counts (a second check returns the first feedback).
 */
export async function checkQuizItem(
  userId: string,
  quizId: string,
  itemId: string,
  answer: string | string[],
  now: Date,
): Promise<ItemFeedback> {
  const quiz = await findOwnQuiz(userId, quizId);
  if (quiz.results) throw Invalid("This quiz has been submitted already.");
  const item = parseJsonColumn(quiz.items, quizItemsSchema, "Quiz.items").find((i) => i.id === itemId);
  if (!item) throw NotFound("That question");
  const prisma = await db();
  const earlier = await prisma.quizItemCheck.findUnique({ where: { quizId_itemId: { quizId: quiz.id, itemId } } });
  const given = earlier ? parseJsonColumn(earlier.answer, storedAnswerSchema, "QuizItemCheck.answer") : answer;
  const [s] = scoreQuiz([item], [{ itemId, answer: given }]).items;
  if (!s) throw NotFound("That question");
  if (!earlier) {
    try {
      await prisma.quizItemCheck.create({
        data: { quizId: quiz.id, itemId, answer: JSON.stringify(answer), correct: s.correct, checkedAt: now },
      });
    } catch (e) {
      // Checked twice at once: the first one stored counts, and its feedback is the answer.
      if (isUniqueViolation(e)) return checkQuizItem(userId, quizId, itemId, answer, now);
      throw e;
    }
  }
  const feedback: ItemFeedback = {
    itemId,
    correct: s.correct,
    expected: s.expected,
    why: feedbackWhy(s, item),
    explanation: item.explanations.map((e) => e.text).join(" "),
    // Only after submission: the override re-scores a stored result.
    canOverride: false,
  };
  if (s.pairs) feedback.pairs = s.pairs;
  const versions = versionViews(item.versions);
  if (versions) feedback.versions = versions;
  return feedback;
}

/** The answers recorded by one-at-a-time checks, to put first in the submission (first counts). */
export async function checkedAnswers(userId: string, quizId: string): Promise<SubmittedAnswer[]> {
  const quiz = await findOwnQuiz(userId, quizId);
  const prisma = await db();
  const rows = await prisma.quizItemCheck.findMany({ where: { quizId: quiz.id }, orderBy: { checkedAt: "asc" } });
  return rows.map((r) => ({
    itemId: r.itemId,
    answer: parseJsonColumn(r.answer, storedAnswerSchema, "QuizItemCheck.answer"),
  }));
}
