import { installCanvasStub } from './support/canvasStub';
import { buildTestHall } from './support/hallScene';
import { ShaderStore } from '@babylonjs/core/Engines/shaderStore';
installCanvasStub();
try { const h = await buildTestHall(); console.log('ok'); } catch (e) { console.log('fail', e); }
console.log('stored', Object.keys(ShaderStore.ShadersStore).filter((k) => k.startsWith('default')));
