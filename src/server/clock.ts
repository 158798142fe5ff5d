/** Makassar keeps WITA (UTC+8, no daylight saving): queue days and slot dates follow it. */
const WITA_OFFSET_MS = 8 * 3600 * 1000;

/** The WITA calendar day (`YYYY-MM-DD`) of an instant; queue numbers restart every day. */
export function witaDay(at: Date): string {
  return new Date(at.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds whole days to a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar day in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** Day of week of a `YYYY-MM-DD` day, 0 = Sunday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
