import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { repoRoot } from './appServer';

/** Which hand or controller. */
export type Handedness = 'left' | 'right';
/** A point or direction in metres. */
export interface Vec3 { x: number; y: number; z: number }
/** A point as the automation handle reports it (`[x, y, z]`) or as an object. */
export type PointLike = Vec3 | readonly [number, number, number];
/** A unit quaternion. */
export interface Quat { x: number; y: number; z: number; w: number }
/** What the emulated headset tracks: bare hands or Touch controllers. */
export type XrInputMode = 'hands' | 'controllers';
/** IWER headset profiles the driver can emulate. */
export type XrHeadsetProfile = 'metaQuest3' | 'metaQuest2' | 'metaQuestPro';

/** A joint pose read from the session (WebXR local-floor frame). */
export interface JointPose { position: Vec3; orientation: Quat; radius: number }
/** A target-ray pose read from the session (WebXR local-floor frame); direction is the ray's -Z axis. */
export interface RayPose { origin: Vec3; direction: Vec3; orientation: Quat }
/** The outcome of a closed-loop fingertip move: where the tip ended, how far off, and the tip per frame. */
export interface FingertipMove { position: Vec3; error: number; trace: Vec3[] }
/** The outcome of aiming: the final ray and its angle to the target. */
export interface AimResult { origin: Vec3; direction: Vec3; errorRadians: number }
/** Snapshot of the emulated device. */
export interface XrStatus {
  sessionActive: boolean;
  mode: XrInputMode;
  inputSources: { handedness: string; targetRayMode: string; hand: boolean; profiles: string[] }[];
  headset: { position: Vec3; orientation: Quat };
}

/** Options for {@link installXrDriver}. */
export interface InstallXrDriverOptions {
  /** Headset to emulate; Quest 3 by default. */
  profile?: XrHeadsetProfile;
  /** Input at session start; hands by default (switch any time with XrDriver.setInputMode). */
  inputMode?: XrInputMode;
  /** Render both eyes (slower in SwiftShader); one view by default. */
  stereo?: boolean;
}

const iwerBundle = path.join(repoRoot, 'node_modules/iwer/build/iwer.min.js');
const runtimeScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'xrDriverRuntime.js');

/**
 * Installs IWER (Meta's WebXR emulator) as the page's navigator.xr before any app script runs, with
 * `installRuntime({ forceInstall: true })` because headless Chromium has a native navigator.xr.
 * Call on the context (or page) before `page.goto`.
 */
export async function installXrDriver(target: BrowserContext | Page, options: InstallXrDriverOptions = {}): Promise<void> {
  const config = { profile: options.profile ?? 'metaQuest3', inputMode: options.inputMode ?? 'hands', stereo: options.stereo ?? false };
  await target.addInitScript({ content: `window.__xrDriverConfig = ${JSON.stringify(config)};` });
  await target.addInitScript({ path: iwerBundle });
  await target.addInitScript({ path: runtimeScript });
}

/** Converts a point from Babylon's default left-handed world (z forward) to WebXR's right-handed frame (z back). */
export function babylonToXr(point: PointLike): Vec3 {
  const p = toVec3(point);
  return { x: p.x, y: p.y, z: -p.z };
}

/** Converts a point from WebXR's right-handed frame to Babylon's default left-handed world. */
export function xrToBabylon(point: PointLike): Vec3 {
  const p = toVec3(point);
  return { x: p.x, y: p.y, z: -p.z };
}

/** Normalises `[x, y, z]` or `{ x, y, z }` to `{ x, y, z }`. */
export function toVec3(p: PointLike): Vec3 {
  return Array.isArray(p) ? { x: p[0], y: p[1], z: p[2] } : { x: (p as Vec3).x, y: (p as Vec3).y, z: (p as Vec3).z };
}

type Runtime = Record<string, (...args: never[]) => unknown>;

/**
 * Drives the emulated headset from a test, the way a person moves: hands and controllers animate over
 * frames of the live XR session. Every point is in the WebXR local-floor frame (right-handed, metres,
 * y up, -z forward at session start) — the frame `window.serviceHall.targets()` uses in a session.
 */
export class XrDriver {
  /** Wraps a page whose context got {@link installXrDriver}. */
  constructor(readonly page: Page) {}

  private call<T>(method: string, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(
      ([name, params]) => {
        const driver = (window as unknown as { __xrDriver?: Runtime }).__xrDriver;
        if (!driver) throw new Error('XR driver missing: call installXrDriver(context) before page.goto');
        return (driver[name as string] as (...a: unknown[]) => unknown)(...(params as unknown[]));
      },
      [method, args] as const,
    ) as Promise<T>;
  }

  /** The emulated device's state: session, input mode, input sources and their profiles. */
  status(): Promise<XrStatus> {
    return this.call('status');
  }

  /** Waits until the app has an immersive session (e.g. after clicking the "Enter VR" button). */
  async waitForSession(options: { timeoutMs?: number } = {}): Promise<void> {
    await this.page.waitForFunction(
      () => Boolean((window as unknown as { __xrDriver?: { device: { activeSession?: unknown } } }).__xrDriver?.device.activeSession),
      undefined,
      { timeout: options.timeoutMs ?? 15_000 },
    );
  }

  /** Waits until the session has ended. */
  async waitForSessionEnd(options: { timeoutMs?: number } = {}): Promise<void> {
    await this.page.waitForFunction(
      () => !(window as unknown as { __xrDriver?: { device: { activeSession?: unknown } } }).__xrDriver?.device.activeSession,
      undefined,
      { timeout: options.timeoutMs ?? 15_000 },
    );
  }

  /** Switches the headset between tracked hands and Touch controllers (input sources are replaced). */
  setInputMode(mode: XrInputMode): Promise<void> {
    return this.call('setInputMode', mode);
  }

  /** Lets `count` XR frames pass. */
  frames(count: number): Promise<void> {
    return this.call('frames', count);
  }

  /** Places or turns the headset (local-floor frame). */
  setHeadset(pose: { position?: PointLike; orientation?: Quat }): Promise<void> {
    return this.call('setHeadset', { ...pose, position: pose.position && toVec3(pose.position) });
  }

  /** Sets the raw transform of a hand (wrist/grip) or controller, in the current input mode. */
  setInputTransform(hand: Handedness, pose: { position?: PointLike; orientation?: Quat }): Promise<void> {
    return this.call('setInputTransform', hand, { ...pose, position: pose.position && toVec3(pose.position) });
  }

  /** Reads one hand joint's pose (hands mode), e.g. 'index-finger-tip'. */
  joint(hand: Handedness, joint: XRHandJoint): Promise<JointPose> {
    return this.call('joint', hand, joint);
  }

  /** Reads the index fingertip's position (hands mode). */
  async fingertip(hand: Handedness): Promise<Vec3> {
    return (await this.joint(hand, 'index-finger-tip')).position;
  }

  /** Reads the target ray of a hand or controller. */
  ray(hand: Handedness): Promise<RayPose> {
    return this.call('ray', hand);
  }

  /**
   * Moves the index fingertip to `point` over `steps` frames (default 20), closed loop: each frame reads
   * the real fingertip and moves the hand a share of what remains, so the tip travels a straight line.
   */
  moveFingertipTo(hand: Handedness, point: PointLike, options: { steps?: number; joint?: XRHandJoint } = {}): Promise<FingertipMove> {
    return this.call('moveFingertipTo', hand, toVec3(point), options);
  }

  /** Moves the fingertip through several points in turn (e.g. a sideways sweep), `stepsPerSegment` frames each. */
  async moveFingertipAlong(hand: Handedness, points: PointLike[], options: { stepsPerSegment?: number } = {}): Promise<FingertipMove> {
    let last: FingertipMove | null = null;
    const trace: Vec3[] = [];
    for (const point of points) {
      last = await this.moveFingertipTo(hand, point, { steps: options.stepsPerSegment ?? 15 });
      trace.push(...last.trace);
    }
    if (!last) throw new Error('moveFingertipAlong needs at least one point');
    return { ...last, trace };
  }

  /** Turns a hand or controller over `steps` frames until its target ray points at `point` (for rays and pinch-rays). */
  aimAt(hand: Handedness, point: PointLike, options: { steps?: number } = {}): Promise<AimResult> {
    return this.call('aimAt', hand, toVec3(point), options);
  }

  /** Sets how closed a hand's pinch is (0 open .. 1 pinched); 1 fires selectstart, back to 0 fires select. */
  setPinch(hand: Handedness, value: number): Promise<void> {
    return this.call('setPinch', hand, value);
  }

  /** A full pinch: close, hold `holdFrames` (default 5), open. */
  async pinch(hand: Handedness, options: { holdFrames?: number } = {}): Promise<void> {
    await this.setPinch(hand, 1);
    await this.frames(options.holdFrames ?? 5);
    await this.setPinch(hand, 0);
  }

  /** Sets a controller button's value, e.g. 'trigger', 'squeeze', 'a-button' (controllers mode). */
  setButton(hand: Handedness, button: string, value: number): Promise<void> {
    return this.call('setButton', hand, button, value);
  }

  /** A full trigger pull: press, hold `holdFrames` (default 5), release. */
  async trigger(hand: Handedness, options: { holdFrames?: number } = {}): Promise<void> {
    await this.setButton(hand, 'trigger', 1);
    await this.frames(options.holdFrames ?? 5);
    await this.setButton(hand, 'trigger', 0);
  }

  /** Pushes a controller's thumbstick (x right, y down as in the Gamepad API); (0, 0) releases it. */
  setThumbstick(hand: Handedness, x: number, y: number): Promise<void> {
    return this.call('setThumbstick', hand, x, y);
  }
}
