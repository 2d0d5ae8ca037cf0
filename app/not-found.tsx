import Link from "next/link";

export default function NotFound() {
  return (
    <div className="narrow stack">
      <h1>Not found</h1>
      <p className="muted">There is nothing here, or you don't have access to it.</p>
      <Link className="button secondary" href="/dashboard">
        Back to the dashboard
      </Link>
    </div>
  );
}
