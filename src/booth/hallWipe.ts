import type { I18n } from '../i18n/createI18n';
import type { KioskFlow } from '../services';
import type { Locale } from '../shared/catalogue/types';
import { BOOTH_STORAGE_KEY } from './boothMode';
import { holdsPersonalData } from './personalData';
import { Wipe, type WipeStep } from './wipe';

/** What the hall's wipe clears. */
export interface HallWipeParts {
  flows: Iterable<KioskFlow>;
  /** Kiosk panels: their officers stop speaking. */
  voices: Iterable<{ silence(): void }>;
  i18n: I18n;
  /** The language a visitor starts in (Bahasa Indonesia unless the booth operator chose otherwise). */
  locale: () => Locale;
  /** Back to the welcome point (teleport in XR, a glide outside). */
  home: () => void;
  /** The page's speech synthesis, if any: cancels any queued line too. */
  speech: Pick<SpeechSynthesis, 'cancel'> | null;
  /** Hides the booth's own notices (the countdown). */
  hideNotices: () => void;
  /** The activation log the automation handle reads: its keypad ids spell what the visitor typed. */
  activations: { clearEvents(): void };
}

/** Removes every stored key but the booth's own settings (nothing personal is kept in storage at all). */
export function clearStorage(local: Storage, session: Storage): void {
  session.clear();
  for (const key of Object.keys(local)) if (key !== BOOTH_STORAGE_KEY) local.removeItem(key);
}

/** The page itself: the title as loaded, no fragment in the address (a status code must not stay in history). */
function resetPage(title: string): WipeStep {
  return () => {
    document.title = title;
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  };
}

/**
 * The hall's {@link Wipe}: every kiosk flow cancelled (form, review, result, survey), officers silent,
 * notices hidden, the language back to the start language, the visitor at the welcome point, the page's
 * title, address and storage as loaded,
 * and the activation log (`serviceHall.events()`) empty. Desktop sheets and the DOM mirror draw the flows, so they follow.
 */
export function createHallWipe(p: HallWipeParts): Wipe {
  const flows = [...p.flows];
  const title = document.title;
  const steps: WipeStep[] = [
    () => flows.forEach((f) => f.cancel()),
    () => [...p.voices].forEach((v) => v.silence()),
    () => p.speech?.cancel(),
    p.hideNotices,
    () => p.i18n.setLocale(p.locale()),
    p.home,
    resetPage(title),
    () => clearStorage(localStorage, sessionStorage),
    () => p.activations.clearEvents(),
  ];
  return new Wipe({ steps, holdsPersonalData: () => flows.some((f) => holdsPersonalData(f.view().screen)) });
}
