import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "./SignInForm";

export const metadata = { title: "Sign in" };

function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  // Only same-site paths: never bounce a user to another origin after signing in.
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/dashboard";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="narrow stack">
      <h1>Sign in</h1>
      <div className="panel">
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      <p className="muted">
        New here? <Link href="/signup">Create an account</Link>.
      </p>
    </div>
  );
}
