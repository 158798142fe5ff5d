/**
 * Office hours of the service units for live consultation (scenes/officeHours.json): weekly windows in WITA
 * (UTC+8, no daylight saving) and public holidays. Validated like the other data files: a bad entry fails with
 * file, JSON path and expectation. Shared by the server (who may call) and the hall (what the kiosk shows).
 */
import { DataFileError } from '../dataFileError';
import { KIOSK_IDS, type Localized } from '../catalogue/types';

/** Days of the week as the data file names them, Sunday first (Date.getUTCDay order). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** One day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening window, minutes after midnight WITA. */
export interface OpenWindow {
  from: number;
  to: number;
}

/** A public holiday: no unit is open. */
export interface Holiday {
  /** YYYY-MM-DD in WITA. */
  date: string;
  name: Localized;
}

/** The validated file. */
export interface OfficeHours {
  units: Record<string, Record<Weekday, OpenWindow[]>>;
  holidays: Holiday[];
}

/** WITA is UTC+8 all year. */
const WITA_OFFSET_MS = 8 * 3600 * 1000;

function fail(file: string, path: string, expected: string, actual: unknown): never {
  throw new DataFileError(file, path, expected, actual);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "08:00-11:30,13:30-16:00" → windows; null → closed. */
function parseWindows(file: string, path: string, value: unknown): OpenWindow[] {
  if (value === null) return [];
  const expected = 'null or "HH:MM-HH:MM" windows separated by commas, each ending after it starts, in order';
  if (typeof value !== 'string') fail(file, path, expected, value);
  const windows = value.split(',').map((part) => {
    const m = /^\s*([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)\s*$/.exec(part);
    if (!m) fail(file, path, expected, value);
    return { from: Number(m[1]) * 60 + Number(m[2]), to: Number(m[3]) * 60 + Number(m[4]) };
  });
  windows.forEach((w, i) => {
    if (w.to <= w.from || w.to > 24 * 60 || (i > 0 && w.from < windows[i - 1].to)) fail(file, path, expected, value);
  });
  return windows;
}

function parseWeek(file: string, path: string, value: unknown, base: Partial<Record<Weekday, OpenWindow[]>>): Record<Weekday, OpenWindow[]> {
  if (!isObject(value)) fail(file, path, 'an object of weekdays (sun … sat)', value);
  for (const key of Object.keys(value)) if (!(WEEKDAYS as readonly string[]).includes(key)) fail(file, `${path}.${key}`, `one of ${WEEKDAYS.join(', ')}`, key);
  const week = {} as Record<Weekday, OpenWindow[]>;
  for (const day of WEEKDAYS) {
    if (day in value) week[day] = parseWindows(file, `${path}.${day}`, value[day]);
    else if (base[day]) week[day] = base[day];
    else fail(file, `${path}.${day}`, 'opening windows or null', undefined);
  }
  return week;
}

function parseHolidays(file: string, value: unknown): Holiday[] {
  if (!Array.isArray(value)) fail(file, 'holidays', 'an array', value);
  return value.map((h: unknown, i) => {
    const path = `holidays[${i}]`;
    if (!isObject(h)) fail(file, path, 'an object {date, name}', h);
    if (typeof h.date !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(h.date)) fail(file, `${path}.date`, 'a date YYYY-MM-DD', h.date);
    const name = h.name;
    if (!isObject(name) || typeof name.id !== 'string' || typeof name.en !== 'string' || !name.id || !name.en) fail(file, `${path}.name`, 'an object {id, en} of non-empty strings', name);
    return { date: h.date, name: { id: name.id, en: name.en } };
  });
}

/** Validates scenes/officeHours.json: every catalogue unit present, windows well-formed, holidays dated. */
export function parseOfficeHours(data: unknown, file: string): OfficeHours {
  if (!isObject(data)) fail(file, '', 'an object', data);
  if (data.version !== 1) fail(file, 'version', '1', data.version);
  const defaults = parseWeek(file, 'defaults', data.defaults, {});
  if (!isObject(data.units)) fail(file, 'units', 'an object keyed by service unit', data.units);
  const units: OfficeHours['units'] = {};
  for (const [unit, week] of Object.entries(data.units)) {
    if (!(KIOSK_IDS as readonly string[]).includes(unit)) fail(file, `units.${unit}`, `a service unit (${KIOSK_IDS.join(', ')})`, unit);
    units[unit] = parseWeek(file, `units.${unit}`, week, defaults);
  }
  for (const unit of KIOSK_IDS) if (!units[unit]) fail(file, `units.${unit}`, 'an entry for every service unit ({} = the defaults)', undefined);
  return { units, holidays: parseHolidays(file, data.holidays) };
}

/** The WITA calendar date (YYYY-MM-DD), weekday and minute of the day of an instant. */
export function witaClock(at: Date): { date: string; weekday: Weekday; minute: number } {
  const local = new Date(at.getTime() + WITA_OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), weekday: WEEKDAYS[local.getUTCDay()], minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Where a unit stands at an instant: open or not, today's windows, and the holiday if today is one. */
export interface UnitHours {
  open: boolean;
  /** Today's windows as "08:00–15:30" strings (empty when closed all day or a holiday). */
  today: string[];
  holiday: Localized | null;
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Whether `unit` takes live calls at `at`, with today's windows for the kiosk's sign. Unknown units are closed. */
export function unitHours(hours: OfficeHours, unit: string, at: Date): UnitHours {
  const clock = witaClock(at);
  const holiday = hours.holidays.find((h) => h.date === clock.date)?.name ?? null;
  const windows = holiday ? [] : (hours.units[unit]?.[clock.weekday] ?? []);
  return {
    open: windows.some((w) => clock.minute >= w.from && clock.minute < w.to),
    today: windows.map((w) => `${hhmm(w.from)}–${hhmm(w.to)}`),
    holiday,
  };
}
