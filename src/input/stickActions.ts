import { STICK_BINDINGS, type StickBinding } from './bindings';
import type { HallActions } from './hallActions';

/**
 * Turns thumbstick axes into actions through the stick bindings table: an axis pushed past its
 * binding's `push` fires once, and re-arms only after coming back within `rest`. `teleportAim`
 * also completes when the stick comes back. Babylon-free: it only sees numbers.
 */
export class StickActions {
  /** `sourceId/binding index` of the bindings that fired and have not re-armed. */
  private readonly held = new Set<string>();

  constructor(
    private readonly actions: Pick<HallActions, 'snapTurn' | 'teleportAim'>,
    private readonly table: readonly StickBinding[] = STICK_BINDINGS,
  ) {}

  /** Reads one controller's axes for this frame. */
  read(sourceId: string, axes: readonly number[]): void {
    this.table.forEach((b, i) => {
      if (axes.length <= b.axis) return;
      const v = axes[b.axis];
      const amount = b.sign === 'both' ? Math.abs(v) : v * b.sign;
      const key = `${sourceId}/${i}`;
      if (amount > b.push && !this.held.has(key)) {
        this.held.add(key);
        this.fire(b, sourceId, v, true);
      } else if (amount < b.rest && this.held.has(key)) {
        this.held.delete(key);
        this.fire(b, sourceId, v, false);
      }
    });
  }

  /** Forgets every held stick (controllers gone, session over). */
  reset(): void {
    this.held.clear();
  }

  private fire(b: StickBinding, sourceId: string, value: number, pushed: boolean): void {
    if (b.action === 'snapTurn') {
      if (pushed) this.actions.snapTurn(value < 0 ? -1 : 1);
    } else this.actions.teleportAim(sourceId, pushed);
  }
}
