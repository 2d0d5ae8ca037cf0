"use client";

// Reviews already rated are kept in this browser's outbox and sent when the page works again.
export default function StudyError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="narrow stack" role="alert">
      <h1>The study page could not be shown</h1>
      <p className="muted">Reviews you have rated are kept in this browser and will be sent when it works again.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
