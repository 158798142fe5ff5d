import { HiddenTimer } from './hiddenTimer';
import { IdleWatch } from './idleWatch';
import type { Wipe } from './wipe';
import type { WipeTimes } from './wipeTimes';

/** How often the triggers look at the clock, ms (a hidden page's timers may run less often; returning catches up). */
const TICK_MS = 250;
/** DOM events that count as the visitor doing something (XR pokes and rays arrive as activations). */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Options of the wipe triggers. */
export interface WipeTriggerOptions {
  wipe: Wipe;
  times: WipeTimes;
  /** Booth mode: every trigger; at home only the long idle wipe. */
  booth: boolean;
  /** Whether a reset would change anything (a kiosk off its services list, the visitor away from the welcome). */
  needsReset: () => boolean;
  /** Shows the countdown's seconds left, or hides it (null). */
  countdown: (secondsLeft: number | null) => void;
  /** True while an immersive session runs (the page-hidden rule is for desktop and phone pages). */
  inXr: () => boolean;
}

/** What the app tells the triggers. */
export interface WipeTriggers {
  /** The visitor did something (an activation in the hall, "Saya masih di sini"). */
  activity(): void;
  /** The XR session became visible (true) or hidden (false): the headset came off. */
  xrVisible(visible: boolean): void;
  /** The XR session started (true) or ended (false). */
  xrSession(active: boolean): void;
  dispose(): void;
}

/**
 * When the hall wipes (issue 8): in booth mode after `idle + countdown` without input while personal
 * data is held (a reset without), `headset` after the XR session hides, at once on leaving VR, and `page`
 * after a desktop or phone page hides; at home only after `homeIdle + countdown` without input.
 */
export function startWipeTriggers(o: WipeTriggerOptions): WipeTriggers {
  const now = () => performance.now();
  const { wipe, times, booth } = o;
  const idle = new IdleWatch(
    {
      idleMs: booth ? times.idle : times.homeIdle,
      countdownMs: times.countdown,
      resetMs: booth ? times.reset : null,
      holdsPersonalData: () => wipe.holdsPersonalData(),
      needsReset: o.needsReset,
      onCountdown: o.countdown,
      onExpire: (reason) => wipe.run(reason),
    },
    now(),
  );
  const headset = new HiddenTimer(times.headset, () => wipe.run('headsetOff'));
  const page = new HiddenTimer(times.page, () => wipe.run('pageHidden'));
  const timer = setInterval(() => {
    idle.tick(now());
    headset.tick(now());
    page.tick(now());
  }, TICK_MS);
  const onInput = () => idle.activity(now());
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  const onVisibility = () => {
    if (!booth || o.inXr()) return;
    if (document.visibilityState === 'hidden') page.hidden(now());
    else page.visible(now());
  };
  document.addEventListener('visibilitychange', onVisibility);
  return {
    activity: onInput,
    xrVisible: (visible) => {
      if (!booth) return;
      if (visible) headset.visible(now());
      else headset.hidden(now());
    },
    xrSession: (active) => {
      headset.reset();
      if (booth && !active) wipe.run('leftVr');
      onInput();
    },
    dispose: () => {
      clearInterval(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
