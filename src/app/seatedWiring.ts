import type { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { SeatedMode } from '../a11y/seatedMode';
import type { HallActions } from '../input/hallActions';
import type { TeleportSpots } from '../input/teleportSpots';
import { KIOSK_PANEL } from '../ui/kioskPanel';
import { panelBandOf } from '../ui/panelBands';
import { WELCOME_PANEL } from '../ui/welcomePanel';
import type { HallView } from '../world/hallView';
import type { XrSlot } from './xrSlot';
import type { PanelBand } from '../a11y/seatedFit';

/** How near a kiosk's stand-here spot the visitor must be for recentre to mean that kiosk, metres. */
const AT_KIOSK = 2;

/** Options of {@link createSeatedMode}: what seated mode measures and moves in this hall. */
export interface SeatedWiring {
  view: HallView;
  xr: XrSlot;
  actions: HallActions;
  eyes: () => Vector3;
  /** The spots, created after seated mode (they ask it how close to stand). */
  spots: () => TeleportSpots;
  /** A panel's extent as it is drawn now (grown for larger text); the built size is used before it exists. */
  bandOf?: (panelId: string) => PanelBand | undefined;
}

/** Seated mode for this hall: its panels' heights, the XR lift, and recentre at the nearest kiosk or the welcome point. */
export function createSeatedMode(o: SeatedWiring): SeatedMode {
  return new SeatedMode({
    panels: () => [
      ...o.view.kiosks.map((k) => o.bandOf?.(`kiosk.${k.id}`) ?? panelBandOf(k.panelAnchor, KIOSK_PANEL.height)),
      o.bandOf?.('welcome') ?? panelBandOf(o.view.welcome.panelAnchor, WELCOME_PANEL.height),
    ],
    lift: (h) => o.xr.setLift(h),
    nearestKiosk: () => {
      const eyes = o.eyes();
      const near = o.view.kiosks
        .map((k) => ({ id: k.id, d: Math.hypot(k.standSpot.x - eyes.x, k.standSpot.z - eyes.z) }))
        .sort((a, b) => a.d - b.d)[0];
      return near && near.d <= AT_KIOSK ? near.id : null;
    },
    goTo: (id) => o.spots().goTo(id),
    home: () => o.actions.home(),
  });
}
