import type { ScreenId } from '../services/flowTypes';

/** Kiosk screens that show or hold what a citizen typed or received (values, a receipt, a bill, a status). */
const PERSONAL_SCREENS: ReadonlySet<ScreenId> = new Set<ScreenId>(['form', 'slot', 'review', 'result', 'survey', 'thanks', 'lookupResult', 'statusResult']);

/** True when a kiosk on this screen holds personal data (the services list, requirements, consent and information hold none). */
export function holdsPersonalData(screen: ScreenId): boolean {
  return PERSONAL_SCREENS.has(screen);
}
