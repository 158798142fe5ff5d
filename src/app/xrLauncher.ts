import type { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import type { I18n } from '../i18n/createI18n';
import type { HallActions } from '../input/hallActions';
import type { InteractionRegistry } from '../input/interactionRegistry';
import { EnterVrButton, type EnterVrState } from '../ui/enterVrButton';
import type { XrSlot } from './xrSlot';

/** Options of the XR launcher. */
export interface XrLauncherOptions {
  /** Where the Enter VR button goes. */
  root: HTMLElement;
  i18n: I18n;
  scene: Scene;
  registry: InteractionRegistry;
  actions: HallActions;
  /** Receives the session while it runs. */
  slot: XrSlot;
  startPose: () => { position: Vector3; yaw: number };
  /** A session started (true) or ended (false). */
  onSession: (active: boolean) => void;
  /** The session became visible (true) or hidden (false, e.g. the headset was taken off). */
  onVisibility?: (visible: boolean) => void;
}

type XrModule = typeof import('../xr/xrSession');

/**
 * Keeps XR out of the desktop download: checks for immersive-vr support, prefetches the XR
 * chunk only where a headset can use it, and drives its Enter VR button's state machine.
 */
export class XrLauncher {
  private module: Promise<XrModule> | null = null;
  private readonly button: EnterVrButton;

  constructor(private readonly o: XrLauncherOptions) {
    this.button = new EnterVrButton({
      root: o.root,
      text: (s: EnterVrState) => o.i18n.t(`xr.button.${s}`),
      onButtonClicked: (s) => this.onButtonClicked(s),
    });
    o.i18n.onChange(() => this.button.refresh());
  }

  /** Asks the browser whether immersive VR is possible and sets the button accordingly. */
  async check(): Promise<void> {
    const xr = navigator.xr;
    if (!xr || !window.isSecureContext) {
      this.button.set('unsupported');
      return;
    }
    try {
      const supported = await xr.isSessionSupported('immersive-vr');
      this.button.set(supported ? 'ready' : 'unsupported');
      if (supported) this.load();
    } catch (error) {
      this.button.set('unsupported', String(error));
    }
  }

  private onButtonClicked(state: EnterVrState): void {
    if (state === 'presenting') this.o.slot.exit();
    else if (state === 'ready' || state === 'error') void this.enter();
  }

  private load(): Promise<XrModule> {
    this.module ??= import(/* webpackChunkName: "xr" */ '../xr/xrSession');
    return this.module;
  }

  private async enter(): Promise<void> {
    this.button.set('checking');
    try {
      const { startXrSession } = await this.load();
      const start = this.o.startPose();
      const session = await startXrSession({
        scene: this.o.scene,
        registry: this.o.registry,
        actions: this.o.actions,
        onSessionEnded: () => {
          this.o.slot.set(null);
          this.button.set('ready');
          this.o.onSession(false);
        },
      });
      this.o.slot.set(session);
      this.button.set('presenting');
      this.o.onSession(true);
      if (this.o.onVisibility) session.onVisibilityChange(this.o.onVisibility);
      session.teleport(start.position, start.yaw);
    } catch (error) {
      this.o.slot.set(null);
      this.button.set('error', error instanceof Error ? error.message : String(error));
    }
  }
}
