"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import {
  createAssignment,
  createClass,
  deleteAssignment,
  joinClass,
  removeStudent,
  rotateJoinCode,
} from "@/lib/db/classes";
import { getStudySettings } from "@/lib/db/settings";
import { fieldErrorsOf, formAction, formText, refusalState, type FormState } from "@/lib/http/form-action";
import { refusable, type ActionResult } from "@/lib/http/action";
import { startClassOptimisation } from "@/lib/optimiser/start";
import { studyDayStartOfKey } from "@/lib/srs";
import { createAssignmentSchema, createClassSchema, joinClassSchema } from "@/lib/validation/classes";
import { calendarDay } from "@/lib/validation/dates";
import { idString } from "@/lib/validation/text";
import { previewAssignmentWorkload } from "@/lib/db/workload";
import type { AssignmentWorkload } from "@/lib/srs/workload";

export type { FormState };

function failure(e: unknown): FormState {
  return refusalState(e);
}

// Bound arguments come back from the browser and may have been changed there: check them too.
const checkedId = (value: unknown, what: string) => idString(what).parse(value);

const createClassForm = formAction({
  schema: createClassSchema,
  guard: () => requireUser("/classes"),
  invalidMessage: "Give the class a name.",
  handler: async (input, user) => {
    const { id } = await createClass(user.id, input.name);
    redirect(`/classes/${id}`);
  },
});

const joinClassForm = formAction({
  schema: joinClassSchema,
  guard: () => requireUser("/classes"),
  invalidMessage: "Check the join code.",
  handler: async (input, user) => {
    const joined = await joinClass(user.id, input.code);
    revalidatePath("/dashboard");
    return { ok: true, message: `You joined ${joined.name}. Its assignments are on your dashboard.` };
  },
});

export async function createClassAction(prev: FormState, form: FormData): Promise<FormState> {
  return createClassForm(prev, form);
}

export async function joinClassAction(prev: FormState, form: FormData): Promise<FormState> {
  return joinClassForm(prev, form);
}

type AssignmentInput = { deck: string; dueAt: Date; targetRetention?: number };

/** The assignment form read the same way for the preview and for publishing. */
async function readAssignmentForm(
  userId: string,
  form: FormData,
): Promise<{ data: AssignmentInput } | { fields: Record<string, string[]> }> {
  const day = formText(form, "dueDate");
  const checkedDay = calendarDay("Choose the due date.").safeParse(day);
  if (!checkedDay.success)
    return { fields: { dueDate: [checkedDay.error.issues[0]?.message ?? "Choose the due date."] } };
  const settings = await getStudySettings(userId);
  const percentText = formText(form, "targetPercent", "90");
  const percent = /^\d{1,3}$/.test(percentText.trim()) ? Number(percentText) : Number.NaN;
  if (Number.isNaN(percent)) return { fields: { targetPercent: ["The target is between 50% and 99%."] } };
  // Due at the end of that day in the instructor's time zone: the next study day's start.
  const dueMs = studyDayStartOfKey(day, settings.timeZone, 0).getTime() + 24 * 3600_000 - 1000;
  if (Number.isNaN(dueMs)) return { fields: { dueDate: ["That is not a real date."] } };
  const dueAt = new Date(dueMs).toISOString();
  const parsed = createAssignmentSchema(new Date()).safeParse({
    deck: formText(form, "deck"),
    dueAt,
    targetRetention: percent / 100,
  });
  if (!parsed.success) {
    const f = fieldErrorsOf(parsed.error);
    return {
      fields: {
        deck: f.deck ?? [],
        dueDate: f.dueAt ?? [],
        targetPercent: (f.targetRetention ?? []).map(() => "The target is between 50% and 99%."),
      },
    };
  }
  return { data: parsed.data };
}

export async function createAssignmentAction(classId: string, _prev: FormState, form: FormData): Promise<FormState> {
  if (!idString().safeParse(classId).success) return { ok: false, message: "That class was not found." };
  const user = await requireUser(`/classes/${classId}`);
  const read = await readAssignmentForm(user.id, form);
  if ("fields" in read) return { ok: false, fields: read.fields };
  try {
    await createAssignment(user.id, classId, read.data);
  } catch (e) {
    return failure(e);
  }
  revalidatePath(`/classes/${classId}`);
  return { ok: true, message: "Assignment created." };
}

export async function rotateCodeAction(classId: string, _prev: ActionResult, _form: FormData): Promise<ActionResult> {
  return refusable(async () => {
    const id = checkedId(classId, "class");
    const user = await requireUser(`/classes/${id}`);
    await rotateJoinCode(user.id, id);
    revalidatePath(`/classes/${id}`);
    return { ok: true, message: "New code made." };
  });
}

export async function removeStudentAction(
  classId: string,
  studentId: string,
  _prev: ActionResult,
  _form: FormData,
): Promise<ActionResult> {
  return refusable(async () => {
    const [id, student] = [checkedId(classId, "class"), checkedId(studentId, "student")];
    const user = await requireUser(`/classes/${id}`);
    await removeStudent(user.id, id, student);
    revalidatePath(`/classes/${id}`);
    return { ok: true };
  });
}

export async function deleteAssignmentAction(
  classId: string,
  assignmentId: string,
  _prev: ActionResult,
  _form: FormData,
): Promise<ActionResult> {
  return refusable(async () => {
    const [id, assignment] = [checkedId(classId, "class"), checkedId(assignmentId, "assignment")];
    const user = await requireUser(`/classes/${id}`);
    await deleteAssignment(user.id, id, assignment);
    revalidatePath(`/classes/${id}`);
    return { ok: true };
  });
}

export type WorkloadState = {
  preview?: AssignmentWorkload & { deck: { slug: string; title: string; cards: number } };
  message?: string;
  fields?: Record<string, string[]>;
};

/** The preview step before publishing: what the assignment would mean for each student, day by day. */
export async function previewWorkloadAction(
  classId: string,
  _prev: WorkloadState,
  form: FormData,
): Promise<WorkloadState> {
  if (!idString().safeParse(classId).success) return { message: "That class was not found." };
  const user = await requireUser(`/classes/${classId}`);
  const read = await readAssignmentForm(user.id, form);
  if ("fields" in read) return { message: "Fix the deck, date or target to preview.", fields: read.fields };
  try {
    const { deck, dueAt, targetRetention } = read.data;
    const preview = await previewAssignmentWorkload(
      user.id,
      classId,
      { deck, dueAt, targetRetention: targetRetention ?? 0.9 },
      new Date(),
    );
    return { preview };
  } catch (e) {
    return { message: refusalState(e).message };
  }
}

/** Queues a fit of the class's pooled FSRS parameters for the job worker; 422 when too few reviews. */
export async function fitClassParametersAction(
  classId: string,
  _prev: ActionResult,
  _form: FormData,
): Promise<ActionResult> {
  return refusable(async () => {
    const id = checkedId(classId, "class");
    const user = await requireUser(`/classes/${id}`);
    const { started } = await startClassOptimisation(user.id, id);
    return {
      ok: true,
      message: started
        ? "Fitting started; new students get the parameters once it is done and better than the defaults."
        : "A fit is already running.",
    };
  });
}
