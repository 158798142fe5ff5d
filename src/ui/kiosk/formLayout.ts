import type { ViewField, ViewModel } from '../../services';
import { fitLabels, fitSize, LINE_HEIGHT, PLAIN_TEXT, speechLines, type PanelLayout, type TextStyle } from '../panelLayout';
import type { PanelControl } from '../panelScreen';
import { activeField, type FormUiState, type InputCommand } from './inputCommand';
import { keyboardKeys, keypadKeys, type KeyLabels, type KeySpec } from './inputKeys';
import { dateWidget } from './dateWidget';
import { typedDateMask } from './dateTyping';
import { footerRow, footerTop, KIOSK_METRICS, PanelGrid } from './panelGrid';

/** Words and formats the form screen needs in the visitor's language. */
export interface FormText {
  keys: KeyLabels;
  /** Long date for the date field's value box. */
  formatDate(iso: string): string;
  /** Names of the date parts (day, month, year) and short month names, for the date picker. */
  dateParts: { day: string; month: string; year: string; months: string[] };
  /** Today as YYYY-MM-DD: what the date picker starts from. */
  today: string;
  /** Under a date field: how to type it on the keypad (DDMMYYYY). */
  dateHint?: string;
}

/** A laid-out form screen and what each of its controls does. */
export interface FormScreenLayout {
  layout: PanelLayout;
  commands: Map<string, InputCommand>;
  /** The field the keys type into. */
  active: ViewField | null;
}

/** Which input widget a field gets on the panel. */
export type InputWidget = 'keypad' | 'keyboard' | 'date' | 'choice';

/** The widget for a field's input kind: multi-line text uses the same keyboard as single-line text. */
export function widgetFor(field: ViewField): InputWidget {
  return field.input === 'multiline' ? 'keyboard' : field.input;
}

/** What the value box shows: the formatted date, the chosen option's label, or the typed text with a caret. */
export function displayValue(field: ViewField, text: FormText, maxChars: number): string {
  if (field.input === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? text.formatDate(field.value) : field.value ? typedDateMask(field.value) : '';
  if (field.input === 'choice') return field.options?.find((o) => o.value === field.value)?.label ?? '';
  const chars = Array.from(field.value);
  const shown = chars.length > maxChars - 1 ? `…${chars.slice(chars.length - maxChars + 2).join('')}` : field.value;
  return `${shown}|`;
}

/**
 * Lays out a screen with fields: the officer's line, a row of field tabs (tap one to type into it,
 * red when it has an error), the active field's value box with its error right under it, the
 * input widget that field needs (keypad, keyboard, date steppers or option buttons), and the footer.
 */
export function formLayout(view: ViewModel, ui: FormUiState, text: FormText, footer: PanelControl[], width: number, height: number, style: TextStyle = PLAIN_TEXT): FormScreenLayout {
  const m = KIOSK_METRICS;
  const k = style.scale;
  const grid = new PanelGrid(width, height, footerTop(height), style);
  const commands = new Map<string, InputCommand>();
  const active = activeField(view, ui);

  grid.lines(view.subtitle ? `${view.title} — ${view.subtitle}` : view.title, m.title, 'title', { maxLines: 1 });
  grid.lines(view.say, m.speech, 'speech', { maxLines: speechLines(style) });
  if (view.notice) grid.lines(view.notice.text, m.speech, 'notice', { maxLines: 2, tone: view.notice.tone });
  grid.space();

  // Field tabs.
  const n = view.fields.length;
  const perRow = n <= 4 ? Math.max(1, n) : n <= 8 ? 4 : 5;
  const tabs: { control: PanelControl; units: number }[][] = [];
  view.fields.forEach((f, i) => {
    const id = `field.${f.name}`;
    commands.set(id, { kind: 'select', field: f.name });
    const mark = f.error ? ' (!)' : f.value ? ' ✓' : f.required ? ' *' : '';
    const control: PanelControl = {
      id,
      label: `${f.label}${mark}`,
      kind: 'field',
      selected: f.name === active?.name,
      tone: f.error ? 'danger' : 'quiet',
      spoken: `${f.label}: ${displayValue(f, text, 200).replace(/\|$/, '')}${f.error ? ` — ${f.error.message}` : ''}`,
      enabled: !view.busy,
    };
    if (i % perRow === 0) tabs.push([]);
    tabs[tabs.length - 1].push({ control, units: 1 });
  });
  grid.rows(tabs, { unitsPerRow: perRow, rowHeight: (n > 8 ? 0.036 : 0.042) * k, textSize: 0.0125 });
  grid.space();

  if (active) {
    // Value box: label on the left, the value framed on the right.
    const h = 0.05 * k;
    const labelW = grid.inner * 0.3;
    const boxW = grid.inner - labelW - m.gap;
    const y = grid.top - h / 2;
    grid.texts.push({ rect: { x: grid.left + labelW / 2, y, w: labelW, h }, text: `${active.label}${active.required ? ' *' : ''}`, size: fitSize(`${active.label} *`, labelW, h, m.speech * k), role: 'fieldLabel' });
    const box = { x: grid.left + labelW + m.gap + boxW / 2, y, w: boxW, h };
    const maxChars = Math.floor((boxW - 0.02) / (0.024 * k * 0.8));
    const value = displayValue(active, text, maxChars);
    grid.texts.push({ rect: { ...box, x: box.x + 0.01, w: boxW - 0.02 }, text: value, size: fitSize(value, boxW - 0.02, h, 0.024 * k), role: 'fieldValue', tone: 'active' });
    const frames: NonNullable<PanelLayout['frames']> = [{ rect: box, tone: active.error ? 'error' : 'active' }];
    grid.top -= h + 0.004;
    const under = active.error?.message ?? active.hint ?? (active.input === 'date' ? text.dateHint : undefined) ?? '';
    const reserved = 2 * m.small * k * LINE_HEIGHT;
    const before = grid.top;
    if (under) grid.lines(under, m.small, active.error ? 'fieldError' : 'subtitle', { maxLines: 2 });
    grid.top = Math.min(grid.top, before - reserved);
    grid.space();
    widget(grid, active, ui, text, commands, !view.busy);
    const layout: PanelLayout = { width, height, texts: grid.texts, controls: [...fitLabels(grid.controls), ...footerRow(footer, width, height, style)], overflow: grid.overflow, frames };
    return { layout, commands, active };
  }
  const layout: PanelLayout = { width, height, texts: grid.texts, controls: [...fitLabels(grid.controls), ...footerRow(footer, width, height, style)], overflow: grid.overflow };
  return { layout, commands, active };
}

/** Adds the input widget of the active field below its value box. */
function widget(grid: PanelGrid, field: ViewField, ui: FormUiState, text: FormText, commands: Map<string, InputCommand>, enabled: boolean): void {
  const asRow = (keys: KeySpec[]) =>
    keys.map((k) => {
      commands.set(k.id, k.command);
      return { control: { id: k.id, label: k.label, kind: 'key' as const, tone: k.tone ?? 'normal', enabled }, units: k.units };
    });
  switch (widgetFor(field)) {
    case 'keypad': {
      const rows = keypadKeys(field.type, text.keys).map(asRow);
      grid.rows(rows, { unitsPerRow: 4, rowHeight: grid.rowHeightFor(rows.length), w: Math.min(grid.inner, 0.56), textSize: 0.026 });
      return;
    }
    case 'keyboard': {
      const rows = keyboardKeys(ui.face, text.keys).map(asRow);
      grid.rows(rows, { unitsPerRow: 10, rowHeight: grid.rowHeightFor(rows.length, 0.06), textSize: 0.02 });
      return;
    }
    case 'choice': {
      const options = field.options ?? [];
      let cols = options.length <= 3 ? Math.max(1, options.length) : 2;
      while (cols < 4 && grid.rowHeightFor(Math.ceil(options.length / cols)) < 0.045) cols++;
      const rows: { control: PanelControl; units: number }[][] = [];
      options.forEach((o, i) => {
        const id = `option.${o.value}`;
        commands.set(id, { kind: 'option', value: o.value });
        if (i % cols === 0) rows.push([]);
        rows[rows.length - 1].push({ control: { id, label: o.label, kind: 'choice', selected: o.value === field.value, enabled: enabled && o.enabled }, units: 1 });
      });
      grid.rows(rows, { unitsPerRow: cols, rowHeight: grid.rowHeightFor(Math.max(1, rows.length)) });
      return;
    }
    case 'date':
      dateWidget(grid, field, text, commands, enabled);
      return;
  }
}
