"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { FieldError } from "@/app/components/FormErrors";
import { signUpAction, type SignUpState } from "./actions";

export function SignUpForm() {
  const router = useRouter();
  // React resets the form after the action, so the password is kept from the submit event.
  const password = useRef("");
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, { ok: false });

  // The account exists: sign in with the same credentials and go to the dashboard.
  useEffect(() => {
    if (!state.ok || !state.email) return;
    void signIn("credentials", { redirect: false, email: state.email, password: password.current }).then((r) => {
      router.push(r?.ok ? "/dashboard" : "/signin");
      router.refresh();
    });
  }, [state, router]);

  // The browser's time zone becomes the account's (read after mount: the server cannot know it).
  const [timeZone, setTimeZone] = useState("");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  const f = state.fields ?? {};
  const v = state.values;
  return (
    <form
      action={action}
      noValidate
      onSubmit={(e) => {
        password.current = (e.currentTarget.elements.namedItem("password") as HTMLInputElement).value;
      }}
    >
      {state.message && !state.ok && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className="field">
        <label htmlFor="name">
          Name <span className="muted">(optional)</span>
        </label>
        <input id="name" name="name" autoComplete="name" defaultValue={v?.name} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={v?.email}
          required
          aria-invalid={!!f.email}
          aria-describedby={f.email ? "email-error" : undefined}
        />
        <FieldError id="email-error" errors={f.email} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          aria-invalid={!!f.password}
          aria-describedby={f.password ? "password-error" : "password-hint"}
        />
        <p id="password-hint" className="hint">
          At least 10 characters.
        </p>
        <FieldError id="password-error" errors={f.password} />
      </div>
      <fieldset>
        <legend className="small">
          <b>I am</b>
        </legend>
        <div className="choices">
          <label>
            <input type="radio" name="role" value="learner" defaultChecked={v?.role !== "instructor"} /> a learner or
            student
          </label>
          <label>
            <input type="radio" name="role" value="instructor" defaultChecked={v?.role === "instructor"} /> an
            instructor
          </label>
        </div>
        <FieldError id="role-error" errors={f.role} />
      </fieldset>
      <button type="submit" disabled={pending || state.ok}>
        {pending || state.ok ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
