import type { I18n } from '../i18n/createI18n';
import type { PanelControl } from '../ui/panelScreen';
import type { ComfortChoices, ComfortSettings, TextScale } from './comfortSettings';

/** Control ids of the "Display & help" panel's rows (target ids are `settings.<id>`). */
export const COMFORT_ROW_IDS = {
  textScale: 'textScale',
  captionSize: 'captionSize',
  captionPlace: 'captionPlace',
  highContrast: 'highContrast',
  dwell: 'dwell',
  close: 'close',
} as const;

/** Control id of the button that opens the panel (welcome panel footer, comfort bar). */
export const OPEN_SETTINGS_ID = 'a11y.settings';

/** The text sizes in the order a press steps through them. */
const SCALES: readonly TextScale[] = [1, 1.25, 1.5];

/** "125 %". */
const percent = (s: TextScale): string => `${Math.round(s * 100)} %`;

/** A row: its drawn label and its spoken name both say the current state ("Ukuran teks: 125 %"). */
function row(id: string, label: string, state: string, on: boolean, enabled = true): PanelControl {
  const named = `${label}: ${state}`;
  return { id, label: named, spoken: named, kind: 'toggle', selected: on, tone: on ? 'primary' : 'normal', enabled };
}

/** The high-contrast row: the visitor's choice, or on and fixed while the system asks for more contrast. */
function contrastRow(i18n: I18n, chosen: boolean, bySystem: boolean): PanelControl {
  const { t } = i18n;
  const label = t('a11y.settings.highContrast');
  if (bySystem) return row(COMFORT_ROW_IDS.highContrast, label, t('a11y.onBySystem'), true, false);
  return row(COMFORT_ROW_IDS.highContrast, label, t(chosen ? 'a11y.on' : 'a11y.off'), chosen);
}

/**
 * The panel's rows for the current choices, in the visitor's language. `systemContrast`: the system
 * asks for more contrast (`prefers-contrast: more`), so high contrast is on whatever the choice.
 */
export function comfortRows(i18n: I18n, c: Readonly<ComfortChoices>, systemContrast = false): PanelControl[] {
  const { t } = i18n;
  const onOff = (on: boolean) => t(on ? 'a11y.on' : 'a11y.off');
  return [
    row(COMFORT_ROW_IDS.textScale, t('a11y.settings.textSize'), percent(c.textScale), c.textScale !== 1),
    row(COMFORT_ROW_IDS.captionSize, t('a11y.settings.captionSize'), t(`a11y.settings.${c.captionSize}`), c.captionSize === 'large'),
    row(COMFORT_ROW_IDS.captionPlace, t('a11y.settings.captionPlace'), t(`a11y.settings.place.${c.captionPlace}`), c.captionPlace === 'view'),
    contrastRow(i18n, c.highContrast, systemContrast),
    row(COMFORT_ROW_IDS.dwell, t('a11y.settings.dwell'), onOff(c.dwell), c.dwell),
  ];
}

/** Carries out a row press: steps text size 100 → 125 → 150 → 100 %, flips the others. False if `id` is no row. */
export function pressComfortRow(settings: ComfortSettings, id: string): boolean {
  const c = settings.get();
  switch (id) {
    case COMFORT_ROW_IDS.textScale:
      settings.set('textScale', SCALES[(SCALES.indexOf(c.textScale) + 1) % SCALES.length]);
      return true;
    case COMFORT_ROW_IDS.captionSize:
      settings.set('captionSize', c.captionSize === 'normal' ? 'large' : 'normal');
      return true;
    case COMFORT_ROW_IDS.captionPlace:
      settings.set('captionPlace', c.captionPlace === 'panel' ? 'view' : 'panel');
      return true;
    case COMFORT_ROW_IDS.highContrast:
      settings.set('highContrast', !c.highContrast);
      return true;
    case COMFORT_ROW_IDS.dwell:
      settings.set('dwell', !c.dwell);
      return true;
    default:
      return false;
  }
}
