"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="narrow stack" role="alert">
      <h1>Something went wrong</h1>
      <p className="muted">The page could not be shown. Your reviews are saved; try again.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
