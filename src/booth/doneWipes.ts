import type { KioskFlow } from '../services';
import type { KioskId } from '../shared/catalogue/types';
import { holdsPersonalData } from './personalData';

/**
 * Makes "Selesai, hapus data saya" (the `done` button of every result screen) a full wipe: on a screen that
 * holds personal data, `done` runs `wipe` instead of only ending that kiosk's visit. Everything else passes through.
 */
export function doneWipes(flows: Map<KioskId, KioskFlow>, wipe: () => void): Map<KioskId, KioskFlow> {
  const wrapped = new Map<KioskId, KioskFlow>();
  for (const [id, flow] of flows) {
    wrapped.set(id, {
      ...flow,
      act: (actionId) => {
        if (actionId !== 'done' || !holdsPersonalData(flow.view().screen)) return flow.act(actionId);
        wipe();
        return Promise.resolve();
      },
    });
  }
  return wrapped;
}
