/** Makassar is UTC+8 (WITA, no daylight saving): calendar days of the hall are computed in this offset. */
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's calendar day in Makassar, as YYYY-MM-DD. */
export function witaToday(now: Date): string {
  return new Date(now.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** True for Monday–Friday (public holidays are the officers' business, not the kiosk's). */
function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The calendar day after `day`. */
function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day `count` working days after today in Makassar, for "expected by …" on the result screen. */
export function addWorkingDays(now: Date, count: number): string {
  let day = witaToday(now);
  for (let left = count; left > 0; ) {
    day = nextDay(day);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The next `count` working days from tomorrow, offered as appointment dates. */
export function nextWorkingDays(now: Date, count: number): string[] {
  const out: string[] = [];
  let day = witaToday(now);
  while (out.length < count) {
    day = nextDay(day);
    if (isWorkingDay(day)) out.push(day);
  }
  return out;
}

/** Opening hours of the offices behind the hall, in WITA. */
export interface OfficeHours {
  open: string;
  close: string;
}

/** True when officers are at work (Mon–Fri, open ≤ time < close, Makassar time); outside, requests queue for them. */
export function isOfficeHours(now: Date, hours: OfficeHours): boolean {
  const local = new Date(now.getTime() + WITA_OFFSET_MS);
  const weekday = local.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const hhmm = local.toISOString().slice(11, 16);
  return hhmm >= hours.open && hhmm < hours.close;
}
