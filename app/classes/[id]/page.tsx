import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getClassProgress, getTaughtClass, listEnrolledClasses } from "@/lib/db/classes";
import { listDecksForUser } from "@/lib/db/decks";
import { AppError } from "@/lib/errors";
import { ActionButton } from "@/app/components/ActionButton";
import { deleteAssignmentAction, fitClassParametersAction, removeStudentAction, rotateCodeAction } from "../actions";
import { CreateAssignmentForm } from "../forms";

export const metadata = { title: "Class" };

const pct = (x: number) => `${Math.round(x * 100)}%`;

async function load(userId: string, id: string, assignment?: string) {
  try {
    const now = new Date();
    const [cls, progress, decks] = await Promise.all([
      getTaughtClass(userId, id),
      getClassProgress(userId, id, now, assignment),
      listDecksForUser(userId, now),
    ]);
    return { cls, progress, decks };
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    if (e instanceof AppError && e.code === "forbidden") return null;
    throw e;
  }
}

export default async function ClassPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ assignment?: string }>;
}) {
  const { id } = await params;
  const { assignment } = await searchParams;
  const user = await requireUser(`/classes/${id}`);
  const data = await load(user.id, id, assignment);
  // A learner is told this is the instructor's page only for a class they belong to; any other id is
  // a plain 404, so ids reveal nothing.
  if (!data && !(await listEnrolledClasses(user.id)).some((c) => c.id === id)) notFound();
  if (!data) {
    return (
      <div className="narrow stack" data-testid="forbidden">
        <h1>Instructors only</h1>
        <p className="muted">This page is for the class&apos;s instructor. Your own progress is on your dashboard.</p>
        <Link className="button secondary" href="/dashboard">
          Dashboard
        </Link>
      </div>
    );
  }
  const { cls, progress, decks } = data;
  const current = progress.assignment;
  const missedFacts = progress.facts.filter((f) => f.reviews + f.quizAnswers > 0).slice(0, 25);
  return (
    <div className="stack">
      <p className="small">
        <Link href="/classes">← Classes</Link>
      </p>
      <h1>{cls.name}</h1>
      <section className="panel row" aria-label="Join code">
        <div>
          <p className="small muted" style={{ margin: 0 }}>
            Students join with
          </p>
          <p className="join-code" data-testid="join-code">
            {cls.joinCode}
          </p>
        </div>
        <span className="spacer" />
        <ActionButton
          action={rotateCodeAction.bind(null, cls.id)}
          className="secondary"
          label="New code (the old one stops working)"
        />
      </section>

      <div className="grid">
        <section className="panel" aria-labelledby="assignments-heading">
          <h2 id="assignments-heading">Assignments</h2>
          {cls.assignments.length === 0 ? (
            <p className="muted">No assignments yet.</p>
          ) : (
            <ul className="plain">
              {cls.assignments.map((a) => (
                <li key={a.id} className="row">
                  <Link
                    href={`/classes/${cls.id}?assignment=${a.id}`}
                    aria-current={current?.id === a.id ? "true" : undefined}
                  >
                    {a.deck.title}
                  </Link>
                  <span className="muted small">
                    due {a.dueAt.toISOString().slice(0, 10)} · target {pct(a.targetRetention)}
                  </span>
                  <ActionButton
                    action={deleteAssignmentAction.bind(null, cls.id, a.id)}
                    className="link"
                    label="Remove"
                  />
                </li>
              ))}
            </ul>
          )}
          <h3>New assignment</h3>
          <CreateAssignmentForm classId={cls.id} decks={decks.map((d) => ({ slug: d.slug, title: d.title }))} />
        </section>
        <section className="panel" aria-labelledby="students-heading">
          <h2 id="students-heading">Students ({cls.students.length})</h2>
          {cls.students.length === 0 ? (
            <p className="muted">Nobody has joined yet. Share the join code.</p>
          ) : (
            <ul className="plain">
              {cls.students.map((s) => (
                <li key={s.id} className="row">
                  <span>{s.name ?? s.email}</span>
                  <span className="spacer" />
                  <ActionButton action={removeStudentAction.bind(null, cls.id, s.id)} className="link" label="Remove" />
                </li>
              ))}
            </ul>
          )}
          <h3>Memory model</h3>
          <p className="small muted">
            Fit FSRS parameters on the class&apos;s pooled reviews. Students who join later start on them until they
            have enough reviews of their own for a personal fit.
          </p>
          <ActionButton
            action={fitClassParametersAction.bind(null, cls.id)}
            className="secondary"
            label="Fit class parameters"
          />
        </section>
      </div>

      {current && (
        <>
          <section className="panel" aria-labelledby="progress-heading">
            <div className="row">
              <h2 id="progress-heading">
                Progress: {current.deck.title}{" "}
                <span className="muted small">
                  due {current.dueAt.slice(0, 10)}, target {pct(current.target)}
                </span>
              </h2>
              <span className="spacer" />
              <a className="button secondary" href={`/api/v1/classes/${cls.id}/students.csv?assignment=${current.id}`}>
                Download CSV
              </a>
            </div>
            <div className="table-wrap">
              <table className="responsive" data-testid="student-progress">
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    <th scope="col">Cards introduced</th>
                    <th scope="col">Reviews (7 days)</th>
                    <th scope="col">Predicted recall on due date</th>
                    <th scope="col">Last active</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {progress.students.map((s) => (
                    <tr key={s.studentId}>
                      <td data-label="Student">{s.name ?? s.email}</td>
                      <td data-label="Cards introduced">
                        {s.cardsIntroduced} / {s.totalCards}
                      </td>
                      <td data-label="Reviews (7 days)">{s.reviewsLast7Days}</td>
                      <td data-label="Predicted recall">{pct(s.predictedRecall)}</td>
                      <td data-label="Last active">{s.lastActive ? s.lastActive.slice(0, 10) : "never"}</td>
                      <td data-label="Status">
                        <span className={`badge ${s.status === "at-risk" ? "warn" : ""}`}>
                          {s.status === "at-risk" ? "at risk" : "on track"}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading">Facts the class keeps missing</h2>
            {missedFacts.length === 0 && <p className="muted">No reviews or quiz answers on this deck yet.</p>}
            <div className="table-wrap" hidden={missedFacts.length === 0}>
              <table className="responsive" data-testid="fact-progress">
                <thead>
                  <tr>
                    <th scope="col">Fact</th>
                    <th scope="col">Missed in reviews</th>
                    <th scope="col">Wrong in quizzes</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {missedFacts.map((f) => (
                    <tr key={f.factId}>
                      <td data-label="Fact">
                        <b>{f.prompt}</b>
                        <br />
                        <span className="small muted">{f.answer}</span>
                      </td>
                      <td data-label="Missed in reviews">{f.reviews ? `${pct(f.lapseRate)} of ${f.reviews}` : "—"}</td>
                      <td data-label="Wrong in quizzes">
                        {f.quizAnswers ? `${pct(f.quizErrorRate)} of ${f.quizAnswers}` : "—"}
                      </td>
                      <td className="small" data-label="Source">
                        <cite>{f.source.title}</cite> — {f.source.section}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
