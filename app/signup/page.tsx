import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignUpForm } from "./SignUpForm";

export const metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <div className="narrow stack">
      <h1>Create your account</h1>
      <div className="panel">
        <SignUpForm />
      </div>
      <p className="muted">
        Already have one? <Link href="/signin">Sign in</Link>.
      </p>
    </div>
  );
}
