import { Tools } from '@babylonjs/core/Misc/tools';

/**
 * Points Babylon's core CDN defaults at the app origin, so nothing the desktop bundle does can reach
 * cdn.babylonjs.com or assets.babylonjs.com at a booth without internet. Call once, before creating the engine.
 *
 * - `Tools.ScriptBaseUrl` rewrites every `https://cdn.babylonjs.com/...` script/wasm URL (Draco, meshopt,
 *   KTX2 decoders) to `<origin>/...`. We ship none of them: models in static/ must not use Draco, meshopt
 *   or KTX2; if one does, the failure is a same-origin 404 that tests see, never a CDN request.
 * - `Tools.AssetBaseUrl` rewrites every `Tools.GetAssetUrl("https://assets.babylonjs.com/core/...")`
 *   (hand meshes and their shader, MRTK models, blue noise, area-light LTC data, particle flare, NME
 *   screen texture) to `<origin>/...`.
 *
 * XR-only defaults (controller profile repository, hand meshes, near-interaction orb) are set by
 * `configureOfflineXr` in offlineXrAssets.ts, which lives in the XR chunk.
 */
export function configureOfflineBabylon(origin: string = window.location.origin): void {
  const base = origin.replace(/\/$/, '');
  Tools.ScriptBaseUrl = base;
  Tools.AssetBaseUrl = base;
}
