import type { I18n } from '../../i18n/createI18n';
import { Feature } from '../../input/feature';
import type { HallActions } from '../../input/hallActions';
import type { HallMode } from '../../input/hallMode';
import type { KioskFlow } from '../../services';
import type { KioskId } from '../../shared/catalogue/types';
import { dismissProximity, initialProximity, nextProximity, reopenProximity, type ProximityState } from './kioskProximity';
import { KioskSheet } from './kioskSheet';
import { h, setText } from './sheetDom';

/** Options of the desktop and phone kiosk sheets. */
export interface DesktopKiosksOptions {
  /** The page overlay; the sheets go first in it, so Tab reaches the open sheet before the hall's mirror. */
  root: HTMLElement;
  kiosks: readonly { id: KioskId; standSpot: { x: number; z: number } }[];
  flows: ReadonlyMap<KioskId, KioskFlow>;
  i18n: I18n;
  /** The app's mode: sheets show on desktop and touch, never in XR (the kiosk panel serves there). */
  mode: () => HallMode;
  /** Carries out the sheet's language switch. */
  actions: Pick<HallActions, 'toggleLocale'>;
  /** Where the visitor stands (floor point; y is ignored). */
  visitor: () => { x: number; z: number };
  /** Puts keyboard focus back into the hall when a sheet closes and what had focus before is gone; by default the hall mirror's first enabled button. */
  returnFocus?: () => void;
}

/**
 * Opens a kiosk's form as a page region when a desktop or phone visitor stands at that kiosk, and closes
 * it when they walk away or press Escape; a "reopen" button stays while they are still there.
 * Stepped once per frame while attached.
 */
export class DesktopKiosks extends Feature {
  readonly name = 'desktopKiosks';
  private readonly host: HTMLElement;
  private readonly listeners = new Set<() => void>();
  private readonly reopen: HTMLButtonElement;
  private state: ProximityState = initialProximity();
  private sheet: KioskSheet | null = null;
  private focusBefore: HTMLElement | null = null;
  /** Stand-here spots on the floor; kiosks do not move. */
  private readonly spots: { id: string; x: number; z: number }[];

  constructor(private readonly o: DesktopKiosksOptions) {
    super();
    this.reopen = h('button', { type: 'button', class: 'kiosk-sheet-reopen', hidden: true });
    this.reopen.addEventListener('click', () => this.apply(reopenProximity(this.state)));
    this.spots = o.kiosks.map((k) => ({ id: k.id, x: k.standSpot.x, z: k.standSpot.z }));
    this.host = h('div', { class: 'kiosk-sheet-host' }, this.reopen);
    o.root.prepend(this.host);
  }

  /** Follows the visitor: opens, keeps or closes a sheet. Cheap when nothing changes (no DOM work). */
  override update(): void {
    const v = this.o.visitor();
    this.apply(nextProximity(this.state, { kiosks: this.spots, visitor: { x: v.x, z: v.z }, enabled: this.o.mode() !== 'xr' }));
  }

  /** The kiosk whose sheet is open, if any (for tests and the app). */
  openKiosk(): string | null {
    return this.state.open;
  }

  /** Calls back whenever a sheet opens or closes; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected override onAttach(): void {
    this.subs.add(this.o.i18n.onChange(() => this.labelReopen()));
  }

  /** Removes the sheets from the page. */
  protected override onDispose(): void {
    this.sheet?.dispose();
    this.host.remove();
  }

  private apply(next: ProximityState): void {
    const previous = this.state;
    this.state = next;
    if (next.dismissed !== previous.dismissed) {
      this.reopen.hidden = next.dismissed === null;
      this.labelReopen();
    }
    if (next.open !== previous.open) {
      if (previous.open !== null) this.closeSheet();
      if (next.open !== null) this.openSheet(next.open as KioskId);
      for (const l of this.listeners) l();
    }
  }

  private openSheet(kioskId: KioskId): void {
    const flow = this.o.flows.get(kioskId);
    if (!flow) return;
    const active = document.activeElement;
    this.focusBefore = active instanceof HTMLElement && active !== document.body ? active : null;
    this.sheet = new KioskSheet({ kioskId, flow, i18n: this.o.i18n, toggleLocale: () => this.o.actions.toggleLocale(), onClose: () => this.apply(dismissProximity(this.state)) });
    this.host.append(this.sheet.element);
    document.body.classList.add('kiosk-sheet-open');
    this.sheet.open();
  }

  private closeSheet(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.sheet = null;
    const hadFocus = sheet.element.contains(document.activeElement);
    sheet.dispose();
    document.body.classList.remove('kiosk-sheet-open');
    const back = this.focusBefore;
    this.focusBefore = null;
    if (!hadFocus) return;
    if (back && back.isConnected) back.focus();
    else if (this.o.returnFocus) this.o.returnFocus();
    else this.o.root.querySelector<HTMLElement>('.hall-mirror button:not([disabled])')?.focus();
  }

  private labelReopen(): void {
    const id = this.state.dismissed;
    if (id) setText(this.reopen, this.o.i18n.t('sheet.reopen', { kiosk: this.o.i18n.t(`kiosk.${id}.title`) }));
  }
}
