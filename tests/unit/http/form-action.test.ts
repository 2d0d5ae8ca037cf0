import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { Forbidden } from "@/lib/errors";
import { fieldErrorsOf, formAction, INVALID_FORM_MESSAGE, typedValues } from "@/lib/http/form-action";

const schema = z.object({
  name: z.string().trim().min(2, "Name the class."),
  size: z.coerce.number().int().max(40, "At most 40."),
});

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
}

describe("formAction", () => {
  it("runs guard, schema and handler in order and returns the handler's state", async () => {
    const calls: string[] = [];
    const action = formAction({
      schema,
      guard: async () => {
        calls.push("guard");
        return { userId: "u1" };
      },
      handler: async (input, ctx) => {
        calls.push(`handler:${ctx.userId}:${input.name}:${input.size}`);
        return { ok: true, message: "Saved." };
      },
    });
    expect(await action({}, form({ name: " Physics ", size: "12" }))).toEqual({ ok: true, message: "Saved." });
    expect(calls).toEqual(["guard", "handler:u1:Physics:12"]);
  });

  it("answers field errors and keeps what was typed when the schema refuses; the handler never runs", async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const action = formAction({ schema, guard: async () => null, handler });
    const state = await action({}, form({ name: "x", size: "99" }));
    expect(handler).not.toHaveBeenCalled();
    expect(state).toEqual({
      ok: false,
      message: INVALID_FORM_MESSAGE,
      fields: { name: ["Name the class."], size: ["At most 40."] },
      values: { name: "x", size: "99" },
    });
  });

  it("turns a refusal from lib into the form's message", async () => {
    const action = formAction({
      schema,
      guard: async () => null,
      handler: async () => {
        throw Forbidden("Only the class's instructor can do that.");
      },
    });
    const state = await action({}, form({ name: "Physics", size: "3" }));
    expect(state).toMatchObject({ ok: false, message: "Only the class's instructor can do that." });
  });

  it("lets other errors (redirects, bugs) through", async () => {
    const boom = new Error("NEXT_REDIRECT");
    const action = formAction({ schema, guard: async () => null, handler: async () => Promise.reject(boom) });
    await expect(action({}, form({ name: "Physics", size: "3" }))).rejects.toBe(boom);
  });

  it("does not run the handler when the guard refuses", async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const action = formAction({ schema, guard: () => Promise.reject(new Error("redirect to sign-in")), handler });
    await expect(action({}, form({ name: "Physics", size: "3" }))).rejects.toThrow("redirect to sign-in");
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("helpers", () => {
  it("keys nested issues by their top-level field", () => {
    const r = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(fieldErrorsOf(r.error))).toEqual(["a"]);
  });

  it("leaves files and Next's action fields out of the values", () => {
    const f = form({ title: "T", $ACTION_ID_abc: "", $ACTION_REF_1: "" });
    f.set("file", new Blob(["x"]), "x.txt");
    expect(typedValues(f)).toEqual({ title: "T" });
  });
});
