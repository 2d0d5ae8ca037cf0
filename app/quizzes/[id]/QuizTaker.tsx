"use client";
import { useState, useTransition } from "react";
import type { PublicQuizItem } from "@/lib/quiz/assemble";
import { submitAnswers } from "./actions";

type Answers = Record<string, string | string[]>;

function Timeline({ value, onChange }: { item: PublicQuizItem; value: string[]; onChange: (v: string[]) => void }) {
  const move = (i: number, d: number) => {
    const next = [...value];
    const a = next[i];
    const b = next[i + d];
    if (a === undefined || b === undefined) return;
    next[i] = b;
    next[i + d] = a;
    onChange(next);
  };
  return (
    <ol className="order-list">
      {value.map((label, i) => (
        <li key={label}>
          <span>{label}</span>
          <span className="row">
            <button type="button" className="secondary small-button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move "${label}" earlier`}>↑</button>
            <button type="button" className="secondary small-button" onClick={() => move(i, 1)} disabled={i === value.length - 1} aria-label={`Move "${label}" later`}>↓</button>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function QuizTaker({ quizId, items }: { quizId: string; items: PublicQuizItem[] }) {
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(items.filter((i) => i.kind === "timeline").map((i) => [i.id, [...(i.options ?? [])]])),
  );
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (id: string, v: string | string[]) => setAnswers((a) => ({ ...a, [id]: v }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const unanswered = items.filter((i) => {
      const a = answers[i.id];
      return a === undefined || (typeof a === "string" && !a.trim()) || (Array.isArray(a) && a.some((x) => !x));
    }).length;
    if (unanswered > 0 && !window.confirm(`${unanswered} question${unanswered === 1 ? " is" : "s are"} unanswered. Submit anyway?`)) return;
    startTransition(async () => {
      const payload = Object.entries(answers).map(([itemId, answer]) => ({ itemId, answer }));
      const r = await submitAnswers(quizId, payload);
      if (r?.message) setMessage(r.message);
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      {message && <p className="form-error" role="alert">{message}</p>}
      {items.map((item, n) => (
        <fieldset key={item.id} className="panel quiz-item" data-testid="quiz-item" data-kind={item.kind}>
          <legend className="sr-only">Question {n + 1}</legend>
          <p className="muted small">Question {n + 1} of {items.length}</p>
          <p className="q">{item.prompt}</p>
          {(item.kind === "multiple-choice" || item.kind === "true-false") && (
            <div className="options">
              {item.options?.map((o) => (
                <label key={o} className="option">
                  <input type="radio" name={item.id} value={o} checked={answers[item.id] === o} onChange={() => set(item.id, o)} /> {o}
                </label>
              ))}
            </div>
          )}
          {item.kind === "type-in" && (
            <div className="field">
              <label htmlFor={`a-${n}`}>Your answer</label>
              <input id={`a-${n}`} autoComplete="off" value={(answers[item.id] as string) ?? ""} onChange={(e) => set(item.id, e.target.value)} />
            </div>
          )}
          {item.kind === "timeline" && (
            <Timeline item={item} value={(answers[item.id] as string[]) ?? item.options ?? []} onChange={(v) => set(item.id, v)} />
          )}
          {item.kind === "matching" && (
            <div className="matching">
              {item.left?.map((cue, i) => (
                <div key={cue} className="field">
                  <label htmlFor={`m-${n}-${i}`}>{cue}</label>
                  <select
                    id={`m-${n}-${i}`}
                    value={((answers[item.id] as string[]) ?? [])[i] ?? ""}
                    onChange={(e) => {
                      const next = [...(((answers[item.id] as string[]) ?? item.left?.map(() => "")) ?? [])];
                      next[i] = e.target.value;
                      set(item.id, next);
                    }}
                  >
                    <option value="">Choose…</option>
                    {item.options?.map((o) => (
                      <option key={o} value={o}>{o}</option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          )}
        </fieldset>
      ))}
      <button type="submit" disabled={pending}>{pending ? "Checking your answers…" : "Submit answers"}</button>
    </form>
  );
}
