/** How a slimmed controller model is drawn: its base-colour image per hand and whether both faces show. */
export interface ControllerTexture {
  /** Images in static/profiles/<id>/ (glTF UV orientation: not flipped); one file when both hands share it. */
  image: { left: string; right: string };
  /** The glTF material was double-sided. */
  doubleSided: boolean;
}

/**
 * Controller profiles whose shipped models carry no glTF material (written by src/pwa/tools/slimControllerModels.ts),
 * with the base-colour image beside them in static/profiles/<id>/: the Quest 2/3/3S controllers a booth precaches.
 * Profiles not listed (the generic fallback, oculus-touch-v2) keep Babylon's glTF materials.
 */
export const texturedControllerProfiles: Readonly<Record<string, ControllerTexture>> = {
  'oculus-touch-v3': { image: { left: 'base-color.png', right: 'base-color.png' }, doubleSided: false },
  'meta-quest-touch-plus': { image: { left: 'left-color.png', right: 'right-color.png' }, doubleSided: true },
};
