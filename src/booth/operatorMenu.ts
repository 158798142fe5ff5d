import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import type { I18n } from '../i18n/createI18n';
import type { PanelFactory } from '../ui/panelShelf';
import type { PanelSurface } from '../ui/panelSurface';
import type { PanelControl } from '../ui/panelScreen';
import { enrolBooth, serverReachable } from './boothApi';
import type { BoothSettings } from './boothMode';
import { makePinCheck, PinAttempts, pinMatches } from './operatorPin';
import type { PendingSubmissions } from './pendingSubmissions';
import { pinKeys, typePin } from './pinPad';

/**
 * Standing/seated use and recentring, injected: the accessibility work of this session builds the real
 * ones and the lead wires them at merge. Until then recentre returns the visitor to the welcome pose and
 * seated is stored only.
 */
export interface BoothComfort {
  setSeated(on: boolean): void;
  recentre(): void;
}

/** Options of the operator menu. */
export interface OperatorMenuOptions {
  scene: Scene;
  i18n: I18n;
  panels: PanelFactory;
  /** The welcome panel's anchor: the menu takes its place while open (and hides it). */
  welcomeAnchor: TransformNode;
  origin: string;
  settings: () => BoothSettings;
  save: (s: BoothSettings) => void;
  pending: PendingSubmissions;
  comfort: BoothComfort;
  /** "Reset the hall now". */
  reset: () => void;
  /** Booth mode off: the page restarts at home. */
  leave: () => void;
  /** Says a PIN error on the page too (screen readers; the panel shows it as its notice). */
  announce: (text: string) => void;
}

type MenuState = { kind: 'closed' } | { kind: 'pin'; pin: string; message: string | null; busy: boolean } | { kind: 'menu'; server: boolean | null; waiting: { waiting: number; failed: number } | null };

/**
 * The booth operator's menu, at the welcome lectern in place of the welcome panel: first a PIN pad (the
 * device's stored PIN check, or at first use enrolment with the server), then reset, start language,
 * standing/seated, recentre, server reachability, the count of submissions waiting, and leaving booth mode.
 */
export class OperatorMenu {
  private readonly anchor: TransformNode;
  private readonly panel: PanelSurface;
  private state: MenuState = { kind: 'closed' };
  private readonly attempts = new PinAttempts();

  constructor(private readonly o: OperatorMenuOptions) {
    this.anchor = new TransformNode('booth-operator', o.scene);
    this.anchor.parent = o.welcomeAnchor.parent;
    this.anchor.position.copyFrom(o.welcomeAnchor.position);
    this.anchor.rotation.copyFrom(o.welcomeAnchor.rotation);
    if (o.welcomeAnchor.rotationQuaternion) this.anchor.rotationQuaternion = o.welcomeAnchor.rotationQuaternion.clone();
    this.panel = o.panels('booth.operator', this.anchor, { width: 0.8, height: 0.72 }, (c) => void this.onControl(c));
    this.anchor.setEnabled(false);
    o.i18n.onChange(() => this.draw());
  }

  /** Opens the PIN pad (the hidden affordance was used, or booth mode was just turned on). */
  openPin(): void {
    this.set({ kind: 'pin', pin: '', message: null, busy: false });
  }

  /** True while the PIN pad or the menu shows. */
  isOpen(): boolean {
    return this.state.kind !== 'closed';
  }

  /** Closes without a trace of the PIN. */
  close(): void {
    this.set({ kind: 'closed' });
  }

  private set(state: MenuState): void {
    if (state.kind !== 'pin' || state.message === null) this.o.announce('');
    this.state = state;
    const open = state.kind !== 'closed';
    this.anchor.setEnabled(open);
    this.o.welcomeAnchor.setEnabled(!open);
    this.draw();
  }

  private draw(): void {
    const { t } = this.o.i18n;
    const s = this.state;
    if (s.kind === 'pin') {
      const enrolled = this.o.settings().pinCheck !== null;
      this.panel.show({
        title: t(enrolled ? 'booth.operator.pinPrompt' : 'booth.operator.enrolPrompt'),
        subtitle: '•'.repeat(s.pin.length) || ' ',
        ...(s.message ? { notice: { text: s.message, tone: 'error' as const } } : {}),
        controls: withError(pinKeys({ delete: t('booth.operator.delete'), ok: t('booth.operator.ok') }, s.busy ? 0 : s.pin.length), s.message),
        columns: 3,
        footer: [{ id: 'close', label: t('booth.operator.cancel'), kind: 'button', tone: 'quiet' }],
      });
    } else if (s.kind === 'menu') this.drawMenu(s);
  }

  private drawMenu(s: Extract<MenuState, { kind: 'menu' }>): void {
    const { t } = this.o.i18n;
    const b = this.o.settings();
    const body = [t(b.token ? 'booth.operator.enrolled' : 'booth.operator.notEnrolled')];
    if (s.server !== null) body.push(t(s.server ? 'booth.operator.serverOk' : 'booth.operator.serverDown'));
    if (s.waiting) body.push(t('booth.operator.waiting', { waiting: s.waiting.waiting, failed: s.waiting.failed }));
    this.panel.show({
      title: t('booth.operator.title'),
      body,
      controls: [
        { id: 'reset', label: t('booth.operator.reset'), kind: 'button', tone: 'primary' },
        { id: 'language', label: t('booth.operator.language', { language: t(`hall.language.${b.defaultLocale}`) }), kind: 'toggle' },
        { id: 'seated', label: t(b.seated ? 'booth.operator.seated' : 'booth.operator.standing'), kind: 'toggle', selected: b.seated },
        { id: 'recentre', label: t('booth.operator.recentre'), kind: 'button' },
        { id: 'leave', label: t('booth.operator.leave'), kind: 'button', tone: 'danger' },
        { id: 'close', label: t('booth.operator.close'), kind: 'button', tone: 'quiet' },
      ],
      columns: 2,
    });
  }

  private async onControl(id: string): Promise<void> {
    if (id === 'close') return this.close();
    const s = this.state;
    if (s.kind === 'pin' && !s.busy) {
      if (id === 'key.ok') return this.submitPin(s.pin);
      return this.set({ ...s, pin: typePin(s.pin, id), message: null });
    }
    if (s.kind === 'menu') this.menuAction(id);
  }

  private menuAction(id: string): void {
    const b = this.o.settings();
    if (id === 'reset') {
      this.close();
      this.o.reset();
    } else if (id === 'language') {
      const defaultLocale = b.defaultLocale === 'id' ? 'en' : 'id';
      this.o.save({ ...b, defaultLocale });
      this.o.i18n.setLocale(defaultLocale);
    } else if (id === 'seated') {
      this.o.save({ ...b, seated: !b.seated });
      this.o.comfort.setSeated(!b.seated);
      this.draw();
    } else if (id === 'recentre') {
      this.close();
      this.o.comfort.recentre();
    } else if (id === 'leave') {
      this.close();
      this.o.leave();
    }
  }

  private async submitPin(pin: string): Promise<void> {
    const { t } = this.o.i18n;
    const wait = this.attempts.waitSeconds(Date.now());
    if (wait > 0) {
      const message = t('booth.operator.pinLocked', { seconds: wait });
      this.o.announce(message);
      return this.set({ kind: 'pin', pin: '', message, busy: false });
    }
    this.set({ kind: 'pin', pin, message: null, busy: true });
    const message = await this.checkPin(pin);
    if (this.state.kind !== 'pin') return; // closed meanwhile
    if (message) {
      this.o.announce(message);
      return this.set({ kind: 'pin', pin: '', message, busy: false });
    }
    this.attempts.succeed();
    this.set({ kind: 'menu', server: null, waiting: null });
    const [server, waiting] = await Promise.all([serverReachable(this.o.origin), this.o.pending.count()]);
    if (this.isOpen() && this.state.kind !== 'pin') this.set({ kind: 'menu', server, waiting });
  }

  /** Null when the PIN is right (enrolling at first use); else the translated reason. */
  private async checkPin(pin: string): Promise<string | null> {
    const { t } = this.o.i18n;
    const b = this.o.settings();
    if (b.pinCheck) {
      if (await pinMatches(pin, b.pinCheck)) return null;
      this.attempts.fail(Date.now());
      return t('booth.operator.pinWrong');
    }
    const enrolled = await enrolBooth(this.o.origin, pin, `booth ${new Date().toISOString().slice(0, 10)}`);
    if (enrolled.ok) {
      this.o.save({ ...b, token: enrolled.token, pinCheck: await makePinCheck(pin) });
      return null;
    }
    if (enrolled.code === 'booth_pin_wrong') return t('booth.operator.pinWrong');
    if (enrolled.code === 'rate_limited') return t('booth.operator.pinLocked', { seconds: enrolled.retryAfter ?? 30 });
    if (enrolled.code === 'booth_disabled') return t('booth.operator.disabled');
    return t('booth.operator.unreachable');
  }
}

/** The PIN error also in what screen readers and the automation handle read at the OK key (the field's error). */
function withError(keys: PanelControl[], message: string | null): PanelControl[] {
  return message ? keys.map((k) => (k.id === 'key.ok' ? { ...k, spoken: `${k.label}: ${message}` } : k)) : keys;
}
