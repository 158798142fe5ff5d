/** Why a wipe ran. */
export type WipeReason =
  | 'idle' // no input while personal data was held (booth: 90 s; at home: 10 min)
  | 'reset' // no input without personal data: the hall just returns to the welcome
  | 'headsetOff' // the XR session stayed `hidden` too long
  | 'leftVr' // the visitor left the immersive session (booth mode)
  | 'pageHidden' // the desktop or phone page stayed hidden too long (booth mode)
  | 'done' // "Selesai, hapus data saya" on a result screen
  | 'operator'; // the operator menu's "reset hall now"

/** What a wipe listener is told. */
export interface WipeEvent {
  reason: WipeReason;
  /** True when personal data was held and is now gone (the avatar says goodbye only then). */
  hadPersonalData: boolean;
}

/** One step of a wipe (cancel the flows, stop speech, ...), run in order. */
export type WipeStep = () => void;

/** Options of a wipe. */
export interface WipeOptions {
  /** The steps that clear the hall, in order. */
  steps: readonly WipeStep[];
  /** Whether any personal data is held right now (read before the steps run). */
  holdsPersonalData: () => boolean;
}

/**
 * The one wipe of the hall: every trigger (idle, headset off, leaving VR, the "done" button, the
 * operator) calls `run`, and everything that holds a visitor's data or presence (an officer call, the
 * booth's own notices) subscribes with `onWipe`. A failing step is logged and the others still run, so
 * one broken part never leaves the rest of the previous visitor's data on screen.
 */
export class Wipe {
  private readonly listeners = new Set<(event: WipeEvent) => void>();
  private count = 0;

  constructor(private readonly o: WipeOptions) {}

  /** Clears the hall now; returns what listeners were told. */
  run(reason: WipeReason): WipeEvent {
    const event: WipeEvent = { reason, hadPersonalData: this.o.holdsPersonalData() };
    for (const step of this.o.steps) guard(step);
    this.count++;
    for (const listener of [...this.listeners]) guard(() => listener(event));
    return event;
  }

  /** Calls `listener` after every wipe; returns the function that unsubscribes it. */
  onWipe(listener: (event: WipeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether any personal data is held right now. */
  holdsPersonalData(): boolean {
    return this.o.holdsPersonalData();
  }

  /** How many wipes ran since the page loaded (a count only, for tests and the operator). */
  runs(): number {
    return this.count;
  }
}

function guard(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    // Message only: a step's error could quote what it was clearing.
    console.error('Wipe step failed:', error instanceof Error ? error.name : 'error');
  }
}
