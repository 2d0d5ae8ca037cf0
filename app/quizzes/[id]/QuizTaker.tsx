"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import type { PublicQuizItem } from "@/lib/quiz/assemble";
import type { ItemFeedback } from "@/lib/quiz/feedback";
import { checkAnswer, submitAnswers } from "./actions";
import { Versions } from "./Versions";

type Answer = string | string[];
type Answers = Record<string, Answer>;
type Mode = "all" | "one";

const show = (v: Answer) => (Array.isArray(v) ? v.join(" → ") : v);

function isAnswered(a: Answer | undefined): boolean {
  if (a === undefined) return false;
  return typeof a === "string" ? a.trim() !== "" : a.length > 0 && a.every((x) => x !== "");
}

function Timeline({
  value,
  onChange,
  disabled,
}: {
  value: string[];
  onChange: (v: string[]) => void;
  disabled: boolean;
}) {
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
            <button
              type="button"
              className="secondary small-button"
              onClick={() => move(i, -1)}
              disabled={disabled || i === 0}
              aria-label={`Move "${label}" earlier`}
            >
              ↑
            </button>
            <button
              type="button"
              className="secondary small-button"
              onClick={() => move(i, 1)}
              disabled={disabled || i === value.length - 1}
              aria-label={`Move "${label}" later`}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Each answer may be used once: an option taken by another row is shown but disabled. */
function Matching({
  item,
  n,
  value,
  onChange,
  disabled,
}: {
  item: PublicQuizItem;
  n: number;
  value: string[];
  onChange: (v: string[]) => void;
  disabled: boolean;
}) {
  const rows = item.left ?? [];
  const current = rows.map((_, i) => value[i] ?? "");
  return (
    <div className="matching">
      <p className="hint">Each answer fits one question only.</p>
      {rows.map((cue, i) => (
        <div key={cue} className="field">
          <label htmlFor={`m-${n}-${i}`}>{cue}</label>
          <select
            id={`m-${n}-${i}`}
            value={current[i]}
            disabled={disabled}
            onChange={(e) => {
              const next = [...current];
              next[i] = e.target.value;
              onChange(next);
            }}
          >
            <option value="">Choose…</option>
            {item.options?.map((o) => {
              const usedElsewhere = current.some((c, j) => j !== i && c === o);
              return (
                <option key={o} value={o} disabled={usedElsewhere}>
                  {usedElsewhere ? `${o} (used)` : o}
                </option>
              );
            })}
          </select>
        </div>
      ))}
    </div>
  );
}

function ItemInput(props: {
  item: PublicQuizItem;
  n: number;
  value: Answer | undefined;
  onChange: (v: Answer) => void;
  disabled: boolean;
  feedback?: ItemFeedback;
  keys?: boolean;
}) {
  const { item, n, value, onChange, disabled, feedback, keys } = props;
  if (item.kind === "multiple-choice" || item.kind === "true-false") {
    return (
      <div className="options" role="radiogroup" aria-label="Options">
        {item.options?.map((o, k) => {
          const chosen = value === o;
          // After a check the right option is marked too, so a miss shows what it should have been.
          const isAnswer = feedback !== undefined && o.toLowerCase() === String(feedback.expected).toLowerCase();
          const mark = feedback ? (isAnswer ? " chosen-right" : chosen ? " chosen-wrong" : "") : "";
          return (
            <label key={o} className={`option${disabled ? " locked" : ""}${mark}`}>
              <input
                type="radio"
                name={item.id}
                value={o}
                checked={chosen}
                disabled={disabled}
                onChange={() => onChange(o)}
              />
              <span>{o}</span>
              {keys && !disabled && k < 9 && (
                <kbd className="option-key" aria-hidden="true">
                  {k + 1}
                </kbd>
              )}
            </label>
          );
        })}
      </div>
    );
  }
  if (item.kind === "type-in") {
    return (
      <div className="field">
        <label htmlFor={`a-${n}`}>Your answer</label>
        <input
          id={`a-${n}`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="done"
          value={value ?? ""}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    );
  }
  if (item.kind === "timeline") {
    return <Timeline value={(value as string[]) ?? item.options ?? []} onChange={onChange} disabled={disabled} />;
  }
  return <Matching item={item} n={n} value={(value as string[]) ?? []} onChange={onChange} disabled={disabled} />;
}

function Feedback({ f }: { f: ItemFeedback }) {
  return (
    <div className={`feedback ${f.correct ? "right" : "wrong"}`} data-testid="item-feedback">
      <p>
        <b className={f.correct ? "good" : "bad"}>{f.correct ? "Right" : "Not quite"}</b>
        {f.pairs && (
          <span className="muted small">
            {" "}
            · {f.pairs.matched} of {f.pairs.total} pairs
          </span>
        )}
      </p>
      {f.why && <p className="why small">{f.why}</p>}
      <p>
        Answer: <b>{show(f.expected)}</b>
      </p>
      {f.versions && <Versions versions={f.versions} />}
      <p className="explanation small">{f.explanation}</p>
    </div>
  );
}

export function QuizTaker({ quizId, items }: { quizId: string; items: PublicQuizItem[] }) {
  const [mode, setMode] = useState<Mode>("all");
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(items.filter((i) => i.kind === "timeline").map((i) => [i.id, [...(i.options ?? [])]])),
  );
  const [feedback, setFeedback] = useState<Record<string, ItemFeedback>>({});
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const nextButton = useRef<HTMLButtonElement>(null);
  const itemBox = useRef<HTMLFieldSetElement>(null);
  const set = (id: string, v: Answer) => setAnswers((a) => ({ ...a, [id]: v }));

  const current = items[index];
  const currentFeedback = current ? feedback[current.id] : undefined;

  // After a check, the next step is one key away; on a new question, its input gets focus.
  // Waits for the check to finish: a button still disabled by it cannot take focus.
  useEffect(() => {
    if (mode !== "one" || pending) return;
    if (currentFeedback) nextButton.current?.focus();
    else itemBox.current?.querySelector<HTMLElement>("input:not([disabled]), select:not([disabled])")?.focus();
  }, [mode, index, currentFeedback, pending]);

  // 1–9 pick an option in one-at-a-time mode, unless the learner is typing.
  useEffect(() => {
    if (mode !== "one" || !current || currentFeedback) return;
    if (current.kind !== "multiple-choice" && current.kind !== "true-false") return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.tagName === "INPUT" && (target as HTMLInputElement).type === "text") return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const k = Number(e.key);
      const option = Number.isInteger(k) && k >= 1 ? current.options?.[k - 1] : undefined;
      if (option !== undefined) set(current.id, option);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mode, current, currentFeedback]);

  function submitAll() {
    startTransition(async () => {
      const payload = Object.entries(answers).map(([itemId, answer]) => ({ itemId, answer }));
      const r = await submitAnswers(quizId, payload);
      if (r?.message) setMessage(r.message);
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const unanswered = items.filter((i) => !isAnswered(answers[i.id])).length;
    if (
      unanswered > 0 &&
      !window.confirm(`${unanswered} question${unanswered === 1 ? " is" : "s are"} unanswered. Submit anyway?`)
    )
      return;
    submitAll();
  }

  function check(event: React.FormEvent) {
    event.preventDefault();
    if (!current) return;
    if (currentFeedback) {
      if (index < items.length - 1) setIndex(index + 1);
      else submitAll();
      return;
    }
    const answer = answers[current.id];
    if (!isAnswered(answer)) {
      setMessage("Answer first, or skip this question.");
      return;
    }
    setMessage(null);
    startTransition(async () => {
      const r = await checkAnswer(quizId, { itemId: current.id, answer });
      if (r.feedback) setFeedback((f) => ({ ...f, [current.id]: r.feedback as ItemFeedback }));
      if (r.message) setMessage(r.message);
    });
  }

  const modeSwitch = (
    <div className="mode-switch quiz-modes" role="group" aria-label="How to take the quiz">
      <button type="button" aria-pressed={mode === "all"} onClick={() => setMode("all")}>
        Whole test
      </button>
      <button
        type="button"
        aria-pressed={mode === "one"}
        onClick={() => setMode("one")}
        aria-describedby="one-at-a-time-hint"
      >
        One at a time
      </button>
      <span id="one-at-a-time-hint" className="hint mode-hint">
        One question per screen, checked as you go.
      </span>
    </div>
  );

  if (mode === "one" && current) {
    const checked = Object.keys(feedback).length;
    const last = index === items.length - 1;
    return (
      <div className="stack">
        {modeSwitch}
        <div
          className="progress"
          role="progressbar"
          aria-label="Progress"
          aria-valuemin={0}
          aria-valuemax={items.length}
          aria-valuenow={index + 1}
        >
          <span style={{ width: `${((index + (currentFeedback ? 1 : 0)) / items.length) * 100}%` }} />
        </div>
        <form onSubmit={check} className="stack">
          {message && (
            <p className="form-error" role="alert">
              {message}
            </p>
          )}
          <fieldset
            ref={itemBox}
            key={current.id}
            className="panel quiz-item"
            data-testid="quiz-item"
            data-kind={current.kind}
          >
            <legend className="sr-only">Question {index + 1}</legend>
            <p className="muted small">
              Question {index + 1} of {items.length} · {checked} checked
            </p>
            <p className="q">{current.prompt}</p>
            <ItemInput
              item={current}
              n={index}
              value={answers[current.id]}
              onChange={(v) => set(current.id, v)}
              disabled={!!currentFeedback || pending}
              feedback={currentFeedback}
              keys
            />
            <div aria-live="polite">{currentFeedback && <Feedback f={currentFeedback} />}</div>
          </fieldset>
          <div className="quiz-nav">
            {currentFeedback ? (
              <button ref={nextButton} type="submit" disabled={pending}>
                {last ? (pending ? "Scoring…" : "See your results") : "Next question"}
              </button>
            ) : (
              <>
                <button type="submit" disabled={pending}>
                  {pending ? "Checking…" : "Check answer"}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={pending}
                  onClick={() => (last ? submitAll() : setIndex(index + 1))}
                >
                  {last ? "Skip and finish" : "Skip"}
                </button>
              </>
            )}
            {index > 0 && (
              <button type="button" className="link" onClick={() => setIndex(index - 1)}>
                ← Previous
              </button>
            )}
          </div>
        </form>
      </div>
    );
  }

  return (
    <div className="stack">
      {modeSwitch}
      <form onSubmit={submit} className="stack">
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        {items.map((item, n) => (
          <fieldset key={item.id} className="panel quiz-item" data-testid="quiz-item" data-kind={item.kind}>
            <legend className="sr-only">Question {n + 1}</legend>
            <p className="muted small">
              Question {n + 1} of {items.length}
            </p>
            <p className="q">{item.prompt}</p>
            <ItemInput
              item={item}
              n={n}
              value={answers[item.id]}
              onChange={(v) => set(item.id, v)}
              disabled={!!feedback[item.id]}
              feedback={feedback[item.id]}
            />
            {feedback[item.id] && <Feedback f={feedback[item.id] as ItemFeedback} />}
          </fieldset>
        ))}
        <button type="submit" disabled={pending}>
          {pending ? "Checking your answers…" : "Submit answers"}
        </button>
      </form>
    </div>
  );
}
