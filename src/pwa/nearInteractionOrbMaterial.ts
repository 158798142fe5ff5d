import type { Scene } from '@babylonjs/core/scene';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';

/**
 * A plain material for Babylon's near-interaction touch orb. Without `motionControllerOrbMaterial`,
 * WebXRNearInteraction (on by default in WebXRDefaultExperience) downloads a NodeMaterial snippet from
 * snippet.babylonjs.com (8RUNKL#3) whenever a controller or hand appears. Pass it as
 * `nearInteractionOptions: { motionControllerOrbMaterial: createNearInteractionOrbMaterial(scene) }`,
 * or set `disableNearInteraction: true` if the app does its own poke.
 */
export function createNearInteractionOrbMaterial(scene: Scene): StandardMaterial {
  const material = new StandardMaterial('nearInteractionOrb', scene);
  material.diffuseColor = new Color3(0.97, 0.72, 0.2);
  material.emissiveColor = new Color3(0.5, 0.36, 0.1);
  material.alpha = 0.6;
  material.disableLighting = true;
  return material;
}
