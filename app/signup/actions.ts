"use server";
import { signUp } from "@/lib/auth/sign-up";

export type SignUpState = {
  ok: boolean;
  message?: string;
  fields?: Record<string, string[]>;
  email?: string;
  values?: { name: string; email: string; role: string };
};

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "learner") };
  const timeZone = String(form.get("timeZone") ?? "") || undefined;
  const result = await signUp({ ...values, timeZone, password: form.get("password") });
  // The submitted values (never the password) go back so the form keeps what was typed.
  if (!result.ok) return { ok: false, message: result.message, fields: result.fields, values };
  return { ok: true, email: result.user.email };
}
