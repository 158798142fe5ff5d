import { Feature } from '../input/feature';
import type { InteractionRegistry } from '../input/interactionRegistry';
import { isControl, type TargetSpec } from '../input/targetTypes';
import { mirrorItems, type MirrorText } from './mirrorItems';

/** The list follows a walking visitor at most this often (ms), once they moved this far (metres). */
const FOLLOW_EVERY = 250;
const FOLLOW_DISTANCE = 0.25;

/** Something that calls back when it changes, returning the function that stops it. */
export type ChangeSource = (listener: () => void) => () => void;

/** Options of the DOM mirror. */
export interface DomMirrorOptions {
  root: HTMLElement;
  registry: InteractionRegistry;
  /** Which targets are near enough to list (the visitor's current surroundings). */
  isNear: (target: TargetSpec) => boolean;
  /** What each panel (a target group) says: read before its controls. */
  texts?: { get(group: string): readonly MirrorText[] };
  /** Accessible name of the list, translated. */
  label: () => string;
  /** Where the visitor is: the list follows them as they walk. */
  visitor: () => { x: number; y: number; z: number };
  /** Other changes that call for a rebuild (language, mode, an opened sheet). */
  changes: readonly ChangeSource[];
}

/**
 * The accessible twin of the world: the panels near the visitor, read in order (each panel's
 * heading, instructions and errors, then its controls as real buttons). Screen readers read them, Tab / Shift+Tab move through them (the focused target gets a ring in the
 * world) and Enter or Space activates with `via: "key"`. Attached, it follows the registry,
 * the visitor and the given changes.
 */
export class DomMirror extends Feature {
  readonly name = 'domMirror';
  private readonly nav: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly lines = new Map<string, HTMLElement>();
  private scheduled = false;
  private lastFollow = { at: 0, x: 0, y: 0, z: 0 };

  constructor(private readonly o: DomMirrorOptions) {
    super();
    this.nav = document.createElement('nav');
    this.nav.className = 'hall-mirror';
    this.nav.setAttribute('aria-label', o.label());
    this.caption = document.createElement('div');
    this.caption.className = 'hall-focus-caption';
    this.caption.setAttribute('aria-hidden', 'true');
    o.root.append(this.nav, this.caption);
    const v = o.visitor();
    this.lastFollow = { at: 0, x: v.x, y: v.y, z: v.z };
  }

  /** Rebuilds once the visitor has walked far enough since the last time. */
  override update(): void {
    const v = this.o.visitor();
    const now = performance.now();
    const last = this.lastFollow;
    if (now - last.at <= FOLLOW_EVERY || Math.hypot(v.x - last.x, v.y - last.y, v.z - last.z) <= FOLLOW_DISTANCE) return;
    this.lastFollow = { at: now, x: v.x, y: v.y, z: v.z };
    this.schedule();
  }

  /** Rebuilds the list on the next microtask (many targets change together). */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.refresh();
    });
  }

  /** Brings the list in line with the registry: same order, current texts, labels and states. */
  refresh(): void {
    this.nav.setAttribute('aria-label', this.o.label());
    const wanted = this.o.registry.list().filter((t) => isControl(t) && this.o.isNear(t));
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.targetId;
    const items = mirrorItems(wanted, (g) => this.o.texts?.get(g) ?? []);
    const nodes = items.map((item) => ('text' in item ? this.line(item.key, item.text) : this.button(this.o.registry.get(item.control)!)));
    const keep = new Set<Element>(nodes);
    for (const map of [this.buttons, this.lines] as Map<string, HTMLElement>[]) {
      for (const [key, el] of map) if (!keep.has(el)) (el.remove(), map.delete(key));
    }
    let previous: ChildNode | null = null;
    for (const node of nodes) {
      const expected: ChildNode | null = previous ? previous.nextSibling : this.nav.firstChild;
      if (expected !== node) this.nav.insertBefore(node, expected);
      previous = node;
    }
    // Focus moves to the first control of a redrawn panel instead of falling out of the page.
    if (focusedId && !this.buttons.has(focusedId) && document.activeElement === document.body) {
      const group = focusedId.split('.').slice(0, -1).join('.');
      const next = wanted.find((t) => t.group && group.startsWith(t.group)) ?? wanted[0];
      if (next) this.buttons.get(next.id)?.focus();
    }
  }

  /** The button of a target, made once and kept current. */
  private button(t: TargetSpec): HTMLButtonElement {
    let b = this.buttons.get(t.id);
    if (!b) {
      b = document.createElement('button');
      b.type = 'button';
      b.dataset.targetId = t.id;
      b.addEventListener('click', () => this.o.registry.activate(t.id, 'key'));
      this.buttons.set(t.id, b);
    }
    if (b.textContent !== t.label()) b.textContent = t.label();
    b.disabled = !t.enabled();
    b.dataset.kind = t.kind;
    return b;
  }

  /** A line of a panel's text: a heading, a paragraph, or an alert (an error). */
  private line(key: string, text: MirrorText): HTMLElement {
    const tag = text.role === 'heading' ? 'H2' : 'P';
    let el = this.lines.get(key);
    if (!el || el.tagName !== tag || (el.getAttribute('role') === 'alert') !== (text.role === 'alert')) {
      el?.remove();
      el = document.createElement(tag);
      el.className = 'mirror-text';
      if (text.role === 'alert') el.setAttribute('role', 'alert');
      this.lines.set(key, el);
    }
    if (el.textContent !== text.text) el.textContent = text.text;
    return el;
  }

  protected override onAttach(): void {
    this.subs.add(this.o.registry.onListChange(() => this.schedule()));
    for (const change of this.o.changes) this.subs.add(change(() => this.schedule()));
    this.subs.listen(this.nav, 'focusin', (e) => this.onFocus(e.target));
    this.subs.listen(this.nav, 'focusout', () => queueMicrotask(() => this.onFocusOut()));
    this.refresh();
  }

  /** Removes the mirror from the page. */
  protected override onDispose(): void {
    this.nav.remove();
    this.caption.remove();
  }

  private onFocus(el: EventTarget | null): void {
    const id = el instanceof HTMLElement ? el.dataset.targetId : undefined;
    if (!id) return;
    this.o.registry.focus(id);
    this.caption.textContent = this.o.registry.get(id)?.label() ?? '';
    this.caption.classList.add('visible');
  }

  private onFocusOut(): void {
    if (this.nav.contains(document.activeElement)) return;
    this.o.registry.focus(null);
    this.caption.classList.remove('visible');
  }
}
