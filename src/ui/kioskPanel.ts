import type { I18n } from '../i18n/createI18n';
import type { KioskFlow, ViewModel } from '../services';
import type { KioskView } from '../world/hallView';
import type { PanelSurface } from './panelSurface';
import type { PanelFactory } from './panelShelf';
import { languageToggle, LANGUAGE_CONTROL_ID } from './languageToggle';
import type { HallActions } from '../input/hallActions';
import { AvatarVoice, type SpeechSynth } from './avatarVoice';
import type { FormText } from './kiosk/formLayout';

/**
 * Panel size on every kiosk, metres (the world leaves 0.9 x 0.7 m clear). For larger text it grows to at
 * most 1.2 x 0.8 m, downwards from its top edge: 0.8 m tilted 12° still ends 0.8 m above the floor.
 */
export const KIOSK_PANEL = { width: 0.86, height: 0.68, grow: { width: 1.2, height: 0.8 } };
import { handleInput, type FormUiState, type InputCommand } from './kiosk/inputCommand';
import { isoToday } from './kiosk/dateStep';
import { viewToScreen } from './kiosk/viewToScreen';

/** Options of a kiosk panel. */
export interface KioskPanelOptions {
  kiosk: KioskView;
  flow: KioskFlow;
  i18n: I18n;
  /** Builds this kiosk's panel. */
  panels: PanelFactory;
  actions: Pick<HallActions, 'toggleLocale'>;
  /** The browser's speech synthesis (`window.speechSynthesis`), absent where there is none. */
  speech?: SpeechSynth | null;
  /** Hears every line the officer speaks to the visitor, and '' when they stop (captions). */
  onSpeak?: (line: string) => void;
}

/** Names of the date parts and months in a language, from the browser's Intl data (no locale keys needed). */
function dateParts(locale: string): FormText['dateParts'] {
  const names = new Intl.DisplayNames([locale], { type: 'dateTimeField' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const cap = (s: string | undefined, fallback: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : fallback);
  return {
    day: cap(names.of('day'), 'Day'),
    month: cap(names.of('month'), 'Month'),
    year: cap(names.of('year'), 'Year'),
    months: Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2024, i, 15))),
  };
}

/**
 * A kiosk's panel in the world: it draws the kiosk's service flow, types into the active field with
 * the keypad, keyboard, date picker or option buttons that field needs, and turns the other controls
 * into flow actions. The flow holds every typed value, so a cancel leaves nothing on the panel.
 */
export class KioskPanel {
  /** The kiosk id. */
  readonly id: string;
  private readonly stop: () => void;
  private readonly voice: AvatarVoice;
  private readonly surface: PanelSurface;
  private lastSay = '';
  private lastScreen = '';
  private near = false;
  private ui: FormUiState = { active: null, face: 'lower' };
  private commands = new Map<string, InputCommand>();

  constructor(private readonly o: KioskPanelOptions) {
    this.id = o.kiosk.id;
    this.surface = o.panels(`kiosk.${o.kiosk.id}`, o.kiosk.panelAnchor, KIOSK_PANEL, (c) => this.onControl(c));
    this.voice = new AvatarVoice({ synth: o.speech, onSpeaking: (on) => o.kiosk.avatar.setSpeaking(on) });
    const stopFlow = o.flow.onChange(() => this.refresh());
    const stopStyle = this.surface.onRestyle(() => this.refresh());
    this.stop = () => (stopFlow(), stopStyle());
    this.refresh();
  }

  /** Redraws the current step in the current language. */
  refresh(): void {
    const view = this.o.flow.view();
    const screenKey = `${view.screen}:${view.serviceId ?? ''}`;
    if (screenKey !== this.lastScreen) {
      // A new screen (or a cancel) starts with a fresh field selection; nothing typed lives here.
      this.lastScreen = screenKey;
      this.ui = { active: null, face: 'lower' };
    }
    const drawn = viewToScreen(view, this.ui, this.formText(), languageToggle(this.o.i18n), this.surface.size(), this.surface.style());
    this.commands = drawn.commands;
    this.surface.show(drawn.screen, drawn.layout);
    if (view.say !== this.lastSay) {
      this.lastSay = view.say;
      this.o.kiosk.avatar.greet();
      if (this.near) this.speak(view.say);
    }
  }

  /** Handles one of this panel's controls. */
  onControl(controlId: string): void {
    if (controlId === LANGUAGE_CONTROL_ID) {
      this.voice.stop();
      this.o.actions.toggleLocale();
      return;
    }
    const command = this.commands.get(controlId);
    if (command) {
      this.input(command, this.o.flow.view());
      return;
    }
    void this.o.flow.act(controlId);
  }

  /** The visitor arrived at (true) or walked away from (false) this kiosk: the officer speaks only to someone there. */
  setVisitorNear(near: boolean): void {
    if (near === this.near) return;
    this.near = near;
    if (near) this.speak(this.o.flow.view().say);
    else this.silence();
  }

  /** Stops speaking now (a wipe); the subtitles follow the flow, which the wipe resets. */
  silence(): void {
    this.voice.stop();
    this.o.onSpeak?.('');
  }

  private speak(line: string): void {
    this.voice.say(line, this.o.i18n.locale);
    this.o.onSpeak?.(line);
  }

  /** Stops listening to the flow and stops speaking. */
  dispose(): void {
    this.voice.stop();
    this.stop();
  }

  private input(command: InputCommand, view: ViewModel): void {
    const out = handleInput(command, view, this.ui, isoToday());
    this.ui = out.ui;
    // Each flow call emits a change (and a redraw); a command without one redraws here.
    if (out.set) this.o.flow.setValue(out.set.name, out.set.value);
    if (out.blur) this.o.flow.blurField(out.blur);
    if (!out.set && !out.blur) this.refresh();
  }

  private formText(): FormText {
    const { i18n } = this.o;
    return {
      keys: {
        ok: i18n.t('keypad.ok'),
        delete: i18n.t('keypad.delete'),
        clear: i18n.t('keypad.clear'),
        space: i18n.t('keyboard.space'),
        shift: i18n.t('keyboard.shift'),
        done: i18n.t('keyboard.done'),
      },
      formatDate: (iso) => i18n.formatDate(iso, 'long'),
      dateParts: dateParts(i18n.locale === 'id' ? 'id-ID' : 'en-US'),
      today: isoToday(),
      dateHint: i18n.t('a11y.date.hint'),
    };
  }
}
