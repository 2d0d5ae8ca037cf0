// Signs a user in through next-auth's credentials flow and returns the session cookie, as a
// script, load test or mobile client would.
async function signInOnce(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = (csrfRes.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0] ?? "").join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(";")[0])
    .find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (status ${res.status})`);
  return session;
}

/** Benches sign many users in at once on a loaded machine: a sign-in that fails is tried twice more. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(baseUrl, email, password);
    } catch (e) {
      if (attempt >= 3) throw e;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}
