import Link from "next/link";

/** The body of a segment's not-found page: what is missing, and where to go instead. */
export function MissingPage({
  title,
  text,
  href = "/dashboard",
  linkText = "Back to the dashboard",
}: {
  title: string;
  text: string;
  href?: string;
  linkText?: string;
}) {
  return (
    <div className="narrow stack" data-testid="not-found">
      <h1>{title}</h1>
      <p className="muted">{text}</p>
      <Link className="button secondary" href={href}>
        {linkText}
      </Link>
    </div>
  );
}
