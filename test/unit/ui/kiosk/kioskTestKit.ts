import type { I18n } from '../../../../src/i18n/createI18n';
import type { FormText } from '../../../../src/ui/kiosk/formLayout';
import type { PanelControl } from '../../../../src/ui/panelScreen';
import type { PanelRect } from '../../../../src/ui/panelLayout';

/** The kiosk panel size the hall uses. */
export const PANEL = { width: 0.86, height: 0.68 };

/** The language switch as the hall draws it. */
export const LANGUAGE: PanelControl = { id: 'language', label: 'English', kind: 'toggle', tone: 'quiet' };

/** Form words from a real i18n, as the panel builds them. */
export function formText(i18n: I18n, today = '2026-11-27'): FormText {
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
    dateParts: { day: 'Hari', month: 'Bulan', year: 'Tahun', months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] },
    today,
    dateHint: i18n.t('a11y.date.hint'),
  };
}

/** True when two rectangles overlap. */
export const overlaps = (a: PanelRect, b: PanelRect): boolean =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 - 1e-9 && Math.abs(a.y - b.y) < (a.h + b.h) / 2 - 1e-9;

/** True when a rectangle lies inside a panel of w x h. */
export const inside = (r: PanelRect, w: number, h: number): boolean =>
  r.x - r.w / 2 >= -w / 2 - 1e-9 && r.x + r.w / 2 <= w / 2 + 1e-9 && r.y - r.h / 2 >= -h / 2 - 1e-9 && r.y + r.h / 2 <= h / 2 + 1e-9;
