import type { ViewModel } from '../../services';
import { primaryAction } from './sheetKeys';

/** What happened around one re-render of the sheet, as far as keyboard focus is concerned. */
export interface FocusSituation {
  /** The sheet has just opened (the visitor arrived at the kiosk or reopened it). */
  opened: boolean;
  /** The flow moved to another screen (or another service) since the last render. */
  screenChanged: boolean;
  /** The visitor just ran the primary action from the sheet (errors now point at what to fix). */
  submitted: boolean;
  /** Keyboard focus was inside the sheet before the render. */
  focusInside: boolean;
  /** The element that had focus is still in the sheet after the render. */
  focusedStillThere: boolean;
}

/** Focus key of a field's control (a radio group resolves to its checked or first option). */
export const fieldFocusKey = (name: string) => `field:${name}`;
/** Focus key of an action button. */
export const actionFocusKey = (id: string) => `action:${id}`;
/** Focus key of the sheet's heading (read first by screen readers; Enter there runs the primary action). */
export const HEADING_FOCUS_KEY = 'heading';

/** Where focus goes on a new screen: the first field to fix, else the first field, else the primary action, else the first choice, else the heading. */
export function screenEntryFocus(view: Pick<ViewModel, 'fields' | 'actions' | 'busy'>): string {
  const broken = view.fields.find((f) => f.error);
  if (broken) return fieldFocusKey(broken.name);
  if (view.fields.length > 0) return fieldFocusKey(view.fields[0].name);
  const primary = primaryAction(view);
  if (primary) return actionFocusKey(primary);
  const choice = view.actions.find((a) => a.role === 'choice' && a.enabled);
  return choice ? actionFocusKey(choice.id) : HEADING_FOCUS_KEY;
}

/**
 * Decides where keyboard focus goes after a re-render; null keeps it where it is. Focus is never taken
 * from the hall (the mirror, the canvas) except when the sheet opens; while the citizen types, the field
 * keeps focus and caret, because the sheet updates inputs in place.
 */
export function focusAfterRender(s: FocusSituation, view: Pick<ViewModel, 'fields' | 'actions' | 'busy'>): string | null {
  if (s.opened) return HEADING_FOCUS_KEY;
  if (!s.focusInside) return null;
  if (s.screenChanged) return screenEntryFocus(view);
  if (s.submitted) {
    const broken = view.fields.find((f) => f.error);
    if (broken) return fieldFocusKey(broken.name);
  }
  return s.focusedStillThere ? null : screenEntryFocus(view);
}
