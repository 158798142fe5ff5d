import type { ViewModel } from '../../services';

/** What kind of element a key press came from, as far as the sheet's keyboard rules care. */
export type SheetKeyTarget = 'text' | 'textarea' | 'choice' | 'button' | 'other';

/** What the sheet does with a key press: run a flow action, close the sheet, or leave it to the browser. */
export type SheetKeyCommand = { kind: 'act'; actionId: string } | { kind: 'close' } | null;

/** The screen's primary action when it can be pressed now (not busy, enabled). */
export function primaryAction(view: Pick<ViewModel, 'actions' | 'busy'>): string | null {
  if (view.busy) return null;
  return view.actions.find((a) => a.role === 'primary' && a.enabled)?.id ?? null;
}

/**
 * Keyboard rules of the sheet: Escape closes it from anywhere; Enter in a text field, on a choice or on
 * the heading runs the primary action (Next, Send, Check); Enter in a text area is a new line and on a
 * button presses that button (the browser does both). Nothing happens while an IME is composing.
 */
export function keyCommand(key: string, target: SheetKeyTarget, view: Pick<ViewModel, 'actions' | 'busy'>, composing = false): SheetKeyCommand {
  if (composing) return null;
  if (key === 'Escape') return { kind: 'close' };
  if (key !== 'Enter' || target === 'textarea' || target === 'button') return null;
  const id = primaryAction(view);
  return id ? { kind: 'act', actionId: id } : null;
}
