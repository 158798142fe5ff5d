import type { WebXRExperienceHelper } from '@babylonjs/core/XR/webXRExperienceHelper';
import { WebXRFeatureName } from '@babylonjs/core/XR/webXRFeaturesManager';
import { WebXRState } from '@babylonjs/core/XR/webXRTypes';
import '@babylonjs/core/XR/features/WebXRLayers';

/**
 * Fixed foveation level (0 none … 1 maximum). A third is Quest's "low": only the outer ring of each eye is
 * shaded at reduced rate, so a kiosk panel read at arm's length, even its edge columns, stays sharp.
 */
export const PANEL_SAFE_FOVEATION = 1 / 3;

/** What the headset granted; both fall back silently where the browser has neither (IWER, desktop emulators). */
export interface XrRenderOptions {
  /** Both eyes drawn in one pass (WebXR Layers projection layer on OCULUS_multiview / OVR_multiview2). */
  multiview: boolean;
  /** The fixed foveation in effect, or null where the layer does not support it. */
  foveation: number | null;
}

/**
 * Asks for the cheap headset render paths; call before `enterXRAsync`. Multiview needs the optional WebXR
 * `layers` feature (Babylon's WebXRLayers with `preferMultiviewOnInit`; Babylon measured `scene.render` halved
 * on Quest); without it Babylon keeps its XRWebGLLayer and renders each eye. Fixed foveation is set on the
 * base layer once the session runs, and ignored where unsupported. Resolves once in XR with what took effect.
 */
export function enableXrRenderOptimizations(helper: WebXRExperienceHelper): Promise<XrRenderOptions> {
  const layers = helper.featuresManager.enableFeature(WebXRFeatureName.LAYERS, 'latest', { preferMultiviewOnInit: true }, true, false);
  return new Promise((resolve) => {
    const observer = helper.onStateChangedObservable.add((state) => {
      if (state !== WebXRState.IN_XR) return;
      helper.onStateChangedObservable.remove(observer);
      const session = helper.sessionManager;
      session.fixedFoveation = PANEL_SAFE_FOVEATION;
      const granted = layers.attached && Boolean(session.scene.getEngine().getCaps().multiview);
      const options: XrRenderOptions = { multiview: granted, foveation: session.fixedFoveation };
      console.info(`XR render options: multiview ${options.multiview ? 'on' : 'off'}, fixed foveation ${options.foveation ?? 'unsupported'}`);
      resolve(options);
    });
  });
}
