import hallJson from '../../scenes/hall.json';
import { parseHall } from '../world/hallSchema';
import { buildHall } from '../world/buildHall';
import { loadModelFromUrl } from '../world/modelLoader';
import type { HallData } from '../world/hallTypes';
import type { HallView } from '../world/hallView';
import { createI18n, type I18n } from '../i18n/createI18n';
import { createStage, type HallStage } from './hallStage';
// StandardMaterial's GLSL pair, in the entry chunk: Babylon loads it by `import()` from its first `isReady`, and
// that round trip for 5 chunks came after main.js ran and before any program could compile (issue 14). Babylon's
// own `import()` then resolves from this chunk, without a request.
import '@babylonjs/core/Shaders/default.vertex';
import '@babylonjs/core/Shaders/default.fragment';

/**
 * The hall as drawn before the rest of the app exists: what main.ts hands to `createHallApp`, which loads
 * behind an `import()` once this frame is on screen (issue 14: the first frame waits for nothing else).
 */
export interface FirstFrame {
  hall: HallData;
  i18n: I18n;
  stage: HallStage;
  view: HallView;
  /** Resolves after the first frame that drew the whole hall (every mesh ready, draw calls issued). */
  drawn: Promise<void>;
}

/**
 * Builds the engine, the scene and the hall's geometry and starts drawing them. The glTF model (the pinisi)
 * starts loading only once `drawn` resolves, so its chunk never competes with the first frame.
 */
export function drawFirstFrame(canvas: HTMLCanvasElement): FirstFrame {
  const hall = parseHall(hallJson, 'scenes/hall.json');
  const i18n = createI18n({ locale: 'id' });
  const stage = createStage(canvas);
  const drawn = stage.preview();
  const view = buildHall(stage.scene, hall, { t: i18n.t, loadModel: (url, scene) => drawn.then(() => loadModelFromUrl(url, scene)) });
  return { hall, i18n, stage, view, drawn };
}
