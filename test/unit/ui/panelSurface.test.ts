import { expect } from 'chai';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Scene } from '@babylonjs/core/scene';
import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import { InteractionRegistry } from '../../../src/input/interactionRegistry';
import { PanelSurface } from '../../../src/ui/panelSurface';
import type { PanelScreen } from '../../../src/ui/panelScreen';

/** The booth countdown's screen: the title counts down each second, the one button stays. */
const countdown = (seconds: number): PanelScreen => ({
  title: `Data Anda dihapus dalam ${seconds} detik`,
  controls: [{ id: 'stay', label: 'Saya masih di sini', kind: 'button' }],
  columns: 1,
});

describe('PanelSurface redraws', () => {
  let engine: NullEngine;
  let scene: Scene;
  let registry: InteractionRegistry;
  let surface: PanelSurface;
  let pressed: string[];
  let lists: number;
  beforeEach(() => {
    engine = new NullEngine();
    scene = new Scene(engine);
    registry = new InteractionRegistry();
    pressed = [];
    lists = 0;
    registry.onListChange(() => lists++);
    surface = new PanelSurface({ id: 'booth.countdown', scene, anchor: new TransformNode('a', scene), registry, width: 0.56, height: 0.3, onControl: (c) => pressed.push(c) });
  });
  afterEach(() => {
    surface.dispose();
    scene.dispose();
    engine.dispose();
  });

  it('a press that spans a redraw with the same controls still activates (the countdown ticks mid-poke)', () => {
    surface.show(countdown(20));
    registry.press('poke-right', 'booth.countdown.stay');
    const before = lists;
    surface.show(countdown(19));
    expect(lists, 'the DOM mirror is told to re-read labels').to.be.greaterThan(before);
    registry.release('poke-right', 'booth.countdown.stay', 'poke');
    expect(pressed).to.deep.equal(['stay']);
    expect(registry.events().map((e) => e.id)).to.deep.equal(['booth.countdown.stay']);
  });

  it('a redraw with the same controls reads the new labels', () => {
    surface.show(countdown(20));
    surface.show({ ...countdown(19), controls: [{ id: 'stay', label: "I'm still here", kind: 'button' }] });
    expect(registry.get('booth.countdown.stay')?.label()).to.equal("I'm still here");
  });

  it('a different screen drops a press in progress: nothing activates', () => {
    surface.show(countdown(20));
    registry.press('poke-right', 'booth.countdown.stay');
    surface.show({ title: 'Lain', controls: [{ id: 'stay', label: 'Saya masih di sini', kind: 'button' }, { id: 'ok', label: 'OK', kind: 'button' }] });
    registry.release('poke-right', 'booth.countdown.stay', 'poke');
    expect(pressed).to.deep.equal([]);
    expect(registry.list().map((t) => t.id)).to.deep.equal(['booth.countdown.stay', 'booth.countdown.ok']);
  });
});
