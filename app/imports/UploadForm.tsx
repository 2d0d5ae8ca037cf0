"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function UploadForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const body = new FormData(event.currentTarget);
    // XMLHttpRequest rather than fetch: it reports upload progress for large files.
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.upload.onprogress = (e) => e.lengthComputable && setUploaded(e.loaded / e.total);
    xhr.onerror = () => {
      setUploaded(null);
      setError("The upload failed: check your connection and try again.");
    };
    xhr.onload = () => {
      setUploaded(null);
      let answer: { id?: string; error?: { message?: string } } = {};
      try {
        answer = JSON.parse(xhr.responseText) as typeof answer;
      } catch {
        /* handled below */
      }
      if (xhr.status === 202 && answer.id) router.push(`/imports/${answer.id}`);
      else setError(answer.error?.message ?? `The server answered ${xhr.status}.`);
    };
    setUploaded(0);
    xhr.send(body);
  }

  return (
    <form onSubmit={submit} noValidate>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="files">Documents</label>
        <input
          id="files"
          name="files"
          type="file"
          multiple
          accept=".txt,.md,.pdf,.docx,.html,.htm,.apkg,.colpkg,.csv,.tsv,text/plain,text/csv,text/tab-separated-values,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        />
        <p className="hint">
          .txt, .md, .pdf, .docx or .html, up to 10 MB each. Several documents on one topic are merged, and where they
          disagree you see both versions.
        </p>
        <p className="hint">
          Or one deck file on its own: an Anki package (.apkg, .colpkg; its review history sets your schedule) or a
          table (.csv, .tsv — Quizlet&apos;s export is term, tab, definition; save it as .tsv).
        </p>
      </div>
      <div className="field">
        <label htmlFor="text">…or paste text</label>
        <textarea id="text" name="text" rows={6} />
      </div>
      <div className="field">
        <label htmlFor="pastedTitle">Title for the pasted text</label>
        <input id="pastedTitle" name="pastedTitle" placeholder="Pasted text" />
      </div>
      <div className="field">
        <label htmlFor="title">
          Title <span className="muted">(optional; for a single file, the source&apos;s title)</span>
        </label>
        <input id="title" name="title" />
      </div>
      {uploaded !== null ? (
        <div role="status" aria-live="polite">
          <progress max={1} value={uploaded} style={{ width: "100%" }} /> Uploading and reading…{" "}
          {Math.round(uploaded * 100)}%
        </div>
      ) : (
        <button type="submit">Import and find facts</button>
      )}
    </form>
  );
}
