/**
 * One piece of the hall with a lifecycle, as Babylon's `WebXRFeaturesManager` features: it
 * subscribes to what it needs on `attach`, removes every subscription on `detach`, is stepped by
 * the frame loop with `update(dt)` while attached, and frees what it built on `dispose`.
 */
export interface HallFeature {
  /** Stable name, e.g. `comfortBar`; the feature list finds features by it. */
  readonly name: string;
  /** Starts listening (observers, DOM listeners, registry targets). Calling it twice is harmless. */
  attach(): void;
  /** Stops listening: nothing it subscribed to calls it any more. Calling it twice is harmless. */
  detach(): void;
  /** One frame, `dt` in seconds; only called while attached. */
  update(dt: number): void;
  /** Detaches, then frees what it created (meshes, DOM, materials). */
  dispose(): void;
}

/** Anything with Babylon's `Observable` add/remove shape (kept structural so this file stays Babylon-free). */
export interface ObservableLike<T, O> {
  add(callback: (value: T) => void): O | null;
  remove(observer: O | null): boolean;
}

/** What a feature subscribed to while attached, so `detach` can remove every one of them. */
export class Subscriptions {
  private stops: Array<() => void> = [];

  /** Keeps a function that undoes one subscription. */
  add(stop: () => void): void {
    this.stops.push(stop);
  }

  /** Adds a DOM (or any `EventTarget`) listener until the next `clear()`. */
  listen(target: EventTarget, type: string, fn: EventListener): void {
    target.addEventListener(type, fn);
    this.add(() => target.removeEventListener(type, fn));
  }

  /** Adds an observer to a Babylon observable until the next `clear()`. */
  observe<T, O>(observable: ObservableLike<T, O>, fn: (value: T) => void): void {
    const observer = observable.add(fn);
    this.add(() => observable.remove(observer));
  }

  /** How many subscriptions are live. */
  get size(): number {
    return this.stops.length;
  }

  /** Undoes every subscription, newest first. */
  clear(): void {
    const stops = this.stops.reverse();
    this.stops = [];
    for (const stop of stops) stop();
  }
}

/**
 * Base of most features: subscriptions made in `onAttach` are removed on `detach` without each
 * feature writing that bookkeeping again.
 */
export abstract class Feature implements HallFeature {
  abstract readonly name: string;
  /** Subscriptions of the current attachment. */
  protected readonly subs = new Subscriptions();
  private on = false;

  /** True between `attach` and `detach`. */
  get attached(): boolean {
    return this.on;
  }

  attach(): void {
    if (this.on) return;
    this.on = true;
    this.onAttach();
  }

  detach(): void {
    if (!this.on) return;
    this.on = false;
    this.subs.clear();
    this.onDetach();
  }

  update(_dt: number): void {}

  dispose(): void {
    this.detach();
    this.onDispose();
  }

  /** Subscribes (through `this.subs`) and shows what the feature shows. */
  protected onAttach(): void {}
  /** Hides or resets what `onAttach` started; subscriptions are already gone. */
  protected onDetach(): void {}
  /** Frees what the constructor built. */
  protected onDispose(): void {}
}

/**
 * The features of one world (the hall, or one XR session) in frame order. `update` steps the
 * attached ones in the order they were added; `dispose` frees them newest first.
 */
export class FeatureList {
  private readonly features: HallFeature[] = [];
  private readonly attachedSet = new Set<HallFeature>();

  /** Adds a feature, attached unless told otherwise; returns it for the caller to keep. */
  add<F extends HallFeature>(feature: F, attach = true): F {
    if (this.features.some((f) => f.name === feature.name)) throw new Error(`Feature "${feature.name}" is added twice`);
    this.features.push(feature);
    if (attach) this.attach(feature.name);
    return feature;
  }

  /** Attaches the named feature. */
  attach(name: string): void {
    const f = this.find(name);
    f.attach();
    this.attachedSet.add(f);
  }

  /** Detaches the named feature: it keeps its meshes but hears nothing and is not stepped. */
  detach(name: string): void {
    const f = this.find(name);
    f.detach();
    this.attachedSet.delete(f);
  }

  /** True when the named feature is attached. */
  isAttached(name: string): boolean {
    return this.attachedSet.has(this.find(name));
  }

  /** Names in frame order. */
  names(): string[] {
    return this.features.map((f) => f.name);
  }

  /** One frame: every attached feature, in order. */
  update(dt: number): void {
    for (const f of this.features) if (this.attachedSet.has(f)) f.update(dt);
  }

  /** Disposes every feature, newest first. */
  dispose(): void {
    for (const f of [...this.features].reverse()) f.dispose();
    this.features.length = 0;
    this.attachedSet.clear();
  }

  private find(name: string): HallFeature {
    const f = this.features.find((x) => x.name === name);
    if (!f) throw new Error(`No feature "${name}"`);
    return f;
  }
}
