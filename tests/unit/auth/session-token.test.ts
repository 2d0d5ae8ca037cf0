import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { cookieFromHeader, sessionCookieName, sessionTokenFrom, userFromSessionToken } from "@/lib/auth/session-token";

const SECRET = "unit-test-secret-0123456789-abcdefghij";
const claims = { uid: "user-1", email: "a@example.test", name: "Ada", role: "instructor" as const, sub: "user-1" };

describe("session token check", () => {
  it("accepts a token next-auth made with the secret", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    expect(await userFromSessionToken(token, SECRET)).toEqual({
      id: "user-1",
      email: "a@example.test",
      name: "Ada",
      role: "instructor",
    });
  });

  it("agrees with next-auth's own decode, token by token", async () => {
    const valid = await encode({ token: claims, secret: SECRET });
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    const ours = async (t: string) => (await userFromSessionToken(t, SECRET))?.id ?? null;
    const theirs = async (t: string) => (await decode({ token: t, secret: SECRET }).catch(() => null))?.uid ?? null;
    for (const t of [valid, expired, `${valid}x`]) expect(await ours(t)).toBe(await theirs(t));
    expect(await ours(valid)).toBe("user-1");
  });

  it("refuses an expired token", async () => {
    // Past the 15 s clock tolerance next-auth allows.
    const token = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    expect(await userFromSessionToken(token, SECRET)).toBeNull();
  });

  it("refuses a tampered token and one made with another secret", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    const parts = token.split(".");
    const cipher = parts[3] ?? "";
    parts[3] = cipher.slice(0, 5) + (cipher[5] === "A" ? "B" : "A") + cipher.slice(6);
    expect(await userFromSessionToken(parts.join("."), SECRET)).toBeNull();
    expect(
      await userFromSessionToken(await encode({ token: claims, secret: "another-secret-9876543210-zyxwvuts" }), SECRET),
    ).toBeNull();
    expect(await userFromSessionToken("not-a-token", SECRET)).toBeNull();
    expect(await userFromSessionToken(null, SECRET)).toBeNull();
  });

  it("refuses a verified token that names no user, and defaults an unknown role to learner", async () => {
    expect(
      await userFromSessionToken(await encode({ token: { email: "a@example.test" }, secret: SECRET }), SECRET),
    ).toBeNull();
    const odd = await encode({ token: { ...claims, role: "root" }, secret: SECRET });
    expect((await userFromSessionToken(odd, SECRET))?.role).toBe("learner");
  });

  it("reads next-auth's cookie, whole or split in chunks, under the https name when served over https", () => {
    expect(sessionCookieName("http://127.0.0.1:3000")).toBe("next-auth.session-token");
    expect(sessionCookieName("https://deck.example")).toBe("__Secure-next-auth.session-token");
    const jar = new Map([["next-auth.session-token", "whole"]]);
    expect(sessionTokenFrom((n) => jar.get(n), "next-auth.session-token")).toBe("whole");
    const chunked = new Map([
      ["next-auth.session-token.0", "ab"],
      ["next-auth.session-token.1", "cd"],
    ]);
    expect(sessionTokenFrom((n) => chunked.get(n), "next-auth.session-token")).toBe("abcd");
    expect(sessionTokenFrom(() => undefined, "next-auth.session-token")).toBeNull();
  });

  it("reads a cookie from the header as Next's cookie jar does", () => {
    const headers = [
      "a=1; next-auth.session-token=tok.en; b=2",
      "next-auth.session-token=first;next-auth.session-token=second",
      "x=%E2%9C%93; next-auth.session-token=%zz",
      "next-auth.session-token.0=part1; next-auth.session-token.1=part2",
      "flag; next-auth.session-token=",
      "",
    ];
    for (const header of headers) {
      const jar = new RequestCookies(new Headers(header ? { cookie: header } : {}));
      for (const name of ["next-auth.session-token", "next-auth.session-token.0", "x", "a", "flag", "missing"])
        expect(cookieFromHeader(header, name), `${header} / ${name}`).toBe(jar.get(name)?.value);
    }
    expect(cookieFromHeader(null, "a")).toBeUndefined();
  });
});
