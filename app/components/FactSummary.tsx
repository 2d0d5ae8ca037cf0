// A fact as lists show it: question, answer, and where it comes from.
export function FactSummary({
  prompt,
  answer,
  sourceTitle,
  section,
}: {
  prompt: string;
  answer: string;
  sourceTitle: string;
  section: string;
}) {
  return (
    <>
      <p className="q">{prompt}</p>
      <p className="a">{answer}</p>
      <p className="meta">
        Source: <cite>{sourceTitle}</cite> — {section}
      </p>
    </>
  );
}
