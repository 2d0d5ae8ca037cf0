import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listEnrolledClasses, listTaughtClasses } from "@/lib/db/classes";
import { CreateClassForm, JoinClassForm } from "./forms";

export const metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const teaches = user.role === "instructor" || user.role === "admin";
  const [taught, enrolled] = await Promise.all([
    teaches ? listTaughtClasses(user.id) : Promise.resolve([]),
    listEnrolledClasses(user.id),
  ]);
  return (
    <div className="stack">
      <h1>Classes</h1>
      {teaches && (
        <section className="panel" aria-labelledby="teach-heading">
          <h2 id="teach-heading">Classes you teach</h2>
          {taught.length === 0 ? (
            <p className="muted">None yet. Create one and share its join code with your students.</p>
          ) : (
            <ul>
              {taught.map((c) => (
                <li key={c.id}>
                  <Link href={`/classes/${c.id}`}>{c.name}</Link> — {c._count.enrollments} student
                  {c._count.enrollments === 1 ? "" : "s"}, {c._count.assignments} assignment
                  {c._count.assignments === 1 ? "" : "s"}
                </li>
              ))}
            </ul>
          )}
          <CreateClassForm />
        </section>
      )}
      <section className="panel" aria-labelledby="join-heading">
        <h2 id="join-heading">Classes you take</h2>
        {enrolled.length === 0 ? (
          <p className="muted">You are not in a class yet.</p>
        ) : (
          <ul>
            {enrolled.map((c) => (
              <li key={c.id}>
                {c.name} <span className="muted small">— {c.instructor.name ?? c.instructor.email}</span>
              </li>
            ))}
          </ul>
        )}
        <JoinClassForm />
      </section>
    </div>
  );
}
