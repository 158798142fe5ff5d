import { POKE_STAND } from '../input/pokeReach';
import { SEATED_APPROACH, seatedLift, type PanelBand } from './seatedFit';

/** What an operator menu or a settings panel may ask of seated mode (the booth's operator menu calls exactly this). */
export interface SeatedControl {
  /** Seated (true) or standing (false); either way the visitor is recentred. */
  setSeated(on: boolean): void;
  /** Puts the visitor back in front of the panel they are using (or the welcome panel), facing it. */
  recentre(): void;
}

/** What seated mode moves: Babylon-free, so the rules are tested in Node. */
export interface SeatedModeOptions {
  /** Every panel's vertical extent in the hall. */
  panels: () => readonly PanelBand[];
  /** Lifts the visitor in XR by this many metres above their real floor (0 = standing). */
  lift(height: number): void;
  /** The kiosk the visitor is at (near its stand-here spot), if any. */
  nearestKiosk(): string | null;
  /** Sends the visitor to a kiosk's spot, facing its panel. */
  goTo(kioskId: string): void;
  /** Sends the visitor to the welcome point, facing the welcome panel. */
  home(): void;
}

/**
 * XAUR "seated or standing": seated mode lifts a seated visitor as far as the real-floor band allows
 * (panels stay 0.8–1.6 m above the real floor) and stands them {@link SEATED_APPROACH} closer to a
 * kiosk's panel, so every control is within reach from a chair; recentre works in both modes.
 */
export class SeatedMode implements SeatedControl {
  private seated = false;
  private lift = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly o: SeatedModeOptions) {}

  /** True while seated mode is on. */
  isSeated(): boolean {
    return this.seated;
  }

  setSeated(on: boolean): void {
    this.seated = on;
    this.lift = on ? seatedLift(this.o.panels()) : 0;
    this.o.lift(this.lift);
    for (const l of this.listeners) l();
    this.recentre();
  }

  recentre(): void {
    const kiosk = this.o.nearestKiosk();
    if (kiosk) this.o.goTo(kiosk);
    else this.o.home();
  }

  /** Height of the visitor's real floor in the hall: how far seated mode lifted them, metres. */
  realFloor(): number {
    return this.lift;
  }

  /** How much closer to a kiosk's panel the visitor stands now, metres. */
  approach(): number {
    return this.seated ? SEATED_APPROACH : 0;
  }

  /** In the headset, how far in front of a kiosk panel's centre the visitor's eyes arrive now, metres. */
  pokeStand(): number {
    return this.seated ? POKE_STAND.seated : POKE_STAND.standing;
  }

  /** Calls back when seated mode turns on or off; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
