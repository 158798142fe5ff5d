import type { I18n } from '../../i18n/createI18n';
import type { KioskFlow, ViewAction, ViewModel } from '../../services';
import { renderBlock } from './sheetBlocks';
import { h, reconcile, setAttr, setText } from './sheetDom';
import { SheetFields } from './sheetFields';
import { actionFocusKey, focusAfterRender, HEADING_FOCUS_KEY } from './sheetFocus';
import { keyCommand, primaryAction, type SheetKeyTarget } from './sheetKeys';
import { stepText } from './stepText';

/** Options of one kiosk's sheet. */
export interface KioskSheetOptions {
  kioskId: string;
  flow: KioskFlow;
  i18n: I18n;
  /** The language switch (the hall's one `toggleLocale` action). */
  toggleLocale: () => void;
  /** The visitor closed the sheet (Escape or the Close button). */
  onClose: () => void;
}

/** Which kind of element a key press came from. */
function keyTarget(target: EventTarget | null): SheetKeyTarget {
  if (target instanceof HTMLTextAreaElement) return 'textarea';
  if (target instanceof HTMLInputElement) return target.type === 'radio' ? 'choice' : 'text';
  if (target instanceof HTMLButtonElement) return 'button';
  return 'other';
}

/**
 * One kiosk's service flow as an accessible page region, for desktop and phone visitors: the same
 * view model the VR panel draws, with real inputs, radio-button choices, the avatar's line as a live
 * subtitle and the actions as buttons. It re-renders on every flow change without losing focus or caret.
 */
export class KioskSheet {
  /** The region; the caller places it on the page. */
  readonly element: HTMLElement;
  private readonly step: HTMLElement;
  private readonly lang: HTMLButtonElement;
  private readonly close: HTMLButtonElement;
  private readonly title: HTMLElement;
  private readonly subtitle: HTMLElement;
  private readonly say: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly blocks: HTMLElement;
  private readonly fields: SheetFields;
  private readonly choices: HTMLElement;
  private readonly actions: HTMLElement;
  private readonly choiceNodes = new Map<string, HTMLButtonElement>();
  private readonly actionNodes = new Map<string, HTMLButtonElement>();
  private readonly stop: () => void;
  private view: ViewModel;
  private screenKey: string | null = null;
  private blocksKey = '';
  private submitted = false;
  private renders = 0;

  constructor(private readonly o: KioskSheetOptions) {
    const prefix = `sheet-${o.kioskId}`;
    this.step = h('p', { class: 'sheet-step' });
    this.lang = h('button', { type: 'button', class: 'sheet-lang' });
    this.close = h('button', { type: 'button', class: 'sheet-close' });
    this.title = h('h2', { id: `${prefix}-title`, class: 'sheet-title', tabindex: -1, 'data-focus-key': HEADING_FOCUS_KEY });
    this.subtitle = h('p', { class: 'sheet-subtitle' });
    this.say = h('p', { class: 'sheet-say', 'aria-live': 'polite' });
    this.notice = h('p', { class: 'sheet-notice', 'aria-live': 'polite', hidden: true });
    this.blocks = h('div', { class: 'sheet-blocks' });
    this.fields = new SheetFields(prefix, {
      input: (name, value) => this.whileCounting(() => o.flow.setValue(name, value)),
      blur: (name) => {
        if (this.element.isConnected) o.flow.blurField(name);
      },
    });
    this.choices = h('div', { class: 'sheet-choices' });
    this.actions = h('div', { class: 'sheet-actions' });
    this.element = h(
      'section',
      { class: 'kiosk-sheet', role: 'region', 'aria-labelledby': `${prefix}-title`, 'data-kiosk': o.kioskId },
      h('div', { class: 'sheet-bar' }, this.step, this.lang, this.close),
      this.title,
      this.subtitle,
      this.say,
      this.notice,
      this.blocks,
      this.fields.element,
      this.choices,
      this.actions,
    );
    this.lang.addEventListener('click', () => o.toggleLocale());
    this.close.addEventListener('click', () => o.onClose());
    this.element.addEventListener('keydown', (e) => this.onKey(e));
    this.view = o.flow.view();
    this.stop = o.flow.onChange((v) => this.render(v, false));
  }

  /** Draws the current screen and puts keyboard focus on the sheet's heading (call once it is on the page). */
  open(): void {
    this.render(this.o.flow.view(), true);
  }

  /** Stops listening to the flow and removes the sheet; what the flow holds is the flow's business. */
  dispose(): void {
    this.stop();
    this.element.remove();
  }

  private render(view: ViewModel, opened: boolean): void {
    this.renders += 1;
    this.view = view;
    const { t } = this.o.i18n;
    const active = document.activeElement;
    const focusInside = active instanceof HTMLElement && this.element.contains(active);
    const screenKey = `${view.screen}|${view.serviceId ?? ''}`;
    const screenChanged = this.screenKey !== null && this.screenKey !== screenKey;
    this.screenKey = screenKey;

    setText(this.step, stepText(view.step, t));
    this.step.hidden = view.step === null;
    const other = this.o.i18n.locale === 'id' ? 'en' : 'id';
    setText(this.lang, t(`hall.language.${other}`));
    setAttr(this.lang, 'lang', other);
    setAttr(this.lang, 'title', t('hall.language.switch'));
    setText(this.close, t('sheet.close'));
    setText(this.title, view.title);
    setText(this.subtitle, view.subtitle ?? '');
    this.subtitle.hidden = !view.subtitle;
    setText(this.say, view.say);
    setAttr(this.element, 'aria-busy', view.busy ? 'true' : null);
    this.element.dataset.screen = view.screen;

    this.notice.hidden = view.notice === null;
    setAttr(this.notice, 'aria-live', view.notice?.tone === 'error' ? 'assertive' : 'polite');
    setAttr(this.notice, 'data-tone', view.notice?.tone ?? null);
    setText(this.notice, view.notice?.text ?? '');

    const blocksKey = JSON.stringify(view.blocks);
    if (blocksKey !== this.blocksKey) {
      this.blocksKey = blocksKey;
      this.blocks.replaceChildren(...view.blocks.map(renderBlock));
    }
    this.fields.render(view.fields, screenKey, view.busy);
    const isChoice = (a: ViewAction) => a.role === 'choice';
    this.renderButtons(this.choices, view.actions.filter(isChoice), this.choiceNodes);
    this.renderButtons(this.actions, view.actions.filter((a) => !isChoice(a)), this.actionNodes);

    const focusedStillThere = focusInside && this.element.contains(active);
    const key = focusAfterRender({ opened, screenChanged, submitted: this.submitted, focusInside, focusedStillThere }, view);
    if (!view.busy) this.submitted = false;
    if (key) this.focus(key);
  }

  private renderButtons(container: HTMLElement, actions: ViewAction[], nodes: Map<string, HTMLButtonElement>): void {
    reconcile(
      container,
      actions,
      nodes,
      (a) => a.id,
      (a) => {
        const b = h('button', { type: 'button', class: `sheet-action role-${a.role}`, 'data-focus-key': actionFocusKey(a.id), 'data-action': a.id });
        b.addEventListener('click', () => this.press(a.id));
        return b;
      },
      (b, a) => {
        // aria-disabled, not disabled: a disabled button drops keyboard focus out of the sheet while sending.
        setAttr(b, 'aria-disabled', a.enabled ? null : 'true');
        // The kiosk's most common service: first, and the largest choice (as on the panel).
        b.classList.toggle('featured', a.featured === true);
        const label = h('span', { class: 'sheet-action-label' }, a.label);
        const parts: Node[] = a.description ? [label, h('span', { class: 'sheet-action-description' }, a.description)] : [label];
        const text = a.label + (a.description ?? '');
        if (b.dataset.text !== text) {
          b.dataset.text = text;
          b.replaceChildren(...parts);
        }
      },
    );
  }

  private press(actionId: string): void {
    const action = this.view.actions.find((a) => a.id === actionId);
    if (!action || !action.enabled) return;
    if (actionId === primaryAction(this.view)) this.submitted = true;
    this.o.flow.act(actionId).catch((error: unknown) => console.error(`kiosk ${this.o.kioskId}: action ${actionId} failed`, error));
  }

  private onKey(e: KeyboardEvent): void {
    const command = keyCommand(e.key, keyTarget(e.target), this.view, e.isComposing);
    if (!command) return;
    e.preventDefault();
    if (command.kind === 'close') this.o.onClose();
    else this.press(command.actionId);
  }

  /** Runs a flow call and redraws from the flow when it changed nothing (a click while sending must not stick). */
  private whileCounting(call: () => void): void {
    const before = this.renders;
    call();
    if (this.renders === before) this.render(this.o.flow.view(), false);
  }

  private focus(key: string): void {
    const el = this.element.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (!el) return;
    if (el instanceof HTMLFieldSetElement) {
      const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => !r.disabled);
      (radios.find((r) => r.checked) ?? radios[0])?.focus();
      return;
    }
    el.focus();
  }
}
