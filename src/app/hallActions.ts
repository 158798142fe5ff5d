import type { I18n } from '../i18n/createI18n';
import { otherLocale, SNAP_TURN } from '../input/bindings';
import type { HallActions } from '../input/hallActions';
import type { VisitorRig } from '../input/visitorRig';
import type { HallView } from '../world/hallView';
import type { XrSlot } from './xrSlot';

/** What the hall's actions act on. */
export interface HallActionTargets {
  i18n: I18n;
  rig: VisitorRig;
  xr: XrSlot;
  welcome: HallView['welcome'];
}

/** The hall's one implementation of every action: in XR the session moves, outside it the rig. */
export function createHallActions(o: HallActionTargets): HallActions {
  const travel: HallActions['travel'] = (point, yaw) => (o.xr.active() ? o.xr.teleport(point, yaw) : o.rig.glideTo(point, yaw));
  return {
    snapTurn: (direction) => o.xr.turn(direction * SNAP_TURN),
    teleportAim: (sourceId, active) => o.xr.aim(sourceId, active),
    walk: (forward, right) => o.rig.walk(forward, right),
    toggleLocale: () => o.i18n.setLocale(otherLocale(o.i18n.locale)),
    home: () => travel(o.welcome.position, o.welcome.yaw),
    travel,
  };
}
