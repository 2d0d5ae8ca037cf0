// What the HTTP tests share: the server's address, signing in, the error shape, the server's memory.
import { readFileSync } from "node:fs";
import { expect, inject } from "vitest";

export const baseUrl = () => inject("baseUrl");
export const serverPid = () => inject("serverPid");

export const DEMO_PASSWORD = "sourcedeck-demo";
export const LEARNER = "learner@sourcedeck.test";
export const INSTRUCTOR = "instructor@sourcedeck.test";

export async function signIn(email: string, password = DEMO_PASSWORD): Promise<string> {
  const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (status ${res.status})`);
  return session;
}

/** An error answer of the API: JSON { error: { code, message } }. */
export async function expectErrorShape(res: Response, context: string): Promise<{ code: string; message: string }> {
  expect(res.headers.get("content-type") ?? "", `${context}: content type`).toMatch(/application\/json/);
  const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code, `${context}: error.code`).toBe("string");
  expect(typeof body.error?.message, `${context}: error.message`).toBe("string");
  return body.error as { code: string; message: string };
}

/** The server process's resident memory in MB (Linux /proc). */
export function serverRssMb(): number {
  const status = readFileSync(`/proc/${serverPid()}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Samples the server's memory every 25 ms while `work` runs; the peak in MB. */
export async function peakRssDuring<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = serverRssMb();
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, serverRssMb());
  }, 25);
  try {
    const result = await work();
    peakMb = Math.max(peakMb, serverRssMb());
    return { result, peakMb };
  } finally {
    clearInterval(timer);
  }
}
