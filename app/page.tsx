import Link from "next/link";
import { currentUser } from "@/lib/auth/session";

export default async function LandingPage() {
  const user = await currentUser();
  return (
    <>
      <section className="hero">
        <h1>Learn what your sources actually say.</h1>
        <p>
          SourceDeck turns documents into flashcards and quizzes — treaty dates, articles, arms transfers, figures and
          people — each card linked to the passage it came from, and schedules your reviews with FSRS.
        </p>
        <div className="row">
          {user ? (
            <Link className="button" href="/dashboard">
              Go to your dashboard
            </Link>
          ) : (
            <>
              <Link className="button" href="/signup">
                Create a free account
              </Link>
              <Link className="button secondary" href="/signin">
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>
      <section className="features" aria-label="What you can do">
        <div className="panel">
          <h2>Daily reviews</h2>
          <p className="muted">A few minutes a day, on any screen, with the keyboard or your thumb.</p>
        </div>
        <div className="panel">
          <h2>Exam preparation</h2>
          <p className="muted">Practice quizzes and a clear answer to “am I ready for the exam date?”.</p>
        </div>
        <div className="panel">
          <h2>For instructors</h2>
          <p className="muted">Assign decks to a class and see which facts the class keeps missing.</p>
        </div>
      </section>
    </>
  );
}
