"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createAssignment, createClass, deleteAssignment, joinClass, removeStudent, rotateJoinCode } from "@/lib/db/classes";
import { getStudySettings } from "@/lib/db/settings";
import { AppError } from "@/lib/errors";
import { studyDayStartOfKey } from "@/lib/srs";
import { createAssignmentSchema, createClassSchema, joinClassSchema } from "@/lib/validation/classes";
import { previewAssignmentWorkload } from "@/lib/db/workload";
import type { AssignmentWorkload } from "@/lib/srs/workload";

export type FormState = { ok?: boolean; message?: string; fields?: Record<string, string[]> };

function failure(e: unknown): FormState {
  if (e instanceof AppError) return { ok: false, message: e.message, fields: e.fields };
  throw e;
}

export async function createClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser("/classes");
  const parsed = createClassSchema.safeParse({ name: form.get("name") });
  if (!parsed.success) return { ok: false, fields: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  let id: string;
  try {
    id = (await createClass(user.id, parsed.data.name)).id;
  } catch (e) {
    return failure(e);
  }
  redirect(`/classes/${id}`);
}

export async function joinClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser("/classes");
  const parsed = joinClassSchema.safeParse({ code: form.get("code") });
  if (!parsed.success) return { ok: false, fields: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  try {
    const joined = await joinClass(user.id, parsed.data.code);
    revalidatePath("/dashboard");
    return { ok: true, message: `You joined ${joined.name}. Its assignments are on your dashboard.` };
  } catch (e) {
    return failure(e);
  }
}

export async function createAssignmentAction(classId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser(`/classes/${classId}`);
  const day = String(form.get("dueDate") ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { ok: false, fields: { dueDate: ["Choose the due date."] } };
  const settings = await getStudySettings(user.id);
  const percent = Number(form.get("targetPercent") ?? 90);
  // Due at the end of that day in the instructor's time zone: the next study day's start.
  const dueAt = new Date(studyDayStartOfKey(day, settings.timeZone, 0).getTime() + 24 * 3600_000 - 1000);
  const parsed = createAssignmentSchema.safeParse({ deck: form.get("deck"), dueAt, targetRetention: percent / 100 });
  if (!parsed.success) {
    const f = z.flattenError(parsed.error).fieldErrors;
    return { ok: false, fields: { deck: f.deck ?? [], dueDate: f.dueAt ?? [], targetPercent: (f.targetRetention ?? []).map(() => "The target is between 50% and 99%.") } };
  }
  if (parsed.data.dueAt.getTime() < Date.now()) return { ok: false, fields: { dueDate: ["That day has passed; choose a coming date."] } };
  try {
    await createAssignment(user.id, classId, parsed.data);
  } catch (e) {
    return failure(e);
  }
  revalidatePath(`/classes/${classId}`);
  return { ok: true, message: "Assignment created." };
}

export async function rotateCodeAction(classId: string): Promise<void> {
  const user = await requireUser(`/classes/${classId}`);
  await rotateJoinCode(user.id, classId);
  revalidatePath(`/classes/${classId}`);
}

export async function removeStudentAction(classId: string, studentId: string): Promise<void> {
  const user = await requireUser(`/classes/${classId}`);
  await removeStudent(user.id, classId, studentId);
  revalidatePath(`/classes/${classId}`);
}

export async function deleteAssignmentAction(classId: string, assignmentId: string): Promise<void> {
  const user = await requireUser(`/classes/${classId}`);
  await deleteAssignment(user.id, classId, assignmentId);
  revalidatePath(`/classes/${classId}`);
}

export type WorkloadState = { preview?: AssignmentWorkload & { deck: { slug: string; title: string; cards: number } }; message?: string; fields?: Record<string, string[]> };

/** The preview step before publishing: what the assignment would mean for each student, day by day. */
export async function previewWorkloadAction(classId: string, _prev: WorkloadState, form: FormData): Promise<WorkloadState> {
  const user = await requireUser(`/classes/${classId}`);
  const day = String(form.get("dueDate") ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { fields: { dueDate: ["Choose the due date to preview the workload."] } };
  const settings = await getStudySettings(user.id);
  const dueAt = new Date(studyDayStartOfKey(day, settings.timeZone, 0).getTime() + 24 * 3600_000 - 1000);
  const percent = Number(form.get("targetPercent") ?? 90);
  const parsed = createAssignmentSchema.safeParse({ deck: form.get("deck"), dueAt, targetRetention: percent / 100 });
  if (!parsed.success) return { message: "Fix the deck, date or target to preview." };
  if (parsed.data.dueAt.getTime() < Date.now()) return { fields: { dueDate: ["That day has passed; choose a coming date."] } };
  try {
    const preview = await previewAssignmentWorkload(user.id, classId, { deck: parsed.data.deck, dueAt: parsed.data.dueAt, targetRetention: parsed.data.targetRetention ?? 0.9 }, new Date());
    return { preview };
  } catch (e) {
    return { message: e instanceof Error ? e.message : "The preview failed." };
  }
}
