// Who is asking. Pages call requireUser (redirects to sign-in); JSON routes call requireApiUser
// (throws Unauthorized, answered as 401). The proxy is not authorisation: every entry point checks.
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Forbidden, Unauthorized } from "@/lib/errors";
import { authOptions } from "./options";
import type { Role } from "@/lib/validation/auth";
import { cookieFromHeader, sessionSecret, sessionTokenFrom, userFromSessionToken } from "./session-token";

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id || !u.email) return null;
  // next-auth's Session is augmented in types/next-auth.d.ts, which the lint service does not see.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  const role: Role = u.role ?? "learner";
  return { id: u.id, email: u.email, name: u.name ?? null, role };
}

export async function requireUser(returnTo = "/dashboard"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * JSON routes: the session cookie's token verified once (session-token.ts), not the whole session
 * handler. Given the request, the cookie is read from its header (cheaper than Next's cookie jar).
 */
export async function requireApiUser(request?: Request): Promise<SessionUser> {
  if (request) return requireApiUserByCookie(request.headers.get("cookie"));
  const jar = await cookies();
  return userOrUnauthorized((name) => jar.get(name)?.value);
}

/** requireApiUser from a Cookie header (the fast path, lib/http/fast-api.ts, has no web Request). */
export function requireApiUserByCookie(header: string | null | undefined): Promise<SessionUser> {
  return userOrUnauthorized((name) => cookieFromHeader(header ?? null, name));
}

async function userOrUnauthorized(cookie: (name: string) => string | undefined): Promise<SessionUser> {
  const user = await userFromSessionToken(sessionTokenFrom(cookie), sessionSecret());
  if (!user) throw Unauthorized();
  return user;
}

export function requireRole(user: SessionUser, ...roles: Role[]): void {
  if (!roles.includes(user.role) && user.role !== "admin")
    throw Forbidden(`This needs a ${roles.join(" or ")} account.`);
}
