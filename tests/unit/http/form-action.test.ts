import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { checkedAction } from "@/lib/http/action";
import { fieldErrorsOf, firstFieldError, formAction, INVALID_FORM_MESSAGE, typedValues } from "@/lib/http/form-action";
import { boundId } from "@/lib/validation/text";

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

describe("formAction's refusals", () => {
  it("answers a bound argument the guard refuses with its message, not a thrown error", async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const action = formAction({ schema, guard: async () => boundId("deck").parse("no such/deck"), handler });
    expect(await action({}, form({ name: "Physics", size: "3" }))).toMatchObject({
      ok: false,
      message: "That deck was not found.",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("may say the first field error as its message", async () => {
    const action = formAction({
      schema,
      guard: async () => null,
      invalidMessage: firstFieldError("Check the form."),
      handler: async () => ({ ok: true }),
    });
    expect(await action({}, form({ name: "Physics", size: "99" }))).toMatchObject({ message: "At most 40." });
  });

  it("lets a form answer refusals in its own shape", async () => {
    const action = formAction({
      schema,
      guard: async () => null,
      refused: (e, values) => ({ ok: false, confirm: e.message, values }),
      handler: async (): Promise<{ ok: boolean; confirm?: string }> => {
        throw Conflict("Reset 3 students?");
      },
    });
    expect(await action({}, form({ name: "Physics", size: "3" }))).toEqual({
      ok: false,
      confirm: "Reset 3 students?",
      values: { name: "Physics", size: "3" },
    });
  });
});

describe("checkedAction", () => {
  const argsSchema = z.object({ ids: z.array(z.string()).min(1, "Select at least one."), quizId: boundId("quiz") });

  it("parses every argument before the guard, then runs the handler with both", async () => {
    const calls: string[] = [];
    const action = checkedAction({
      schema: argsSchema,
      guard: async ({ quizId }) => {
        calls.push(`guard:${quizId}`);
        return "u1";
      },
      handler: async ({ ids }, user) => ({ ok: true, message: `${user}:${ids.join(",")}` }),
    });
    expect(await action({ ids: ["a", "b"], quizId: "q1" })).toEqual({ ok: true, message: "u1:a,b" });
    expect(calls).toEqual(["guard:q1"]);
  });

  it("answers bad input with the first issue's message; the guard never runs", async () => {
    const guard = vi.fn(async () => "u1");
    const action = checkedAction({ schema: argsSchema, guard, handler: async () => ({ ok: true }) });
    expect(await action({ ids: [], quizId: "q1" })).toEqual({ ok: false, message: "Select at least one." });
    expect(await action({ ids: ["a"], quizId: "../x" })).toEqual({ ok: false, message: "That quiz was not found." });
    expect(await action("not an object")).toMatchObject({ ok: false });
    expect(guard).not.toHaveBeenCalled();
  });

  it("answers a refusal from lib with its message and lets anything else through", async () => {
    const refusing = checkedAction({
      schema: argsSchema,
      guard: async () => null,
      handler: async () => Promise.reject(NotFound("That quiz")),
    });
    expect(await refusing({ ids: ["a"], quizId: "q1" })).toEqual({ ok: false, message: "That quiz was not found." });
    const boom = new Error("NEXT_REDIRECT");
    const redirecting = checkedAction({
      schema: argsSchema,
      guard: async () => null,
      handler: () => Promise.reject(boom),
    });
    await expect(redirecting({ ids: ["a"], quizId: "q1" })).rejects.toBe(boom);
  });
});
