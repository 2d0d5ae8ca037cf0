// The session check of JSON routes: the next-auth session cookie's JWT is verified (decrypted and
// authenticated with the key from the secret, expiry checked) once per request, without next-auth's
// whole session handler, which also re-encodes the token on every call. Same cookie, same
// guarantees: a missing, expired, tampered or foreign token is no session.
//
// next-auth/jwt's decode derives the key from the secret (HKDF) on every call, through the crypto
// thread pool: measured at ~9 % of a review request's server time. The key is derived here once per
// secret, exactly as next-auth derives it, and the token is checked with jose's jwtDecrypt, the call
// decode makes (next-auth's own JWE library). Tokens made by next-auth's encode are the test input.
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { ROLES, type Role } from "@/lib/validation/auth";

export type TokenUser = { id: string; email: string; name: string | null; role: Role };

const BASE_NAME = "next-auth.session-token";

/** next-auth's cookie name: __Secure- prefixed when the site is served over https. */
export function sessionCookieName(siteUrl = process.env.NEXTAUTH_URL): string {
  return siteUrl?.startsWith("https://") ? `__Secure-${BASE_NAME}` : BASE_NAME;
}

/** The token from the cookies, joined back when next-auth had to split it (name.0, name.1, …). */
export function sessionTokenFrom(
  cookie: (name: string) => string | undefined,
  name = sessionCookieName(),
): string | null {
  const whole = cookie(name);
  if (whole) return whole;
  let joined = "";
  for (let i = 0; ; i++) {
    const chunk = cookie(`${name}.${i}`);
    if (chunk === undefined) break;
    joined += chunk;
  }
  return joined || null;
}

/**
 * One cookie of a Cookie header, read as Next's cookies() reads it (pairs split at "; ", the
 * value URI-decoded, a bare name is "true", the last of a repeated name wins), for routes that have the request at hand:
 * cookies() builds the whole request-scoped jar first.
 */
export function cookieFromHeader(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  let found: string | undefined;
  for (const pair of header.split(/; */)) {
    const eq = pair.indexOf("=");
    if (eq === -1) {
      if (pair === name) found = "true"; // a bare name, as Next reads it
      continue;
    }
    if (pair.slice(0, eq) !== name) continue;
    try {
      found = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      // an undecodable value is skipped, as Next skips it
    }
  }
  return found;
}

const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);

const keys = new Map<string, Uint8Array>();

/** next-auth's JWE key: HKDF-SHA256 of the secret, empty salt, its fixed info string, 32 bytes. */
function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.clear(); // one secret per process; a changed one replaces the old key
    keys.set(secret, key);
  }
  return key;
}

/** The signed-in user of a session token, or null when the token does not verify. */
export async function userFromSessionToken(token: string | null, secret: string): Promise<TokenUser | null> {
  if (!token) return null;
  let payload: Record<string, unknown>;
  try {
    // next-auth's decode: dir + A256GCM, 15 s of clock tolerance on exp/nbf.
    ({ payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 }));
  } catch {
    return null; // tampered, made with another secret, expired, or not a JWE at all
  }
  const { uid, email, name, role } = payload;
  if (typeof uid !== "string" || !uid || typeof email !== "string" || !email) return null;
  return { id: uid, email, name: typeof name === "string" ? name : null, role: isRole(role) ? role : "learner" };
}

export function sessionSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: sessions cannot be verified");
  return secret;
}
