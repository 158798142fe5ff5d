import { vec3, type Vec3 } from './vec3';
import { insideFace, toFaceCoords } from './rayHit';
import type { TargetPose } from './targetTypes';

/** Tuning of front-only poking, in metres. */
export interface PokeOptions {
  /** How far in front of a face the fingertip starts to hover it. */
  hoverDepth: number;
  /** How far the fingertip must come back out to release. */
  releaseDepth: number;
  /** Smallest share of the approach that must run along the face normal (cos of the widest angle). */
  minApproachCos: number;
  /** How far the fingertip may slide sideways off a pressed face before the press is cancelled. */
  slideMargin: number;
}

/** Defaults measured against IWER hands and Quest finger speeds: 60° cone, 3 cm hover. */
export const DEFAULT_POKE_OPTIONS: PokeOptions = {
  hoverDepth: 0.03,
  releaseDepth: 0.004,
  minApproachCos: 0.5,
  slideMargin: 0.015,
};

/** A candidate face for the fingertip. */
export interface PokeTarget {
  id: string;
  pose: TargetPose;
}

/** What the detector decided this frame. */
export interface PokeUpdate {
  hover: string | null;
  press: string | null;
  /** Set when the pressed target is released; `activate` tells whether the finger was still on it. */
  release: { id: string; activate: boolean } | null;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'hover'; id: string; entry: Vec3 }
  | { kind: 'pressed'; id: string };

/**
 * Front-only poke for one fingertip. A press needs the fingertip to cross a face from its
 * front, moving mostly along the face normal since it entered the hover zone. A finger that
 * sweeps sideways, comes from behind, or starts inside a panel presses nothing, and a press
 * always ends when the finger comes back out, so nothing stays stuck.
 */
export class PokeDetector {
  private phase: Phase = { kind: 'idle' };
  private last: Vec3 | null = null;

  constructor(private readonly options: PokeOptions = DEFAULT_POKE_OPTIONS) {}

  /** Feeds one fingertip sample (world frame) with the faces near it. */
  update(tip: Vec3, targets: readonly PokeTarget[]): PokeUpdate {
    const o = this.options;
    const previous = this.last;
    this.last = tip;
    const out: PokeUpdate = { hover: null, press: null, release: null };

    if (this.phase.kind === 'pressed') {
      const pressed = this.phase.id;
      const target = targets.find((t) => t.id === pressed);
      const c = target ? toFaceCoords(target.pose, tip) : null;
      const onFace = !!target && !!c && insideFace(target.pose, c, o.slideMargin);
      if (!target || !c || !onFace) {
        out.release = { id: pressed, activate: false };
        this.phase = { kind: 'idle' };
      } else if (c.depth > o.releaseDepth) {
        out.release = { id: pressed, activate: true };
        this.phase = { kind: 'hover', id: pressed, entry: tip };
        out.hover = pressed;
        return out;
      } else {
        out.hover = pressed;
        return out;
      }
    }

    // The face in front of the fingertip, nearest first.
    let front: { id: string; depth: number; pose: TargetPose } | null = null;
    for (const t of targets) {
      const c = toFaceCoords(t.pose, tip);
      if (c.depth > 0 && c.depth <= o.hoverDepth && insideFace(t.pose, c) && (!front || c.depth < front.depth)) {
        front = { id: t.id, depth: c.depth, pose: t.pose };
      }
    }

    if (this.phase.kind === 'hover') {
      const hovered = this.phase.id;
      const target = targets.find((t) => t.id === hovered);
      if (target && previous) {
        const c = toFaceCoords(target.pose, tip);
        if (c.depth <= 0 && insideFace(target.pose, c)) {
          if (this.inward(vec3.sub(tip, this.phase.entry), target.pose.normal)) {
            this.phase = { kind: 'pressed', id: hovered };
            out.press = hovered;
            out.hover = hovered;
            return out;
          }
        }
      }
    }

    if (front) {
      if (this.phase.kind !== 'hover' || this.phase.id !== front.id) {
        this.phase = { kind: 'hover', id: front.id, entry: tip };
      } else if (previous && !this.inward(vec3.sub(tip, previous), front.pose.normal)) {
        // The approach restarts whenever the finger drifts instead of pushing in.
        this.phase = { kind: 'hover', id: front.id, entry: tip };
      }
      out.hover = front.id;
    } else {
      this.phase = { kind: 'idle' };
    }
    return out;
  }

  /** True when a movement runs into the face within the allowed cone; tiny jitter counts as inward. */
  private inward(step: Vec3, normal: Vec3): boolean {
    const len = vec3.length(step);
    if (len < 0.0005) return true;
    return -vec3.dot(step, normal) / len >= this.options.minApproachCos;
  }

  /** Forgets the fingertip (hand lost); returns the press that must be cancelled, if any. */
  reset(): string | null {
    const pressed = this.phase.kind === 'pressed' ? this.phase.id : null;
    this.phase = { kind: 'idle' };
    this.last = null;
    return pressed;
  }
}
