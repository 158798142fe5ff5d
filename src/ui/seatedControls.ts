import type { I18n } from '../i18n/createI18n';
import type { SeatedMode } from '../a11y/seatedMode';
import type { PanelControl } from './panelScreen';

/** Control ids of seated mode's switch and of recentre, on the welcome panel and the comfort bar. */
export const SEATED_CONTROL_IDS = { seated: 'a11y.seated', recentre: 'a11y.recentre' } as const;

/** The seated-mode switch (its name says whether it is on) and the recentre button. */
export function seatedControls(i18n: I18n, seated: SeatedMode): PanelControl[] {
  const on = seated.isSeated();
  return [
    {
      id: SEATED_CONTROL_IDS.seated,
      label: i18n.t('a11y.seated.label'),
      spoken: `${i18n.t('a11y.seated.label')}: ${i18n.t(on ? 'a11y.on' : 'a11y.off')}`,
      kind: 'toggle',
      selected: on,
      tone: on ? 'primary' : 'normal',
    },
    { id: SEATED_CONTROL_IDS.recentre, label: i18n.t('a11y.recentre'), kind: 'button' },
  ];
}
