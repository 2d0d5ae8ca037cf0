import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { SignOutButton } from "./components/SignOutButton";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SourceDeck", template: "%s · SourceDeck" },
  description: "Flashcards and quizzes from the facts in your source documents, scheduled with FSRS.",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

function NavLinks() {
  return (
    <>
      <Link href="/classes">Classes</Link>
      <Link href="/decks/new">New deck</Link>
      <Link href="/imports">Import</Link>
      <Link href="/stats">Statistics</Link>
      <Link href="/settings">Settings</Link>
    </>
  );
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link href={user ? "/dashboard" : "/"} className="brand">
              Source<span>Deck</span>
            </Link>
            <nav className="site-nav" aria-label="Main">
              {user ? (
                <>
                  <Link href="/dashboard">Dashboard</Link>
                  <span className="nav-wide">
                    <NavLinks />
                    <span className="who" data-testid="signed-in-as">
                      {user.email}
                    </span>
                    <SignOutButton />
                  </span>
                  {/* On a phone the header stays one row: the other links fold into a menu. */}
                  <details className="nav-narrow">
                    <summary>Menu</summary>
                    <div className="nav-narrow-links">
                      <NavLinks />
                      <span className="who">{user.email}</span>
                      <SignOutButton />
                    </div>
                  </details>
                </>
              ) : (
                <>
                  <Link href="/signin">Sign in</Link>
                  <Link href="/signup" className="button secondary">
                    Create account
                  </Link>
                </>
              )}
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
