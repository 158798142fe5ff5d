import { expect } from 'chai';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Scene } from '@babylonjs/core/scene';
import { Observable } from '@babylonjs/core/Misc/observable';
import type { WebXRInput } from '@babylonjs/core/XR/webXRInput';
import type { WebXRInputSource } from '@babylonjs/core/XR/webXRInputSource';
import type { WebXRHandTracking } from '@babylonjs/core/XR/features/WebXRHandTracking.pure';
import { InteractionRegistry } from '../../../src/input/interactionRegistry';
import { XrPointers } from '../../../src/xr/xrPointers';
import { ThumbstickLocomotion } from '../../../src/xr/thumbstickLocomotion';
import { HandPoke } from '../../../src/xr/handPoke';
import { buttonAt } from '../input/support/targets';
import { FLOOR_SPOT_GROUP } from '../../../src/input/targetTypes';

/** An XR session stand-in that counts its live event listeners. */
class CountingSession extends EventTarget {
  live = 0;
  override addEventListener(type: string, fn: EventListenerOrEventListenerObject | null): void {
    this.live++;
    super.addEventListener(type, fn);
  }
  override removeEventListener(type: string, fn: EventListenerOrEventListenerObject | null): void {
    this.live--;
    super.removeEventListener(type, fn);
  }
}

/** A WebXRInput stand-in with Babylon's real observables and a list of controllers. */
function fakeInput(controllers: unknown[] = []): WebXRInput {
  return {
    controllers,
    onControllerAddedObservable: new Observable<WebXRInputSource>(),
    onControllerRemovedObservable: new Observable<WebXRInputSource>(),
  } as unknown as WebXRInput;
}

describe('XR features leave nothing behind (NullEngine)', () => {
  let engine: NullEngine;
  let scene: Scene;
  beforeEach(() => {
    engine = new NullEngine();
    scene = new Scene(engine);
  });
  afterEach(() => engine.dispose());

  it('XrPointers removes its observers and session listeners on detach', () => {
    const input = fakeInput();
    const session = new CountingSession();
    const pointers = new XrPointers({ scene, input, session: session as unknown as XRSession, registry: new InteractionRegistry(), handIsPoking: () => false, teleport: () => undefined });
    pointers.attach();
    expect(input.onControllerAddedObservable.observers.length).to.equal(1);
    expect(input.onControllerRemovedObservable.observers.length).to.equal(1);
    expect(session.live).to.equal(2);
    pointers.detach();
    expect(input.onControllerAddedObservable.hasObservers()).to.equal(false);
    expect(input.onControllerRemovedObservable.hasObservers()).to.equal(false);
    expect(session.live).to.equal(0);
  });

  it('XrPointers frees its beam material and teleport marker on dispose', () => {
    const meshesBefore = scene.meshes.length;
    const materialsBefore = scene.materials.length;
    const input = fakeInput();
    const pointers = new XrPointers({ scene, input, session: new CountingSession() as unknown as XRSession, registry: new InteractionRegistry(), handIsPoking: () => false, teleport: () => undefined });
    pointers.attach();
    pointers.dispose();
    expect(scene.meshes.length).to.equal(meshesBefore);
    expect(scene.materials.length).to.equal(materialsBefore);
    expect(input.onControllerAddedObservable.hasObservers()).to.equal(false);
  });

  it('ThumbstickLocomotion turns through the bindings and forgets a held stick on detach', () => {
    const pad = { axes: [0, 0, 0.9, 0] };
    const input = fakeInput([{ uniqueId: 'right', inputSource: { gamepad: pad } }]);
    const turns: number[] = [];
    const sticks = new ThumbstickLocomotion({ input, actions: { snapTurn: (d) => turns.push(d), teleportAim: () => undefined } });
    sticks.attach();
    sticks.update();
    sticks.update();
    sticks.detach();
    sticks.attach();
    sticks.update();
    expect(turns).to.deep.equal([1, 1]);
  });

  it('HandPoke cancels a press in progress when detached', () => {
    const registry = new InteractionRegistry();
    registry.register(buttonAt('k', [0, 1, 0.5]));
    let tip = { x: 0, y: 1, z: 0.48 };
    const hand = { getJointMesh: () => ({ getAbsolutePosition: () => tip }) };
    const hands = { getHandByHandedness: (h: string) => (h === 'right' ? hand : null) } as unknown as WebXRHandTracking;
    const poke = new HandPoke(hands, registry);
    poke.attach();
    // The fingertip hovers 2 cm in front of the key, then pushes through it from the front.
    for (const z of [0.48, 0.49, 0.5, 0.505]) {
      tip = { x: 0, y: 1, z };
      poke.update();
    }
    expect(registry.state('k').pressed).to.equal(true);
    poke.detach();
    expect(registry.state('k').pressed).to.equal(false);
    expect(registry.events()).to.have.length(0);
  });

  it('HandPoke pokes a panel button that takes the visitor somewhere (welcome shortcut), never a floor spot', () => {
    const registry = new InteractionRegistry();
    registry.register({ ...buttonAt('welcome.go.kependudukan', [0, 1, 0.5]), kind: 'teleport', group: 'welcome' });
    registry.register({ ...buttonAt('spot.pajak', [0.3, 1, 0.5]), kind: 'teleport', group: FLOOR_SPOT_GROUP });
    let tip = { x: 0, y: 1, z: 0.46 };
    const hand = { getJointMesh: () => ({ getAbsolutePosition: () => tip }) };
    const hands = { getHandByHandedness: (h: string) => (h === 'right' ? hand : null) } as unknown as WebXRHandTracking;
    const poke = new HandPoke(hands, registry);
    poke.attach();
    // In through each face from its front and back out.
    for (const x of [0, 0.3]) {
      for (const z of [0.46, 0.48, 0.49, 0.5, 0.505, 0.49, 0.46]) {
        tip = { x, y: 1, z };
        poke.update();
      }
    }
    expect(registry.events().map((e) => `${e.id} ${e.via}`)).to.deep.equal(['welcome.go.kependudukan poke']);
  });
});
