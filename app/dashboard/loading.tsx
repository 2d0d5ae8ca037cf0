// Only where no page below can answer 404: a loading boundary above notFound() would make the
// response stream with status 200 before the page knows the thing is missing.
export default function Loading() {
  return (
    <p className="muted" aria-live="polite">
      Loading…
    </p>
  );
}
