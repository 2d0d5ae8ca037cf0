// A deck's sources, as cited by its facts.
export function SourcesList({ sources }: { sources: { key: string; title: string; author: string; date: string }[] }) {
  return (
    <section className="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul className="small">
        {sources.map((s) => (
          <li key={s.key}>
            <b>{s.title}</b> — {s.author}, {s.date}
          </li>
        ))}
      </ul>
    </section>
  );
}
