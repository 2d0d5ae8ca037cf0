// The form messages every form uses: a field's errors under it, and the form's own message.
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {errors.join(" ")}
    </p>
  );
}

export function FormMessage({ ok, message }: { ok?: boolean; message?: string }) {
  if (!message) return null;
  return (
    <p className={ok ? "notice" : "form-error"} role={ok ? "status" : "alert"}>
      {message}
    </p>
  );
}
