import type { HallActions } from './hallActions';

/** Snap-turn step, radians (45°): the one definition every turn uses. */
export const SNAP_TURN = Math.PI / 4;

/** A device path bound to an action, with the action's argument. */
export type Binding =
  | { action: 'snapTurn'; direction: -1 | 1 }
  | { action: 'walk'; forward: number; right: number }
  | { action: 'toggleLocale' }
  | { action: 'home' };

/** Keyboard codes (`KeyboardEvent.code`) that walk, as unit steps forward and right. */
export const KEY_BINDINGS: Readonly<Record<string, Extract<Binding, { action: 'walk' }>>> = {
  KeyW: { action: 'walk', forward: 1, right: 0 },
  ArrowUp: { action: 'walk', forward: 1, right: 0 },
  KeyS: { action: 'walk', forward: -1, right: 0 },
  ArrowDown: { action: 'walk', forward: -1, right: 0 },
  KeyA: { action: 'walk', forward: 0, right: -1 },
  ArrowLeft: { action: 'walk', forward: 0, right: -1 },
  KeyD: { action: 'walk', forward: 0, right: 1 },
  ArrowRight: { action: 'walk', forward: 0, right: 1 },
};

/** One thumbstick axis bound to an action: past `push` it fires, back within `rest` it re-arms. */
export interface StickBinding {
  action: 'snapTurn' | 'teleportAim';
  /** Index in `Gamepad.axes` (xr-standard mapping: 2 = stick x, 3 = stick y). */
  axis: number;
  /** Which way fires: +1 / -1 for a turn either way (`both`), -1 for forward on y. */
  sign: 'both' | -1 | 1;
  push: number;
  rest: number;
}

/** Quest Touch thumbsticks: flick sideways to snap turn, push forward to aim a teleport. */
export const STICK_BINDINGS: readonly StickBinding[] = [
  { action: 'snapTurn', axis: 2, sign: 'both', push: 0.75, rest: 0.3 },
  { action: 'teleportAim', axis: 3, sign: -1, push: 0.75, rest: 0.3 },
];

/** Control id of the language switch, the same on every panel. */
export const LANGUAGE_CONTROL_ID = 'language';

/** Controls every panel shares (the language switch). */
export const PANEL_BINDINGS: Readonly<Record<string, Binding>> = {
  [LANGUAGE_CONTROL_ID]: { action: 'toggleLocale' },
};

/** The comfort bar at the waist in VR: turn, home, language. */
export const COMFORT_BAR_BINDINGS: Readonly<Record<string, Binding>> = {
  turnLeft: { action: 'snapTurn', direction: -1 },
  home: { action: 'home' },
  turnRight: { action: 'snapTurn', direction: 1 },
  ...PANEL_BINDINGS,
};

/** Carries out one binding. */
export function perform(actions: HallActions, b: Binding): void {
  switch (b.action) {
    case 'snapTurn':
      return actions.snapTurn(b.direction);
    case 'walk':
      return actions.walk(b.forward, b.right);
    case 'toggleLocale':
      return actions.toggleLocale();
    case 'home':
      return actions.home();
  }
}

/** Carries out the binding of a panel control, if the table has one; true when it did. */
export function performControl(table: Readonly<Record<string, Binding>>, actions: HallActions, controlId: string): boolean {
  const b = Object.hasOwn(table, controlId) ? table[controlId] : undefined;
  if (b) perform(actions, b);
  return b !== undefined;
}

/** The locale the language switch goes to. */
export function otherLocale(locale: 'id' | 'en'): 'id' | 'en' {
  return locale === 'id' ? 'en' : 'id';
}
