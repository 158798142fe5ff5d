/** A part of a date the date picker steps. */
export type DatePart = 'day' | 'month' | 'year';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Today's date as `YYYY-MM-DD` in the visitor's local calendar (the picker's starting point). */
export function isoToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Steps one part of an ISO date (`YYYY-MM-DD`) by `delta`, for the big-button date picker: days
 * and months wrap inside their range, years move freely, and the day is clamped to the month's
 * length (31 Jan + 1 month = 28/29 Feb). An unreadable start falls back to `fallback`.
 */
export function dateStep(iso: string, part: DatePart, delta: number, fallback: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(fallback);
  if (!m) throw new Error(`dateStep: neither "${iso}" nor "${fallback}" is a YYYY-MM-DD date`);
  let year = Number(m[1]);
  let month = Number(m[2]);
  let day = Number(m[3]);
  const wrap = (v: number, size: number) => ((((v - 1) % size) + size) % size) + 1;
  const daysIn = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (part === 'year') year = Math.min(9999, Math.max(1900, year + delta));
  if (part === 'month') month = wrap(month + delta, 12);
  if (part === 'day') day = wrap(day + delta, daysIn(year, month));
  day = Math.min(day, daysIn(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
