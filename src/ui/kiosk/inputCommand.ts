import type { ViewField, ViewModel } from '../../services';
import { applyKey } from './applyKey';
import { dateStep, type DatePart } from './dateStep';
import { typeDate } from './dateTyping';
import type { KeyboardFace, KeyCommand } from './inputKeys';

/** What a form control on the panel does: a key, selecting a field, picking an option, stepping a date. */
export type InputCommand =
  | KeyCommand
  | { kind: 'select'; field: string }
  | { kind: 'option'; value: string }
  | { kind: 'date'; part: DatePart; delta: number }
  | { kind: 'page'; delta: number };

/** The panel's own state: which field the keys type into, the keyboard face, the page of a long text. Holds nothing typed. */
export interface FormUiState {
  active: string | null;
  face: KeyboardFace;
  /** Page of a screen whose text does not fit at once (0-based; clamped when drawn). */
  page?: number;
}

/** What the panel must tell the flow after a command. */
export interface InputOutcome {
  ui: FormUiState;
  /** A new value for a field (`flow.setValue`). */
  set?: { name: string; value: string };
  /** A field to check now (`flow.blurField`). */
  blur?: string;
}

/**
 * The field the keys type into: the chosen one while it is on screen, else the first with an error,
 * else the first empty required one, else the first.
 */
export function activeField(view: ViewModel, ui: FormUiState): ViewField | null {
  const fields = view.fields;
  return (
    fields.find((f) => f.name === ui.active) ??
    fields.find((f) => f.error) ??
    fields.find((f) => f.required && !f.value) ??
    fields[0] ??
    null
  );
}

/**
 * Applies one form command to the current view: pure, so every key's effect is tested in Node.
 * OK and a picked option check the field and move on to the next one.
 */
export function handleInput(cmd: InputCommand, view: ViewModel, ui: FormUiState, today: string): InputOutcome {
  const field = activeField(view, ui);
  const here = { ...ui, active: field?.name ?? null };
  const next = (name: string): FormUiState => {
    const i = view.fields.findIndex((f) => f.name === name);
    const after = view.fields[i + 1];
    return { active: after ? after.name : name, face: 'lower' };
  };
  switch (cmd.kind) {
    case 'select': {
      const leaving = field && field.name !== cmd.field && field.value ? { blur: field.name } : {};
      return { ui: { active: cmd.field, face: 'lower' }, ...leaving };
    }
    case 'page':
      return { ui: { ...ui, page: Math.max(0, (ui.page ?? 0) + cmd.delta) } };
    case 'face':
      return { ui: { ...here, face: cmd.face } };
    case 'key': {
      if (!field) return { ui: here };
      const typed = field.input === 'date' ? typeDate(field.value, cmd.effect) : applyKey(field.value, cmd.effect, field.maxLength);
      // Shift types one capital, as on a phone keyboard.
      const face = here.face === 'upper' && cmd.effect.kind === 'type' ? 'lower' : here.face;
      return { ui: { ...here, face }, set: { name: field.name, value: typed } };
    }
    case 'date': {
      if (!field) return { ui: here };
      return { ui: here, set: { name: field.name, value: dateStep(field.value, cmd.part, cmd.delta, today) } };
    }
    case 'option': {
      if (!field) return { ui: here };
      return { ui: next(field.name), set: { name: field.name, value: cmd.value }, blur: field.name };
    }
    case 'ok': {
      if (!field) return { ui: here };
      const fill = field.input === 'date' && !field.value ? { set: { name: field.name, value: today } } : {};
      return { ui: next(field.name), ...fill, blur: field.name };
    }
  }
}
