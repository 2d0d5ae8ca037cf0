import { SourcesList } from "@/app/components/SourcesList";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/not-found";
import { getDeckWithFacts } from "@/lib/db/decks";
import { getReadiness, type Readiness } from "@/lib/db/exam";
import { listFlaggedCards } from "@/lib/db/card-actions";
import { listLeeches } from "@/lib/db/leeches";
import { getStudySettings } from "@/lib/db/settings";
import { studyCountsForDecks } from "@/lib/db/study-counts";
import { studyDayKey, type SourceVersion } from "@/lib/srs";
import { ActionButton } from "@/app/components/ActionButton";
import { unsuspendLeech } from "./actions";
import { ExamForm } from "./ExamForm";
import { FactBrowser } from "./FactBrowser";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  return { title: (await params).slug };
}

type DeckView = Awaited<ReturnType<typeof getDeckWithFacts>>;

/** Every source's version of a conflict group, for the fact list; a lone member has none to compare. */
function sourceVersions(deck: DeckView, group: string, factId: string): SourceVersion[] | undefined {
  const members = deck.facts.filter((f) => f.conflict === group);
  if (members.length < 2) return undefined;
  const dates = new Map(deck.sources.map((s) => [s.key, s.date]));
  return members.map((f) => ({
    answer: f.answer,
    sourceTitle: f.sourceTitle,
    sourceDate: dates.get(f.source) ?? "",
    section: f.section,
    current: f.id === factId,
  }));
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function ReadinessPanel({ slug, r, examKey }: { slug: string; r: Readiness; examKey: string | null }) {
  const ready = r.readiness;
  return (
    <section className="panel" aria-labelledby="exam-heading" data-testid="readiness">
      <h2 id="exam-heading">Exam preparation</h2>
      {r.exam?.from === "assignment" && (
        <p className="small muted">
          Due date of your assignment in <b>{r.exam.className}</b>.
        </p>
      )}
      <ExamForm deck={slug} current={r.exam?.from === "self" ? examKey : null} />
      {ready ? (
        <div className="stat-row">
          <div className="stat">
            <b data-testid="predicted-recall">{percent(ready.predictedRecall)}</b>
            <span>predicted recall on exam day</span>
          </div>
          <div className="stat">
            <b>{ready.cardsNew}</b>
            <span>cards still new</span>
          </div>
          <div className="stat">
            <b>{ready.daysLeft}</b>
            <span>days left</span>
          </div>
          <div className="stat">
            <b>{ready.newPerDayNeeded}</b>
            <span>new cards a day to see them all</span>
          </div>
        </div>
      ) : (
        <p className="muted small">
          Set an exam date to see how ready you will be. Today you would recall about {percent(r.recallNow)} of the
          deck.
        </p>
      )}
      <div className="row">
        <Link className="button secondary" href={`/decks/${slug}/quiz`}>
          Practice quiz
        </Link>
        <Link className="button secondary" href={`/study/${slug}/cram`}>
          Cram weakest cards
        </Link>
      </div>
    </section>
  );
}

export default async function DeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/decks/${slug}`);
  const deck = await orNotFound(getDeckWithFacts(user.id, slug));
  const now = new Date();
  const settings = await getStudySettings(user.id);
  const [readiness, leeches, todayCounts, flagged] = await Promise.all([
    getReadiness(user.id, deck.slug, now),
    listLeeches(user.id, deck.slug),
    studyCountsForDecks(user.id, [deck.id], settings, now),
    listFlaggedCards(user.id, deck.id),
  ]);
  const today = todayCounts.get(deck.id) ?? { new: 0, learning: 0, review: 0 };
  const examKey = readiness.exam ? studyDayKey(readiness.exam.examAt, settings.timeZone, settings.dayStartHour) : null;
  return (
    <div className="stack">
      <div>
        <h1>{deck.title}</h1>
        {deck.description && <p className="muted">{deck.description}</p>}
        <p className="small muted">
          {deck.facts.length} facts from {deck.sources.length} source{deck.sources.length === 1 ? "" : "s"}
        </p>
        <p className="small" data-testid="deck-counts">
          Today: <b>{today.new}</b> new · <b>{today.learning}</b> learning · <b>{today.review}</b> to review
        </p>
        <div className="row">
          <Link className="button" href={`/study/${deck.slug}`}>
            Study now
          </Link>
          {deck.ownerId === user.id && (
            <Link className="button secondary" href={`/decks/${deck.slug}/edit`}>
              Edit deck
            </Link>
          )}
          {deck.ownerId !== user.id && (
            <Link className="button secondary" href={`/decks/new?from=${deck.slug}`}>
              Copy to edit
            </Link>
          )}
        </div>
      </div>
      <ReadinessPanel slug={deck.slug} r={readiness} examKey={examKey} />
      {leeches.length > 0 && (
        <section className="panel" aria-labelledby="leech-heading" data-testid="leeches">
          <h2 id="leech-heading">Leeches: set aside after {leeches[0]?.lapses}+ slips</h2>
          <p className="small muted">Reread each in its source, then bring it back into your reviews.</p>
          <ul className="plain">
            {leeches.map((l) => (
              <li key={l.cardId} className="row">
                <div>
                  <b>{l.front}</b> — {l.back}
                  <div className="small muted">
                    Source: <cite>{l.source}</cite> — {l.section}
                  </div>
                </div>
                <span className="spacer" />
                <ActionButton
                  action={unsuspendLeech.bind(null, deck.slug, l.cardId)}
                  className="secondary"
                  label="Review again"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {flagged.length > 0 && (
        <section className="panel" aria-labelledby="flagged-heading" data-testid="flagged">
          <h2 id="flagged-heading">Flagged cards</h2>
          <ul className="plain">
            {flagged.map((c) => (
              <li key={c.cardId}>
                <b>{c.front}</b> — {c.back}
                <div className="small muted">
                  Source: <cite>{c.source}</cite> — {c.section}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourcesList sources={deck.sources} />
      <section className="panel" aria-labelledby="export-heading" data-testid="deck-export">
        <h2 id="export-heading">Export</h2>
        <p className="small muted">
          Take this deck elsewhere: Anki gets the cards with your schedule and review history.
        </p>
        <div className="row">
          <a className="button secondary" href={`/api/v1/decks/${deck.id}/export?format=apkg`} download>
            Anki package (.apkg)
          </a>
          <a className="button secondary" href={`/api/v1/decks/${deck.id}/export?format=csv`} download>
            Spreadsheet (.csv)
          </a>
          <a className="button secondary" href={`/api/v1/decks/${deck.id}/export?format=yaml`} download>
            Content YAML (.zip)
          </a>
        </div>
        <p className="small muted">
          <a href="/api/v1/me/reviews.csv" download>
            All your reviews as CSV
          </a>
          , in the columns the FSRS tools read, to check the scheduler against your own.
        </p>
      </section>
      <section className="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts</h2>
        <FactBrowser
          facts={deck.facts.map((f) => ({
            id: f.id,
            kind: f.kind,
            prompt: f.prompt,
            answer: f.answer,
            conflict: f.conflict,
            sourceTitle: f.sourceTitle,
            section: f.section,
            versions: f.conflict ? sourceVersions(deck, f.conflict, f.id) : undefined,
          }))}
        />
      </section>
    </div>
  );
}
