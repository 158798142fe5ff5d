import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOfficeHours, type OfficeHours } from '../../shared/live/officeHours';

/** The shipped data file, scenes/officeHours.json. */
export const DEFAULT_OFFICE_HOURS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../scenes/officeHours.json');

/** Reads and validates an office-hours file; a broken file stops the server with the file and JSON path. */
export async function loadOfficeHours(file: string = DEFAULT_OFFICE_HOURS_FILE): Promise<OfficeHours> {
  return parseOfficeHours(JSON.parse(await readFile(file, 'utf8')) as unknown, file);
}
