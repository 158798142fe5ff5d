import { rayHitDistance } from './rayHit';
import type { Vec3 } from './vec3';
import type { InteractionEvent, TargetSpec, TargetState, Via } from './targetTypes';

/** How many activations the log keeps; old ones fall off so a 24-hour booth never grows memory. */
const EVENT_LOG_LIMIT = 500;

type Listener<T> = (value: T) => void;

/** A nearest hit of a ray against the registered targets. */
export interface RayTargetHit {
  id: string;
  distance: number;
}

/**
 * The one list of every interactive target in the world. Every device (hands, controllers,
 * mouse, touch, keyboard) reports hover / press / release through it, so a kiosk button never
 * knows which device pressed it. It also feeds keyboard focus, the DOM mirror and the
 * automation handle.
 */
export class InteractionRegistry {
  private readonly targets = new Map<string, TargetSpec>();
  private readonly hoverBy = new Map<string, string>();
  private readonly pressBy = new Map<string, string>();
  private focusedId: string | null = null;
  private readonly log: InteractionEvent[] = [];
  private readonly stateListeners = new Set<Listener<string>>();
  private readonly listListeners = new Set<Listener<void>>();
  private readonly activateListeners = new Set<Listener<InteractionEvent>>();

  /** @param now clock in milliseconds, injectable for tests */
  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Adds a target; returns a function that removes it again. */
  register(spec: TargetSpec): () => void {
    if (this.targets.has(spec.id)) throw new Error(`Interaction target "${spec.id}" is registered twice`);
    this.targets.set(spec.id, spec);
    this.emitList();
    return () => this.unregister(spec.id);
  }

  /**
   * Replaces the spec of a registered target (same id) in place: its order, hover and press stay, so a
   * panel that redraws (a countdown's seconds, a typed key) never drops a press in progress.
   */
  update(spec: TargetSpec): void {
    if (!this.targets.has(spec.id)) throw new Error(`Interaction target "${spec.id}" is not registered`);
    this.targets.set(spec.id, spec);
    this.emitList();
  }

  /** Removes a target and every pointer state that referred to it. */
  unregister(id: string): void {
    if (!this.targets.delete(id)) return;
    for (const map of [this.hoverBy, this.pressBy]) {
      for (const [source, target] of map) if (target === id) map.delete(source);
    }
    if (this.focusedId === id) this.focusedId = null;
    this.emitList();
  }

  /** The target with this id, if registered. */
  get(id: string): TargetSpec | undefined {
    return this.targets.get(id);
  }

  /** All targets in registration order (panel order, then control order). */
  list(): TargetSpec[] {
    return [...this.targets.values()];
  }

  /** Hover, press and focus flags of a target, for its visuals. */
  state(id: string): TargetState {
    return {
      hovered: [...this.hoverBy.values()].includes(id),
      pressed: [...this.pressBy.values()].includes(id),
      focused: this.focusedId === id,
    };
  }

  /** The nearest enabled target whose front face the ray meets, if any. */
  pickRay(origin: Vec3, direction: Vec3, filter?: (t: TargetSpec) => boolean): RayTargetHit | null {
    let best: RayTargetHit | null = null;
    for (const t of this.targets.values()) {
      if (!t.enabled() || (filter && !filter(t))) continue;
      const d = rayHitDistance(origin, direction, t.pose());
      if (d !== null && (!best || d < best.distance)) best = { id: t.id, distance: d };
    }
    return best;
  }

  /** A pointer `source` (e.g. `hand-left-poke`, `mouse`) now hovers `id`, or nothing. */
  hover(source: string, id: string | null): void {
    const before = this.hoverBy.get(source) ?? null;
    if (before === id) return;
    if (id === null) this.hoverBy.delete(source);
    else this.hoverBy.set(source, id);
    if (before) this.emitState(before);
    if (id) this.emitState(id);
  }

  /** What every pointer source hovers now (source → target id), for dwell selection. */
  hovers(): Map<string, string> {
    return new Map(this.hoverBy);
  }

  /** A pointer goes down on a target; disabled targets ignore it. */
  press(source: string, id: string): void {
    const target = this.targets.get(id);
    if (!target || !target.enabled()) return;
    const before = this.pressBy.get(source);
    this.pressBy.set(source, id);
    if (before && before !== id) this.emitState(before);
    this.emitState(id);
  }

  /**
   * A pointer comes up. If it is still over the target it went down on (`overId`), that
   * target activates; a pointer that slid off cancels, as on any touch screen.
   */
  release(source: string, overId: string | null, via: Via): void {
    const pressed = this.pressBy.get(source);
    if (pressed === undefined) return;
    this.pressBy.delete(source);
    this.emitState(pressed);
    if (pressed === overId) this.activate(pressed, via);
  }

  /** Drops a pointer's press without activating (the hand was lost, the session ended). */
  cancel(source: string): void {
    const pressed = this.pressBy.get(source);
    this.pressBy.delete(source);
    this.hover(source, null);
    if (pressed) this.emitState(pressed);
  }

  /** Activates a target now; returns false when it is missing or disabled. */
  activate(id: string, via: Via): boolean {
    const target = this.targets.get(id);
    if (!target || !target.enabled()) return false;
    const event: InteractionEvent = { type: 'activate', id, via, t: Math.round(this.now()) };
    this.log.push(event);
    if (this.log.length > EVENT_LOG_LIMIT) this.log.shift();
    target.onActivate(via);
    for (const l of this.activateListeners) l(event);
    return true;
  }

  /** Moves keyboard focus (drawn as a ring in the world). */
  focus(id: string | null): void {
    if (this.focusedId === id) return;
    const before = this.focusedId;
    this.focusedId = id !== null && this.targets.has(id) ? id : null;
    if (before) this.emitState(before);
    if (this.focusedId) this.emitState(this.focusedId);
  }

  /** The focused target id, if any. */
  focused(): string | null {
    return this.focusedId;
  }

  /** Forgets the activation log (a booth wipe: key ids spell what the last visitor typed). */
  clearEvents(): void {
    this.log.length = 0;
  }

  /** A copy of the activation log. */
  events(): InteractionEvent[] {
    return this.log.map((e) => ({ ...e }));
  }

  /** Called with a target id whenever its hover / press / focus state changes. */
  onStateChange(listener: Listener<string>): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Called whenever targets are added or removed. */
  onListChange(listener: Listener<void>): () => void {
    this.listListeners.add(listener);
    return () => this.listListeners.delete(listener);
  }

  /** Called after every activation. */
  onActivate(listener: Listener<InteractionEvent>): () => void {
    this.activateListeners.add(listener);
    return () => this.activateListeners.delete(listener);
  }

  private emitState(id: string): void {
    for (const l of this.stateListeners) l(id);
  }

  private emitList(): void {
    for (const l of this.listListeners) l();
  }
}
