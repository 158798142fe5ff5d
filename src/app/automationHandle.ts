import type { InteractionRegistry } from '../input/interactionRegistry';
import { isControl, type InteractionEvent, type TargetKind } from '../input/targetTypes';
import type { Vec3 } from '../input/vec3';
import type { HallMode } from '../input/hallMode';

export type { HallMode } from '../input/hallMode';

/** One target as the automation handle reports it. */
export interface TargetInfo {
  id: string;
  label: string;
  kind: TargetKind;
  enabled: boolean;
  /** Centre of the face: WebXR local-floor frame (right-handed, metres) in a session, else the world frame. */
  position: Vec3;
  normal: Vec3;
  size: readonly [number, number];
  /** True while a pointer (ray, fingertip, mouse, gaze) is on it: what the visitor sees highlighted. */
  hovered: boolean;
  /** Where the target is on the canvas (CSS pixels) outside XR, or null when not on screen. */
  screen: { x: number; y: number } | null;
}

/** Render statistics of the last frame, for the benchmark. */
export interface HallStats {
  drawCalls: number;
  triangles: number;
  materials: number;
  textures: number;
  meshes: number;
}

/**
 * `window.serviceHall`: a read-only handle for automation and tests. It exposes no personal
 * data and no way to change state.
 */
export interface AutomationHandle {
  ready: Promise<void>;
  mode(): HallMode;
  targets(): TargetInfo[];
  events(): InteractionEvent[];
  stats(): HallStats;
  locale(): string;
  /** Where the visitor's eyes are (same frame as targets) and which way they face (radians about up). */
  viewer(): { position: Vec3; yaw: number };
}

/** What the handle reads from the running app. */
export interface AutomationSources {
  ready: Promise<void>;
  registry: InteractionRegistry;
  mode: () => HallMode;
  locale: () => string;
  stats: () => HallStats;
  /** Maps world points/directions to the frame the handle reports (identity outside XR). */
  toReportFrame: (v: Vec3, isDirection: boolean) => Vec3;
  screenOf: (position: Vec3) => { x: number; y: number } | null;
  viewer: () => { position: Vec3; forward: Vec3 };
}

const round = (v: Vec3): Vec3 => [+v[0].toFixed(4), +v[1].toFixed(4), +v[2].toFixed(4)];

/** Builds the frozen automation handle. */
export function createAutomationHandle(s: AutomationSources): AutomationHandle {
  return Object.freeze({
    ready: s.ready,
    mode: () => s.mode(),
    locale: () => s.locale(),
    events: () => s.registry.events(),
    stats: () => ({ ...s.stats() }),
    viewer: () => {
      const v = s.viewer();
      const f = s.toReportFrame(v.forward, true);
      return { position: round(s.toReportFrame(v.position, false)), yaw: +Math.atan2(f[0], f[2]).toFixed(4) };
    },
    targets: () =>
      s.registry.list().filter(isControl).map((t) => {
        const pose = t.pose();
        const xr = s.mode() === 'xr';
        return {
          id: t.id,
          label: t.label(),
          kind: t.kind,
          enabled: t.enabled(),
          position: round(s.toReportFrame(pose.position, false)),
          normal: round(s.toReportFrame(pose.normal, true)),
          size: pose.size,
          hovered: s.registry.state(t.id).hovered,
          screen: xr ? null : s.screenOf(pose.position),
        };
      }),
  });
}
