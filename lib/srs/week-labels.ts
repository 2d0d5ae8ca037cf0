// Names for the study days of a forecast (today first), so a row of counts reads as days: "today",
// then short weekday names. Study days are calendar dates (YYYY-MM-DD) in the learner's zone; noon
// UTC of that date names the same weekday everywhere.

export type LabelledDay = { day: string; label: string; due: number };

export function labelledDays(days: readonly { day: string; due: number }[]): LabelledDay[] {
  return days.map((d, i) => ({
    ...d,
    label:
      i === 0
        ? "today"
        : new Date(`${d.day}T12:00:00Z`).toLocaleDateString("en", { weekday: "short", timeZone: "UTC" }),
  }));
}

/** One line for the done screen: "today 0 · Wed 1 · Thu 0 …". */
export function weekLine(days: readonly { day: string; due: number }[]): string {
  return labelledDays(days)
    .map((d) => `${d.label} ${d.due}`)
    .join(" · ");
}
