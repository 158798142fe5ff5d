/** How long each wipe trigger waits, milliseconds. */
export interface WipeTimes {
  /** No input while personal data is held, before the countdown shows (booth). */
  idle: number;
  /** How long the countdown runs before the wipe (booth). `idle + countdown` is at most 90 s. */
  countdown: number;
  /** No input without personal data, before the hall returns to the welcome (booth). */
  reset: number;
  /** The XR session `hidden` (headset off), before the wipe (booth). */
  headset: number;
  /** The desktop or phone page hidden, before the wipe (booth). */
  page: number;
  /** No input at home (not booth mode), before the countdown shows: at least 10 minutes. */
  homeIdle: number;
}

/** The times: wipe at most 90 s after the last input, 30 s after the headset comes off, 1 min after the page hides; 10 min at home. */
export const DEFAULT_WIPE_TIMES: Readonly<WipeTimes> = {
  idle: 70_000,
  countdown: 20_000,
  reset: 120_000,
  headset: 30_000,
  page: 60_000,
  homeIdle: 600_000,
};

/**
 * The times, optionally shortened for tests by the page URL's `wipeTimes` parameter, in seconds, e.g.
 * `?wipeTimes=idle:3,countdown:4,headset:2` (README: "Booth set-up"). Only shortening is allowed: a
 * value above the default, or not a positive number, is ignored, so a link can never weaken the privacy.
 */
export function wipeTimes(search: string): WipeTimes {
  const times: WipeTimes = { ...DEFAULT_WIPE_TIMES };
  const spec = new URLSearchParams(search).get('wipeTimes');
  if (!spec) return times;
  for (const part of spec.split(',')) {
    const [name, value] = part.split(':');
    const ms = Number(value) * 1000;
    if (name in times && Number.isFinite(ms) && ms > 0) {
      const key = name as keyof WipeTimes;
      times[key] = Math.min(times[key], ms);
    }
  }
  return times;
}
