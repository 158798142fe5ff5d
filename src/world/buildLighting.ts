import { HemisphericLight } from '@babylonjs/core/Lights/hemisphericLight';
import { DirectionalLight } from '@babylonjs/core/Lights/directionalLight';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Light } from '@babylonjs/core/Lights/light';
import type { Scene } from '@babylonjs/core/scene';

/** Warm daylight with no shadows: a hemispheric fill plus a soft late-afternoon sun from the Losari side. */
export function buildLighting(scene: Scene): Light[] {
  const sky = new HemisphericLight('hall-sky', new Vector3(0.2, 1, -0.3), scene);
  sky.intensity = 0.85;
  sky.diffuse = new Color3(1, 0.97, 0.9);
  sky.groundColor = new Color3(0.42, 0.36, 0.3);
  sky.specular = new Color3(0.2, 0.2, 0.2);
  const sun = new DirectionalLight('hall-sun', new Vector3(-0.3, -0.8, -0.5), scene);
  sun.intensity = 0.45;
  sun.diffuse = new Color3(1, 0.86, 0.68);
  sun.specular = new Color3(0.3, 0.25, 0.2);
  return [sky, sun];
}
