// What a learner can do with the card in front of them during a session: suspend it, bury it until
// the next study day, flag it; and what the card back can show on request: the source passage the
// fact came from, and every source's version when sources disagree. Scoped by the caller: a card in a
// deck they cannot see is "not found".
import { studyDayEnd, type CardDetails } from "@/lib/srs";
import { NotFound } from "@/lib/errors";
import { checkTypedAnswer } from "@/lib/quiz/check";
import { db } from "./client";
import { visibleDecksWhere } from "./decks";
import { getStudySettings } from "./settings";

export type CardAction = "suspend" | "unsuspend" | "bury" | "unbury" | "flag" | "unflag";

export type { CardDetails, SourceVersion } from "@/lib/srs";

const CONTEXT_CHARS = 320;

async function findVisibleCard(userId: string, cardId: string) {
  const prisma = await db();
  const card = await prisma.card.findFirst({
    where: { id: cardId, deck: visibleDecksWhere(userId) },
    select: {
      id: true,
      deckId: true,
      factId: true,
      template: true,
      back: true,
      deck: { select: { slug: true, ownerId: true } },
      fact: {
        select: {
          id: true,
          key: true,
          conflict: true,
          variants: true,
          section: true,
          spanStart: true,
          spanEnd: true,
          source: { select: { title: true, text: true } },
        },
      },
    },
  });
  if (!card) throw NotFound("That card");
  return card;
}

/** Cuts context at a word boundary so the excerpt does not start or end mid-word. */
function excerpt(text: string, start: number, end: number) {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  return {
    before: (from > 0 ? "… " : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? " …" : ""),
  };
}

function parseVariants(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === "string") : [];
}

export async function getCardDetails(userId: string, cardId: string, typed?: string): Promise<CardDetails> {
  const card = await findVisibleCard(userId, cardId);
  const prisma = await db();
  const [state, group] = await Promise.all([
    prisma.cardState.findUnique({
      where: { userId_cardId: { userId, cardId } },
      select: { flagged: true, suspended: true },
    }),
    card.fact.conflict
      ? prisma.fact.findMany({
          where: { deckId: card.deckId, conflict: card.fact.conflict, status: "approved" },
          orderBy: { position: "asc" },
          select: { id: true, answer: true, section: true, source: { select: { title: true, date: true } } },
        })
      : Promise.resolve([]),
  ]);
  const { text } = card.fact.source;
  const { spanStart, spanEnd } = card.fact;
  const hasSpan =
    text !== null &&
    spanStart !== null &&
    spanEnd !== null &&
    spanStart >= 0 &&
    spanEnd <= text.length &&
    spanStart < spanEnd;
  return {
    cardId: card.id,
    factKey: card.fact.key,
    deckSlug: card.deck.slug,
    canEdit: card.deck.ownerId === userId,
    flagged: state?.flagged ?? false,
    suspended: state?.suspended ?? false,
    passage: hasSpan
      ? { ...excerpt(text, spanStart, spanEnd), sourceTitle: card.fact.source.title, section: card.fact.section }
      : null,
    versions:
      group.length > 1
        ? group.map((f) => ({
            answer: f.answer,
            sourceTitle: f.source.title,
            sourceDate: f.source.date,
            section: f.section,
            current: f.id === card.fact.id,
          }))
        : [],
    ...(typed !== undefined && card.template === "typein"
      ? { check: checkTypedAnswer(typed, card.back, parseVariants(card.fact.variants)) }
      : {}),
  };
}

/** Applies an in-session action; a card never studied gets a (new) state row to hold it. */
export async function applyCardAction(userId: string, cardId: string, action: CardAction, now: Date) {
  const card = await findVisibleCard(userId, cardId);
  const prisma = await db();
  let data: { suspended?: boolean; buriedUntil?: Date | null; flagged?: boolean };
  switch (action) {
    case "suspend":
      data = { suspended: true };
      break;
    case "unsuspend":
      data = { suspended: false };
      break;
    case "bury": {
      const settings = await getStudySettings(userId);
      data = { buriedUntil: studyDayEnd(now, settings.timeZone, settings.dayStartHour) };
      break;
    }
    case "unbury":
      data = { buriedUntil: null };
      break;
    case "flag":
      data = { flagged: true };
      break;
    case "unflag":
      data = { flagged: false };
      break;
  }
  const existing = await prisma.cardState.findUnique({
    where: { userId_cardId: { userId, cardId } },
    select: { id: true },
  });
  const select = { suspended: true, buriedUntil: true, flagged: true } as const;
  // Bumping the version makes a review sent from a tab that still shows the card a conflict, not a silent overwrite.
  const row = existing
    ? await prisma.cardState.update({
        where: { id: existing.id },
        data: { ...data, version: { increment: 1 } },
        select,
      })
    : await prisma.cardState.upsert({
        where: { userId_cardId: { userId, cardId } },
        create: { userId, cardId, deckId: card.deckId, factId: card.factId, due: now, state: 0, ...data },
        update: { ...data, version: { increment: 1 } },
        select,
      });
  return {
    cardId,
    suspended: row.suspended,
    buriedUntil: row.buriedUntil?.toISOString() ?? null,
    flagged: row.flagged,
  };
}

/** The caller's flagged cards in a deck, for the deck page. */
export async function listFlaggedCards(userId: string, deckId: string) {
  const prisma = await db();
  const rows = await prisma.cardState.findMany({
    where: { userId, deckId, flagged: true },
    select: {
      cardId: true,
      card: {
        select: { front: true, back: true, fact: { select: { section: true, source: { select: { title: true } } } } },
      },
    },
  });
  return rows.map((r) => ({
    cardId: r.cardId,
    front: r.card.front,
    back: r.card.back,
    source: r.card.fact.source.title,
    section: r.card.fact.section,
  }));
}
