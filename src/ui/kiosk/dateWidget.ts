import type { ViewField } from '../../services';
import type { PanelControl } from '../panelScreen';
import type { FormText } from './formLayout';
import type { InputCommand } from './inputCommand';
import { keypadKeys } from './inputKeys';
import { KIOSK_METRICS, type PanelGrid } from './panelGrid';

/** Width of the keypad half of the date widget, metres (four 8 cm columns). */
const KEYPAD_W = 0.34;
const CAPTION = 0.015;
const VALUE = 0.03;

/** One stepper column: which part of the date it moves and by how much. */
interface StepColumn {
  key: string;
  part: 'day' | 'month' | 'year';
  step: number;
  caption: string;
  value: string;
}

/** The four stepper columns (day, month, year, ten years) with the date they show. */
function stepColumns(field: ViewField, text: FormText): StepColumn[] {
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? field.value : text.today;
  const [y, mo, d] = shown.split('-');
  const p = text.dateParts;
  return [
    { key: 'day', part: 'day', step: 1, caption: p.day, value: String(Number(d)) },
    { key: 'month', part: 'month', step: 1, caption: p.month, value: p.months[Number(mo) - 1] ?? mo },
    { key: 'year', part: 'year', step: 1, caption: p.year, value: y },
    { key: 'year10', part: 'year', step: 10, caption: `${p.year} ±10`, value: '' },
  ];
}

/** A stepper key: drawn "+1", named for a screen reader by what it does ("Hari +1", "Tahun −10"). */
function stepControl(c: StepColumn, dir: 1 | -1, enabled: boolean): PanelControl {
  const sign = `${dir > 0 ? '+' : '−'}${c.step}`;
  const what = c.key === 'year10' ? c.caption.replace(' ±10', '') : c.caption;
  return { id: `date.${c.key}.${dir > 0 ? 'up' : 'down'}`, label: sign, spoken: `${what} ${sign}`, kind: 'key', enabled };
}

/**
 * The date field's widget: on the left a keypad to type the date as DDMMYYYY (a birth date in eight
 * presses plus OK), on the right the day / month / year steppers for dates near today. Steppers are
 * registered column by column (Day +1, Day −1, Month +1…), so a screen reader reads them in order.
 */
export function dateWidget(grid: PanelGrid, field: ViewField, text: FormText, commands: Map<string, InputCommand>, enabled: boolean): void {
  const g = KIOSK_METRICS.gap;
  const start = grid.top;
  const rowH = grid.rowHeightFor(4, 0.062);
  const keys = keypadKeys('date', text.keys).map((row) =>
    row.map((k) => {
      commands.set(k.id, k.command);
      return { control: { id: k.id, label: k.label, kind: 'key' as const, tone: k.tone ?? 'normal', enabled }, units: k.units };
    }),
  );
  grid.rows(keys, { unitsPerRow: 4, rowHeight: rowH, w: KEYPAD_W, x0: grid.left, textSize: 0.026 });
  const end = grid.top;
  const x0 = grid.left + KEYPAD_W + 2 * g;
  const colW = (grid.inner - KEYPAD_W - 2 * g - 3 * g) / 4;
  const k = grid.style.scale;
  const keyH = (start - end - CAPTION * k * 1.5 - VALUE * k * 1.5 - 2 * g) / 2;
  if (keyH < KIOSK_METRICS.minKey - 1e-9) grid.overflow = true;
  stepColumns(field, text).forEach((c, i) => {
    const x = x0 + colW / 2 + i * (colW + g);
    let top = start;
    const put = (t: string, size: number, role: 'fieldLabel' | 'big') => {
      grid.texts.push({ rect: { x, y: top - (size * 1.5) / 2, w: colW, h: size * 1.5 }, text: t, size, role, align: 'center' });
      top -= size * 1.5;
    };
    const key = (dir: 1 | -1) => {
      const control = stepControl(c, dir, enabled);
      commands.set(control.id, { kind: 'date', part: c.part, delta: dir * c.step });
      grid.controls.push({ rect: { x, y: top - keyH / 2, w: colW, h: keyH }, control, textSize: 0.022 * k });
      top -= keyH + g;
    };
    put(c.caption, CAPTION * k, 'fieldLabel');
    key(1);
    put(c.value, VALUE * k, 'big');
    top += g;
    key(-1);
  });
  grid.top = end;
}
