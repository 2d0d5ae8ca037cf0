import { fieldErrorsOf } from "@/lib/http/form-action";
import { createUser, type UserSummary } from "@/lib/db/users";
import { AppError } from "@/lib/errors";
import { hashPassword } from "./password";
import { signUpSchema } from "@/lib/validation/auth";

export type SignUpResult =
  | { ok: true; user: UserSummary }
  | { ok: false; message: string; fields: Record<string, string[]> };

export async function signUp(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    return { ok: false, message: "Please fix the highlighted fields.", fields };
  }
  const { email, name, password, role, timeZone } = parsed.data;
  try {
    const user = await createUser({ email, name, role, timeZone, passwordHash: await hashPassword(password) });
    return { ok: true, user };
  } catch (e) {
    if (e instanceof AppError && e.code === "invalid") return { ok: false, message: e.message, fields: e.fields ?? {} };
    throw e;
  }
}
