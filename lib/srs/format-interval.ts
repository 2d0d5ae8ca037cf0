// Short labels for the rating buttons ("10m", "3d", "2.1mo", "1.2y"): room for four on a phone.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Calendar-average lengths: the label is a hint, not a date.
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Interval must be finite, got ${ms}`);
  const t = Math.max(0, ms);
  // Boundaries are checked on the rounded value so 59.6 minutes reads "1h", never "60m".
  if (Math.round(t / MINUTE) < 60) return `${Math.max(1, Math.round(t / MINUTE))}m`;
  if (Math.round(t / HOUR) < 24) return `${Math.round(t / HOUR)}h`;
  if (Math.round(t / DAY) < 30) return `${Math.round(t / DAY)}d`;
  if (Math.round((t / MONTH) * 10) / 10 < 12) return `${oneDecimal(t / MONTH)}mo`;
  return `${oneDecimal(t / YEAR)}y`;
}

const SPOKEN_UNITS: Record<string, [string, string]> = {
  m: ["minute", "minutes"],
  h: ["hour", "hours"],
  d: ["day", "days"],
  mo: ["month", "months"],
  y: ["year", "years"],
};

/** A label of formatInterval read out in words ("10m" → "10 minutes"), for screen readers. */
export function spokenInterval(label: string): string {
  const match = /^(\d+(?:\.\d)?)(mo|m|h|d|y)$/.exec(label);
  if (!match) return label;
  const [, amount = "", unit = ""] = match;
  const words = SPOKEN_UNITS[unit];
  if (!words) return label;
  return `${amount} ${amount === "1" ? words[0] : words[1]}`;
}
