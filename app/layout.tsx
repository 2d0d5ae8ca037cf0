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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <div className="inner">
            <Link href={user ? "/dashboard" : "/"} className="brand">
              Source<span>Deck</span>
            </Link>
            <nav className="site-nav" aria-label="Main">
              {user ? (
                <>
                  <Link href="/dashboard">Dashboard</Link>
                  <Link href="/classes">Classes</Link>
                  <Link href="/decks/new">New deck</Link>
                  <Link href="/imports">Import</Link>
                  <Link href="/stats">Statistics</Link>
                  <Link href="/settings">Settings</Link>
                  <span className="who" data-testid="signed-in-as">{user.email}</span>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/signin">Sign in</Link>
                  <Link href="/signup" className="button secondary">Create account</Link>
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
