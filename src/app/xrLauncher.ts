import type { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Scene } from '@babylonjs/core/scene';
import type { InteractionRegistry } from '../input/interactionRegistry';
import type { Vec3 } from '../input/vec3';
import type { EnterVrButton, EnterVrState } from '../ui/enterVrButton';
import type { XrSession } from '../xr/xrSession';

/** Options of the XR launcher. */
export interface XrLauncherOptions {
  scene: Scene;
  button: EnterVrButton;
  registry: InteractionRegistry;
  floorMeshes: () => readonly AbstractMesh[];
  startPose: () => { position: Vector3; yaw: number };
  onSessionStarted: () => void;
  onSessionEnded: () => void;
}

type XrModule = typeof import('../xr/xrSession');

/**
 * Keeps XR out of the desktop download: checks for immersive-vr support, prefetches the XR
 * chunk only where a headset can use it, and drives the Enter VR button's state machine.
 */
export class XrLauncher {
  private module: Promise<XrModule> | null = null;
  private session: XrSession | null = null;

  constructor(private readonly o: XrLauncherOptions) {}

  /** Asks the browser whether immersive VR is possible and sets the button accordingly. */
  async check(): Promise<void> {
    const xr = navigator.xr;
    if (!xr || !window.isSecureContext) {
      this.o.button.set('unsupported');
      return;
    }
    try {
      const supported = await xr.isSessionSupported('immersive-vr');
      this.o.button.set(supported ? 'ready' : 'unsupported');
      if (supported) this.load();
    } catch (error) {
      this.o.button.set('unsupported', String(error));
    }
  }

  /** The button's click: enter when ready, leave while presenting. */
  onButtonClicked(state: EnterVrState): void {
    if (state === 'presenting') void this.session?.exit();
    else if (state === 'ready' || state === 'error') void this.enter();
  }

  /** True while an immersive session runs. */
  active(): boolean {
    return this.session !== null;
  }

  /** Moves the visitor in XR to a floor point, turned to a yaw. */
  teleport(position: Vector3, yaw?: number): void {
    this.session?.teleport(position, yaw);
  }

  /** Turns the visitor in XR by a yaw step. */
  turn(radians: number): void {
    this.session?.turn(radians);
  }

  /** World point or direction in the WebXR local-floor frame during a session; unchanged outside. */
  toLocalFloor(v: Vec3, isDirection: boolean): Vec3 {
    return this.session ? this.session.toLocalFloor(v, isDirection) : v;
  }

  private load(): Promise<XrModule> {
    this.module ??= import(/* webpackChunkName: "xr" */ '../xr/xrSession');
    return this.module;
  }

  private async enter(): Promise<void> {
    this.o.button.set('checking');
    try {
      const { startXrSession } = await this.load();
      const start = this.o.startPose();
      this.session = await startXrSession({
        scene: this.o.scene,
        registry: this.o.registry,
        floorMeshes: this.o.floorMeshes,
        onSessionEnded: () => {
          this.session = null;
          this.o.button.set('ready');
          this.o.onSessionEnded();
        },
      });
      this.o.button.set('presenting');
      this.o.onSessionStarted();
      this.session.teleport(start.position, start.yaw);
    } catch (error) {
      this.session = null;
      this.o.button.set('error', error instanceof Error ? error.message : String(error));
    }
  }
}
