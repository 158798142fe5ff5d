/** A floor point the visitor can be sent to (y is ignored; Babylon's `Vector3` fits). */
export interface FloorPoint {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** The named actions every device binding ends in (see `bindings.ts`). */
export type HallActionName = 'snapTurn' | 'teleportAim' | 'walk' | 'toggleLocale' | 'home';

/**
 * The one place the hall's actions are carried out. Devices never turn, move or switch the
 * language themselves: a binding names an action and this interface performs it.
 */
export interface HallActions {
  /** Turns the visitor one snap step left (-1) or right (+1). */
  snapTurn(direction: -1 | 1): void;
  /** Starts (true) or completes (false) a teleport aimed along this pointer's ray. */
  teleportAim(sourceId: string, active: boolean): void;
  /** Walks relative to the view, forward and right in metres. */
  walk(forward: number, right: number): void;
  /** Switches between Bahasa Indonesia and English. */
  toggleLocale(): void;
  /** Back to the welcome point. */
  home(): void;
  /** Moves the visitor to a floor point (teleport in XR, a glide outside), optionally turned to a yaw. */
  travel(point: FloorPoint, yaw?: number): void;
}
