import type { I18n } from '../i18n/createI18n';
import { LANGUAGE_CONTROL_ID } from '../input/bindings';
import type { PanelControl } from './panelScreen';

export { LANGUAGE_CONTROL_ID };

/** The language switch: it names the other language in that language, as people look for it. */
export function languageToggle(i18n: I18n): PanelControl {
  return { id: LANGUAGE_CONTROL_ID, label: i18n.locale === 'id' ? 'English' : 'Bahasa Indonesia', kind: 'toggle', tone: 'quiet' };
}
