import { WebXRMotionControllerManager } from '@babylonjs/core/XR/motionController/webXRMotionControllerManager';
import { WebXRHandTracking } from '@babylonjs/core/XR/features/WebXRHandTracking.pure';
import { configureOfflineBabylon } from './offlineAssets';

/** Where the shipped XR assets live under the app origin (static/ is copied to the site root). */
export const offlineXrPaths = {
  /** Trimmed copy of @webxr-input-profiles/assets: profilesList.json plus each profile's profile.json and .glb. */
  profilesRoot: '/',
  /** generic-hand rigged meshes (joint-named bones), used by loadHandMeshes. */
  handsBase: '/profiles/generic-hand/',
} as const;

/**
 * Points Babylon's XR defaults at the app origin so entering VR needs no internet: the controller
 * profile repository (immersive-web.github.io by default) and the default hand-mesh URLs
 * (assets.babylonjs.com). Call in the XR chunk before `createDefaultXRExperienceAsync`.
 *
 * Babylon fetches `${BaseRepositoryUrl}/profiles/profilesList.json`, then
 * `${BaseRepositoryUrl}/profiles/<id>/profile.json` and `<id>/<left|right>.glb`: all shipped in static/profiles.
 * `UseOnlineRepository` stays true (it is the "profiles repository" code path, now same-origin) and
 * `PrioritizeOnlineRepository` stays true so the shipped Quest models win over Babylon's built-in
 * Oculus controller class, whose models come from controllers.babylonjs.com.
 */
export function configureOfflineXr(origin: string = window.location.origin): void {
  const base = origin.replace(/\/$/, '');
  configureOfflineBabylon(base);
  WebXRMotionControllerManager.BaseRepositoryUrl = base + offlineXrPaths.profilesRoot.replace(/\/$/, '');
  WebXRMotionControllerManager.UseOnlineRepository = true;
  WebXRMotionControllerManager.PrioritizeOnlineRepository = true;
  // Default hand meshes are only fetched when no `handMeshes.customMeshes` is given (see loadHandMeshes);
  // point them at the origin anyway so a forgotten option is a visible same-origin 404, not a CDN call.
  WebXRHandTracking.DEFAULT_HAND_MODEL_BASE_URL = `${base}${offlineXrPaths.handsBase}`;
  WebXRHandTracking.DEFAULT_HAND_MODEL_RIGHT_FILENAME = 'right.glb';
  WebXRHandTracking.DEFAULT_HAND_MODEL_LEFT_FILENAME = 'left.glb';
  WebXRHandTracking.DEFAULT_HAND_MODEL_SHADER_URL = `${base}${offlineXrPaths.handsBase}handsShader.json`;
}
