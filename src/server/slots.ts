import { addDays, isCalendarDay, weekday, witaDay } from './clock';
import { HttpError } from './apiError';
import type { Queryable } from './storage/db';

/** Bookable times of a working day (WITA): mornings and afternoons, lunch break 12:00–13:00. */
export const SLOT_TIMES: readonly string[] = [
  '08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30',
  '13:00', '13:30', '14:00', '14:30', '15:00', '15:30',
];

/** How far ahead a slot may be booked. */
export const BOOKING_WINDOW_DAYS = 60;

/** Checks that `day` is a working day (Mon–Fri) from tomorrow up to the booking window, WITA. */
export function checkBookableDay(day: string, now: Date, field = 'date'): void {
  if (!isCalendarDay(day)) throw new HttpError(400, 'date_invalid', field);
  const today = witaDay(now);
  const dow = weekday(day);
  if (day <= today || day > addDays(today, BOOKING_WINDOW_DAYS) || dow === 0 || dow === 6) {
    throw new HttpError(400, 'date_out_of_range', field);
  }
}

/** The first bookable day after `now`: used for the OpenAPI example and by tests. */
export function nextBookableDay(now: Date): string {
  let day = addDays(witaDay(now), 1);
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1);
  return day;
}

/** Free capacity of each slot of a day at a location. */
export async function listSlots(db: Queryable, locationId: string, day: string, capacity: number) {
  const rows = await db.query<{ time: string; booked: number }>(
    'SELECT time, booked FROM slot_bookings WHERE location_id = $1 AND day = $2',
    [locationId, day],
  );
  const booked = new Map(rows.map((r) => [r.time, Number(r.booked)]));
  return SLOT_TIMES.map((time) => ({ time, capacity, free: Math.max(0, capacity - (booked.get(time) ?? 0)) }));
}

/** Checks that `time` is one of the bookable slot times. */
export function checkSlotTime(time: string): void {
  if (!SLOT_TIMES.includes(time)) throw new HttpError(400, 'slot_invalid', 'time');
}

/** Whether an appointment in this status holds its slot place: a rejected or cancelled one gives it back. */
export function holdsPlace(status: string): boolean {
  return status !== 'rejected' && status !== 'cancelled';
}

/**
 * Gives back (or, when an officer re-opens a rejected booking, takes again) the slot place of appointment
 * `itemId` whose status changes from `from` to `to`; nothing for other items or changes. Run it in the
 * transaction that changes the status. A re-opened booking may exceed capacity by one: the officer decided so.
 */
export async function updateSlotPlace(tx: Queryable, itemId: number, from: string, to: string): Promise<void> {
  if (holdsPlace(from) === holdsPlace(to)) return;
  await tx.query(
    `UPDATE slot_bookings s SET booked = greatest(0, s.booked + $2::int) FROM items i
     WHERE i.id = $1 AND i.kind = 'appointment' AND s.location_id = i.location_id AND s.day = i.appt_day AND s.time = i.appt_time`,
    [itemId, holdsPlace(to) ? 1 : -1],
  );
}
