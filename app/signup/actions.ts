"use server";
import { formText } from "@/lib/http/form-action";
import { signUp } from "@/lib/auth/sign-up";

export type SignUpState = {
  ok: boolean;
  message?: string;
  fields?: Record<string, string[]>;
  email?: string;
  values?: { name: string; email: string; role: string };
};

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const values = {
    name: formText(form, "name"),
    email: formText(form, "email"),
    role: formText(form, "role", "learner"),
  };
  const timeZone = formText(form, "timeZone") || undefined;
  const result = await signUp({ ...values, timeZone, password: form.get("password") });
  // The submitted values (never the password) go back so the form keeps what was typed.
  if (!result.ok) return { ok: false, message: result.message, fields: result.fields, values };
  return { ok: true, email: result.user.email };
}
