import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Ray } from '@babylonjs/core/Culling/ray';
import '@babylonjs/core/Culling/ray';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import { flattenMessages, type MessageTree } from '../../../src/i18n/flattenMessages';
import { AnimatedOfficer } from '../../../src/world/officerAvatar';
import { buildHall } from '../../../src/world/buildHall';
import { installCanvasStub, type CanvasStub } from './support/canvasStub';
import { buildTestHall, loadHallData, repoFile, type BuiltHall } from './support/hallScene';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Scene } from '@babylonjs/core/scene';

/** A translator backed by one of the real locale files. */
function localeT(locale: 'id' | 'en'): (key: string) => string {
  const table = flattenMessages(JSON.parse(readFileSync(repoFile(`static/locales/${locale}.json`), 'utf8')) as MessageTree);
  return (key) => table.get(key) ?? key;
}

/** What the GPU would draw from the current camera: one call per sub-mesh, thin instances multiply triangles. */
function frameCost(scene: Scene): { drawCalls: number; triangles: number } {
  const active = scene.getActiveMeshes();
  let drawCalls = 0;
  let triangles = 0;
  for (let i = 0; i < active.length; i++) {
    const mesh = active.data[i] as Mesh;
    const indices = mesh.getTotalIndices();
    if (indices === 0 || !mesh.isEnabled() || !mesh.isVisible) continue;
    drawCalls += mesh.subMeshes?.length ?? 1;
    const copies = Math.max(1, mesh.thinInstanceCount ?? 0) + (mesh.instances?.length ?? 0);
    triangles += (indices / 3) * copies;
  }
  return { drawCalls, triangles };
}

describe('buildHall (scenes/hall.json in a NullEngine scene)', function () {
  this.timeout(60000);
  let stub: CanvasStub;
  let built: BuiltHall;
  const eye = () => built.view.welcome.position.add(new Vector3(0, 1.6, 0));

  before(async () => {
    stub = installCanvasStub();
    built = await buildTestHall(localeT('id'));
    built.scene.render();
  });
  after(() => {
    built?.dispose();
    stub?.uninstall();
  });

  it('builds the 8 kiosks at the positions of the data, each with an officer and a panel anchor', () => {
    const { view, hall } = built;
    expect(view.kiosks.map((k) => k.id)).to.deep.equal(hall.kiosks.map((k) => k.id));
    view.kiosks.forEach((k, i) => {
      const data = hall.kiosks[i];
      const kioskRoot = k.panelAnchor.parent as AbstractMesh;
      expect(kioskRoot.getAbsolutePosition().subtract(Vector3.FromArray(data.position)).length(), k.id).to.be.below(1e-6);
      expect(k.area).to.equal(data.zone);
      expect(k.standSpot.asArray()).to.deep.equal(data.standSpot);
      expect(k.avatar.root).to.exist;
    });
  });

  it('turns every kiosk panel towards the welcome point, at a comfortable height, tilted back a little', () => {
    for (const k of built.view.kiosks) {
      const anchor = k.panelAnchor;
      anchor.computeWorldMatrix(true);
      const centre = anchor.getAbsolutePosition();
      const out = Vector3.TransformNormal(Vector3.Forward(), anchor.getWorldMatrix()).normalize();
      const toVisitor = eye().subtract(centre).normalize();
      expect(Vector3.Dot(out, toVisitor), `${k.id} faces the welcome point`).to.be.above(0.5);
      expect(centre.y, `${k.id} panel height`).to.be.within(1.15, 1.35);
      expect(out.y, `${k.id} tilted back`).to.be.within(0.1, 0.4);
      // The stand spot is in front of the panel, at arm's length.
      const toSpot = k.standSpot.subtract(new Vector3(centre.x, 0, centre.z));
      expect(Vector3.Dot(out, toSpot), `${k.id} stand spot in front`).to.be.above(0.3);
      expect(toSpot.length(), `${k.id} stand spot distance`).to.be.within(0.4, 1.3);
    }
  });

  it('starts the visitor facing the kiosks, with the welcome panel in front at a comfortable height', () => {
    const { welcome, kiosks } = built.view;
    const look = new Vector3(Math.sin(welcome.yaw), 0, Math.cos(welcome.yaw));
    const toKiosks = kiosks
      .map((k) => (k.panelAnchor.parent as AbstractMesh).getAbsolutePosition().subtract(welcome.position))
      .reduce((sum, d) => sum.add(d.normalize()), Vector3.Zero())
      .normalize();
    expect(Vector3.Dot(look, toKiosks), 'looks towards the kiosks').to.be.above(0.9);
    const anchor = welcome.panelAnchor;
    anchor.computeWorldMatrix(true);
    const centre = anchor.getAbsolutePosition();
    const out = Vector3.TransformNormal(Vector3.Forward(), anchor.getWorldMatrix()).normalize();
    expect(Vector3.Dot(out, eye().subtract(centre).normalize()), 'panel faces the visitor').to.be.above(0.8);
    expect(centre.y).to.be.within(1.1, 1.4);
    expect(Vector3.Distance(new Vector3(centre.x, 0, centre.z), welcome.position), 'arm to a step away').to.be.within(0.6, 1.6);
  });

  it('keeps neighbouring panels (0.9 m wide) well apart and the kiosks 3 to 6 m from the welcome point', () => {
    const centres = built.view.kiosks.map((k) => k.panelAnchor.getAbsolutePosition());
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) expect(Vector3.Distance(centres[i], centres[j])).to.be.above(1.5);
      const ground = new Vector3(centres[i].x, 0, centres[i].z);
      expect(Vector3.Distance(ground, built.view.welcome.position)).to.be.within(2.5, 6);
    }
  });

  it('stands each officer behind its counter, facing the visitor side', () => {
    for (const k of built.view.kiosks) {
      const root = k.avatar.root;
      root.computeWorldMatrix(true);
      const anchor = k.panelAnchor.getAbsolutePosition();
      const out = Vector3.TransformNormal(Vector3.Forward(), k.panelAnchor.getWorldMatrix()).normalize();
      const officer = root.getAbsolutePosition();
      expect(Vector3.Dot(out, officer.subtract(anchor)), `${k.id} officer behind the panel`).to.be.below(-0.3);
      const facing = Vector3.TransformNormal(Vector3.Forward(), root.getWorldMatrix()).normalize();
      expect(Vector3.Dot(facing, k.standSpot.subtract(officer).normalize()), `${k.id} officer faces the stand spot`).to.be.above(0.8);
    }
  });

  it('gives a pickable floor under the welcome point and under every stand spot', () => {
    const floors = built.view.floorMeshes;
    expect(floors.length).to.be.greaterThan(0);
    const hitsFloor = (p: Vector3) => {
      const ray = new Ray(p.add(new Vector3(0, 2, 0)), new Vector3(0, -1, 0), 5);
      return built.scene.pickWithRay(ray, (m) => floors.includes(m))?.hit === true;
    };
    expect(hitsFloor(built.view.welcome.position), 'welcome point').to.equal(true);
    for (const k of built.view.kiosks) expect(hitsFloor(k.standSpot), k.id).to.equal(true);
    for (const f of floors) expect(f.isPickable).to.equal(true);
  });

  it('stays within the Quest 2 budget from the welcome view: <= 55 draw calls, <= 80k triangles, few materials', () => {
    const cost = frameCost(built.scene);
    expect(cost.drawCalls).to.be.at.most(55);
    expect(cost.triangles).to.be.at.most(80000);
    expect(built.scene.materials.length).to.be.at.most(6);
    expect(built.scene.textures.length).to.be.at.most(4);
    expect(built.scene.lights.length).to.be.at.most(2);
    console.log(`      hall from the welcome view: ${cost.drawCalls} draw calls, ${Math.round(cost.triangles)} triangles, ` +
      `${built.scene.materials.length} materials, ${built.scene.textures.length} textures`);
  });

  it('loads the pinisi model from static/models and draws it with the shared material', () => {
    expect(built.view.modelErrors).to.deep.equal([]);
    const boat = built.scene.meshes.find((m) => m.name === 'pinisi');
    expect(boat, 'pinisi mesh').to.exist;
    expect(boat!.getTotalVertices()).to.be.greaterThan(100);
    expect(boat!.material?.name).to.equal('hall-lit');
    const box = boat!.getBoundingInfo().boundingBox;
    expect(box.maximumWorld.y - box.minimumWorld.y, 'boat height in metres').to.be.within(1.5, 4);
  });

  it('prints kiosk titles readable from the welcome point (1 cm letters per metre) in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      built.view.relabel(localeT(locale));
      for (const sign of built.view.signs) {
        if (!sign.id.startsWith('kiosk-') && !sign.id.startsWith('zone-')) continue;
        const distance = Vector3.Distance(eye(), sign.center);
        expect(sign.lines.length, `${locale} ${sign.id} has text`).to.be.at.least(1);
        for (const line of sign.lines) {
          expect(line.letterHeight, `${locale} ${sign.id} "${line.text}" at ${distance.toFixed(1)} m`).to.be.at.least(distance / 100);
        }
      }
    }
  });

  it('shows the translated titles and switches language on relabel', () => {
    built.view.relabel(localeT('id'));
    const title = (id: string) => built.view.signs.find((s) => s.id === `kiosk-${id}`)!.lines.map((l) => l.text).join(' ');
    expect(title('status')).to.contain('Cek Status');
    built.view.relabel(localeT('en'));
    expect(title('pengaduan')).to.equal(`${localeT('en')('kiosk.pengaduan.title')} ${localeT('en')('kiosk.pengaduan.subtitle')}`);
    expect(stub.texts.some((d) => d.text === localeT('en')('kiosk.kesehatan.title'))).to.equal(true);
  });

  it('makes every sign face its readers and puts the name plates at reading distance of the stand spot', () => {
    for (const sign of built.view.signs) {
      if (sign.id.startsWith('nameplate-')) {
        const k = built.view.kiosks.find((x) => sign.id === `nameplate-${x.id}`)!;
        const fromSpot = Vector3.Distance(k.standSpot.add(new Vector3(0, 1.6, 0)), sign.center);
        expect(sign.lines[0].letterHeight, sign.id).to.be.at.least(fromSpot / 100);
      } else if (sign.id.startsWith('kiosk-') || sign.id.startsWith('zone-')) {
        expect(Vector3.Dot(sign.normal, eye().subtract(sign.center).normalize()), sign.id).to.be.above(0.5);
      }
    }
  });

  it('animates the officers: breathing, blinking, a wave on greet and a moving mouth while speaking', () => {
    const avatar = built.view.kiosks[0].avatar as AnimatedOfficer;
    const j = avatar.joints;
    const world = (n: { computeWorldMatrix(f: boolean): unknown; getAbsolutePosition(): Vector3 }) => {
      avatar.root.computeWorldMatrix(true);
      for (const x of [j.pose, j.torso, j.head, ...j.arms, ...j.hands]) x.computeWorldMatrix(true);
      return n.getAbsolutePosition().clone();
    };
    const torsoScales = new Set<number>();
    let blinked = false;
    for (let i = 0; i < 120; i++) {
      avatar.update(0.05);
      torsoScales.add(Math.round(j.torso.scaling.y * 1e4));
      if (j.eyes[0].scaling.y < 0.5) blinked = true;
    }
    expect(torsoScales.size, 'breathing').to.be.greaterThan(5);
    expect(blinked, 'blinks within 6 s').to.equal(true);

    const handAtRest = world(j.hands[1]).y;
    avatar.greet();
    for (let i = 0; i < 16; i++) avatar.update(0.05);
    expect(world(j.hands[1]).y, 'waving hand above the head').to.be.above(world(j.head).y + 0.1);
    for (let i = 0; i < 60; i++) avatar.update(0.05);
    expect(world(j.hands[1]).y, 'hand back down').to.be.closeTo(handAtRest, 0.05);

    const mouthWhileQuiet = new Set<number>();
    for (let i = 0; i < 20; i++) {
      avatar.update(0.05);
      mouthWhileQuiet.add(Math.round(j.mouth.scaling.y * 100));
    }
    avatar.setSpeaking(true);
    const mouthWhileSpeaking = new Set<number>();
    for (let i = 0; i < 20; i++) {
      avatar.update(0.05);
      mouthWhileSpeaking.add(Math.round(j.mouth.scaling.y * 100));
    }
    avatar.setSpeaking(false);
    expect(mouthWhileQuiet.size).to.equal(1);
    expect(mouthWhileSpeaking.size).to.be.greaterThan(5);
  });

  it('draws the officers from their joints: moving a joint moves its instance before the next frame', () => {
    const avatar = built.view.kiosks[2].avatar as AnimatedOfficer;
    const head = built.scene.meshes.find((m) => m.name === 'officer-head') as Mesh;
    const buffer = () => Array.from((head as unknown as { _thinInstanceDataStorage: { matrixData: Float32Array } })._thinInstanceDataStorage.matrixData);
    const before = buffer();
    avatar.root.position.y += 0.5;
    built.scene.render();
    const after = buffer();
    avatar.root.position.y -= 0.5;
    const moved = after.filter((v, i) => Math.abs(v - before[i]) > 0.4);
    expect(moved, 'one head instance moved up by 0.5 m').to.have.length(1);
  });
});

describe('buildHall without its models', function () {
  this.timeout(30000);
  it('still builds a usable hall and reports why the pinisi is missing', async () => {
    const stub = installCanvasStub();
    const engine = new NullEngine();
    const scene = new Scene(engine);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const view = buildHall(scene, loadHallData(), { t: (k) => k, loadModel: () => Promise.reject(new Error('offline')) });
      await view.ready;
      expect(view.kiosks).to.have.length(8);
      expect(view.modelErrors).to.deep.equal(['models/pinisi.glb: offline']);
      expect(warnings.join('\n')).to.contain('models/pinisi.glb: offline');
      view.dispose();
      expect(scene.meshes.map((m) => m.name)).to.deep.equal([]);
      expect(scene.materials.map((m) => m.name)).to.deep.equal([]);
      expect(scene.transformNodes.map((m) => m.name)).to.deep.equal([]);
    } finally {
      console.warn = warn;
      scene.dispose();
      engine.dispose();
      stub.uninstall();
    }
  });
});
