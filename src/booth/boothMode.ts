import type { Locale } from '../shared/catalogue/types';
import type { PinCheck } from './operatorPin';

/** The one storage key booth mode keeps; the wipe clears every other key. */
export const BOOTH_STORAGE_KEY = 'hall.booth';

/** What a booth device remembers (no personal data: a flag, the device's token, the operator's choices). */
export interface BoothSettings {
  /** Booth mode is on (set by `/?booth=1`, cleared only by the operator). */
  on: boolean;
  /** The booth token from enrolment, sent as `X-Booth-Token`; null until an operator enrolled the device. */
  token: string | null;
  /** The language each visitor starts in (the wipe returns to it). */
  defaultLocale: Locale;
  /** Standing or seated use, chosen by the operator. */
  seated: boolean;
  /** The operator PIN's check, stored at enrolment (PBKDF2; never the PIN). */
  pinCheck: PinCheck | null;
}

const OFF: BoothSettings = { on: false, token: null, defaultLocale: 'id', seated: false, pinCheck: null };

/** Reads the settings; anything unreadable is booth mode off. */
export function readBooth(storage: Pick<Storage, 'getItem'>): BoothSettings {
  try {
    const raw = JSON.parse(storage.getItem(BOOTH_STORAGE_KEY) ?? 'null') as Partial<BoothSettings> | null;
    if (!raw || raw.on !== true) return { ...OFF };
    return {
      on: true,
      token: typeof raw.token === 'string' ? raw.token : null,
      defaultLocale: raw.defaultLocale === 'en' ? 'en' : 'id',
      seated: raw.seated === true,
      pinCheck: raw.pinCheck && typeof raw.pinCheck.hash === 'string' ? raw.pinCheck : null,
    };
  } catch {
    return { ...OFF };
  }
}

/** Stores the settings; booth mode off removes the key. */
export function writeBooth(storage: Pick<Storage, 'setItem' | 'removeItem'>, s: BoothSettings): void {
  if (s.on) storage.setItem(BOOTH_STORAGE_KEY, JSON.stringify(s));
  else storage.removeItem(BOOTH_STORAGE_KEY);
}

/**
 * Booth mode at page start: `?booth=1` turns it on and the device remembers it, so the installed PWA
 * (whose start URL stays `/`) opens in booth mode too. Nothing in a URL turns it off: only the operator menu.
 */
export function boothAtStart(search: string, storage: Storage): BoothSettings {
  const s = readBooth(storage);
  if (new URLSearchParams(search).get('booth') === '1' && !s.on) {
    const on = { ...s, on: true };
    writeBooth(storage, on);
    return on;
  }
  return s;
}
