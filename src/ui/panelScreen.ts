import type { TargetKind } from '../input/targetTypes';

/** A control on a panel: a button, a keypad key, a choice. */
export interface PanelControl {
  id: string;
  label: string;
  kind: TargetKind;
  enabled?: boolean;
  tone?: 'primary' | 'normal' | 'quiet' | 'danger';
  /** Marks the currently chosen option of a choice group or the active field. */
  selected?: boolean;
  /** What screen readers and the automation handle read when it says more than the drawn label (a field's value and error). */
  spoken?: string;
  /** The most common choice (first control only): a whole grid row, taller, larger type. */
  featured?: boolean;
}

/** A form field shown on a panel: its label, what was typed and its error, next to it. */
export interface PanelField {
  id: string;
  label: string;
  value: string;
  error?: string;
  active?: boolean;
}

/**
 * What one kiosk panel shows, independent of how it is drawn: the VR panel, the desktop DOM
 * form and the screen-reader mirror all render the same screen.
 */
export interface PanelScreen {
  title: string;
  subtitle?: string;
  /** What the officer avatar says now, shown as a subtitle line under the title. */
  speech?: string;
  body?: string[];
  fields?: PanelField[];
  /** An alert line (an error or a status) shown prominently. */
  notice?: { text: string; tone: 'error' | 'info' | 'success' };
  controls: PanelControl[];
  /** Grid columns for `controls`; keypads use 3. */
  columns?: number;
  footer?: PanelControl[];
  /** Compact type for panels read at arm's length (the welcome lectern). */
  density?: 'normal' | 'compact';
}
