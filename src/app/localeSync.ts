import type { I18n } from '../i18n/createI18n';
import type { KioskFlow } from '../services';
import type { HallView } from '../world/hallView';

/**
 * What a language switch changes beyond the panels (which follow it themselves): the page's
 * `lang`, the signs in the world and every kiosk flow's texts.
 */
export function followLocale(i18n: I18n, view: HallView, flows: ReadonlyMap<string, KioskFlow>): () => void {
  return i18n.onChange(() => {
    document.documentElement.lang = i18n.locale;
    view.relabel(i18n.t);
    for (const f of flows.values()) f.refresh();
  });
}
