import type { StatusResponse } from '../shared/api/schemas';

/** Where the phone keeps the last status it saw (masked data only, as the API sends it; a kiosk's wipe removes it). */
export const LAST_STATUS_KEY = 'hall.status.last';

/** A status as last seen, and when. */
export interface SeenStatus {
  seenAt: string;
  status: StatusResponse;
}

/** Keeps this status as the last one seen (one only: a phone needs just the code it scanned). */
export function saveLastSeen(storage: Pick<Storage, 'setItem'>, status: StatusResponse, now: Date): void {
  try {
    storage.setItem(LAST_STATUS_KEY, JSON.stringify({ seenAt: now.toISOString(), status } satisfies SeenStatus));
  } catch {
    // Private mode or a full quota: the page still works online.
  }
}

/** The last status seen for this code, if any. */
export function lastSeen(storage: Pick<Storage, 'getItem'>, code: string): SeenStatus | null {
  try {
    const seen = JSON.parse(storage.getItem(LAST_STATUS_KEY) ?? 'null') as SeenStatus | null;
    return seen && seen.status?.trackingCode === code && typeof seen.seenAt === 'string' ? seen : null;
  } catch {
    return null;
  }
}

/** The tracking code in a status page path, `/status/<code>` (upper-cased, as codes are printed); null when there is none. */
export function codeFromPath(pathname: string): string | null {
  const m = /^\/status\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  try {
    const code = decodeURIComponent(m[1]).trim().toUpperCase();
    return code.length > 0 && code.length <= 20 ? code : null;
  } catch {
    return null;
  }
}
