import type { ViewField } from '../../services';
import { fieldControl, fieldDescribedBy, fieldIds } from './fieldControl';
import { fieldFocusKey } from './sheetFocus';
import { h, reconcile, setAttr, setText } from './sheetDom';

/** What the field list reports back: typing, leaving a field, picking an option. */
export interface SheetFieldEvents {
  input(name: string, value: string): void;
  blur(name: string): void;
}

/** The DOM parts of one drawn field, kept between renders. */
interface FieldNode {
  root: HTMLElement;
  label: HTMLElement;
  hint: HTMLElement;
  error: HTMLElement;
  /** The text input or text area; null for a radio group. */
  control: HTMLInputElement | HTMLTextAreaElement | null;
  /** The options of a radio group, by value. */
  options: Map<string, HTMLLabelElement>;
  optionBox: HTMLElement | null;
}

/**
 * The sheet's form fields as real inputs, updated in place: a re-render changes labels, errors and
 * values that the citizen is not typing, and never rebuilds the input under the cursor.
 */
export class SheetFields {
  readonly element: HTMLElement;
  private readonly nodes = new Map<string, HTMLElement>();
  private readonly parts = new WeakMap<HTMLElement, FieldNode>();

  constructor(
    private readonly prefix: string,
    private readonly events: SheetFieldEvents,
  ) {
    this.element = h('div', { class: 'sheet-fields' });
  }

  /** Draws the fields of the current screen; `screenKey` separates same-named fields of different screens. */
  render(fields: readonly ViewField[], screenKey: string, busy: boolean): void {
    reconcile(
      this.element,
      fields,
      this.nodes,
      (f) => `${screenKey}|${f.name}|${fieldControl(f).element}`,
      (f) => this.create(f),
      (node, f) => this.update(this.parts.get(node)!, f, busy),
    );
  }

  private create(field: ViewField): HTMLElement {
    const spec = fieldControl(field);
    const ids = fieldIds(this.prefix, field.name);
    const hint = h('p', { class: 'sheet-hint', id: ids.hint });
    const error = h('p', { class: 'sheet-error', id: ids.error });
    if (spec.element === 'radios') {
      const label = h('legend', {});
      const optionBox = h('div', { class: 'sheet-options' });
      const root = h('fieldset', { class: 'sheet-field sheet-choice', role: 'radiogroup', 'data-focus-key': fieldFocusKey(field.name), 'data-field': field.name }, label, hint, optionBox, error);
      this.parts.set(root, { root, label, hint, error, control: null, options: new Map(), optionBox });
      return root;
    }
    const control =
      spec.element === 'textarea'
        ? h('textarea', { id: ids.control, rows: 4 })
        : h('input', { id: ids.control, type: spec.type ?? 'text', inputmode: spec.inputMode ?? null });
    control.setAttribute('autocomplete', spec.autocomplete);
    control.setAttribute('autocapitalize', spec.autocapitalize);
    control.spellcheck = spec.spellcheck;
    control.name = field.name;
    control.dataset.focusKey = fieldFocusKey(field.name);
    if (spec.maxLength !== undefined) control.maxLength = spec.maxLength;
    control.addEventListener('input', () => this.events.input(field.name, control.value));
    control.addEventListener('blur', () => this.events.blur(field.name));
    const label = h('label', { for: ids.control });
    const root = h('div', { class: 'sheet-field', 'data-field': field.name }, label, hint, control, error);
    this.parts.set(root, { root, label, hint, error, control, options: new Map(), optionBox: null });
    return root;
  }

  private update(node: FieldNode, field: ViewField, busy: boolean): void {
    const ids = fieldIds(this.prefix, field.name);
    setText(node.label, field.label);
    // The star is drawn by CSS and hidden from screen readers, which hear aria-required instead.
    node.root.classList.toggle('required', field.required);
    setText(node.hint, field.hint ?? '');
    node.hint.hidden = !field.hint;
    setText(node.error, field.error?.message ?? '');
    node.error.hidden = !field.error;
    const describedBy = fieldDescribedBy(field, ids);
    const target: Element = node.control ?? node.root;
    setAttr(target, 'aria-describedby', describedBy);
    setAttr(target, 'aria-invalid', field.error ? 'true' : null);
    setAttr(target, 'aria-required', field.required ? 'true' : null);
    node.root.classList.toggle('invalid', field.error !== null);
    if (node.control) {
      // The value the citizen is typing stays as typed; everything else shows what the flow holds.
      if (node.control.value !== field.value && document.activeElement !== node.control) node.control.value = field.value;
      node.control.readOnly = busy;
      return;
    }
    this.renderOptions(node, field, busy);
  }

  private renderOptions(node: FieldNode, field: ViewField, busy: boolean): void {
    const group = `${this.prefix}-${field.name}`;
    reconcile(
      node.optionBox!,
      field.options ?? [],
      node.options,
      (o) => o.value,
      (o) => {
        const radio = h('input', { type: 'radio', name: group, value: o.value });
        radio.addEventListener('change', () => {
          if (radio.checked) this.events.input(field.name, o.value);
        });
        return h('label', { class: 'sheet-option' }, radio, h('span', {}));
      },
      (label, o) => {
        const radio = label.querySelector('input')!;
        setText(label.querySelector('span')!, o.label);
        radio.checked = field.value === o.value;
        radio.disabled = !o.enabled;
        setAttr(radio, 'aria-disabled', busy ? 'true' : null);
        label.classList.toggle('checked', radio.checked);
      },
    );
  }
}
