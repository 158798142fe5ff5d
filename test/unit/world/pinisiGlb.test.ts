import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { buildPinisi, toGlb } from '../../../src/world/tools/makePinisiGlb';

const file = new URL('../../../static/models/pinisi.glb', import.meta.url);

/** Splits a GLB into its header fields and chunks, as a glTF 2.0 reader would. */
function readGlb(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: { type: number; data: Uint8Array }[] = [];
  for (let at = 12; at < bytes.byteLength; ) {
    const length = view.getUint32(at, true);
    chunks.push({ type: view.getUint32(at + 4, true), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 8 + length;
  }
  return { magic: view.getUint32(0, true), version: view.getUint32(4, true), length: view.getUint32(8, true), chunks };
}

describe('static/models/pinisi.glb', () => {
  const bytes = new Uint8Array(readFileSync(file));
  const glb = readGlb(bytes);
  const json = JSON.parse(new TextDecoder().decode(glb.chunks[0].data));

  it('is a small glTF 2.0 binary with a JSON chunk then a BIN chunk', () => {
    expect(bytes.byteLength).to.be.below(200 * 1024);
    expect(glb.magic).to.equal(0x46546c67);
    expect(glb.version).to.equal(2);
    expect(glb.length).to.equal(bytes.byteLength);
    expect(glb.chunks.map((c) => c.type)).to.deep.equal([0x4e4f534a, 0x004e4942]);
    for (const c of glb.chunks) expect(c.data.byteLength % 4).to.equal(0);
  });

  it('has the required glTF fields and accessors that fit in the buffer', () => {
    expect(json.asset.version).to.equal('2.0');
    expect(json.scenes[json.scene].nodes).to.have.length.greaterThan(0);
    const bin = glb.chunks[1].data;
    expect(json.buffers[0].byteLength).to.be.at.most(bin.byteLength);
    for (const view of json.bufferViews) expect(view.byteOffset + view.byteLength).to.be.at.most(json.buffers[0].byteLength);
    const size: Record<number, number> = { 5126: 4, 5123: 2, 5125: 4 };
    const comps: Record<string, number> = { SCALAR: 1, VEC3: 3, VEC4: 4 };
    for (const a of json.accessors) {
      const view = json.bufferViews[a.bufferView];
      expect(a.count * comps[a.type] * size[a.componentType], 'accessor fits its view').to.be.at.most(view.byteLength);
    }
    const prim = json.meshes[0].primitives[0];
    expect(Object.keys(prim.attributes).sort()).to.deep.equal(['COLOR_0', 'NORMAL', 'POSITION']);
    const pos = json.accessors[prim.attributes.POSITION];
    expect(pos.min).to.have.length(3);
    expect(pos.max).to.have.length(3);
    // Indices point at existing vertices.
    const idx = json.accessors[prim.indices];
    const idxView = json.bufferViews[idx.bufferView];
    const indices = new Uint16Array(bin.buffer.slice(bin.byteOffset + idxView.byteOffset, bin.byteOffset + idxView.byteOffset + idx.count * 2));
    expect(Math.max(...indices)).to.be.below(pos.count);
  });

  it('is boat-sized: 4 to 5.5 m long, 3 to 4.5 m tall with its masts, much longer than it is wide', () => {
    const pos = json.accessors[json.meshes[0].primitives[0].attributes.POSITION];
    const [dx, dy, dz] = [0, 1, 2].map((i) => pos.max[i] - pos.min[i]);
    expect(dx).to.be.within(4, 5.5);
    expect(dy).to.be.within(3, 4.5);
    expect(dz).to.be.below(dx / 2.5);
  });

  it('is exactly what the generator in src/world/tools writes (asset and tool stay in sync)', () => {
    expect(Buffer.from(toGlb(buildPinisi())).equals(Buffer.from(bytes))).to.equal(true);
  });
});
