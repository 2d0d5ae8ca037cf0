// Month names and calendar checks, shared by the generator, the answer checker and the distractors.

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "January".."December" for 1..12; "" outside. */
export function monthName(month: number, short = false): string {
  const name = MONTH_NAMES[month - 1] ?? "";
  return short ? name.slice(0, 3) : name;
}

/** The month a name means ("Jan", "jan.", "Sept", "september"), and whether it was short. */
export function monthFromName(name: string): { month: number; short: boolean } | null {
  const lower = name.toLowerCase().replace(/\.$/, "");
  const full = MONTH_NAMES.findIndex((m) => m.toLowerCase() === lower);
  if (full >= 0) return { month: full + 1, short: false };
  if (lower === "sept") return { month: 9, short: true };
  const short = MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === lower);
  return short >= 0 ? { month: short + 1, short: true } : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type Ymd = { year: number; month?: number; day?: number };

/** A real calendar date at its precision, within the years answers and documents use. */
export function isValidYmd(d: Ymd, years: { min: number; max: number } = { min: 1000, max: 2999 }): boolean {
  if (!Number.isInteger(d.year) || d.year < years.min || d.year > years.max) return false;
  if (d.month === undefined) return d.day === undefined;
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return false;
  return d.day === undefined || (Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month));
}
