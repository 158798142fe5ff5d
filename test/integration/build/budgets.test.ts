import { expect } from 'chai';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { StatsCompilation } from 'webpack';
import { buildApp } from '../../e2e/support/buildApp';
import { clientBudgets, firstFrameShaderModules } from '../../../src/pwa/budgets';
import { texturedControllerProfiles } from '../../../src/xr/controllerTextures';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The URLs InjectManifest wrote into sw.js (workbox's `{revision, url}` entries). */
function precachedUrls(swSource: string): string[] {
  return [...swSource.matchAll(/['"]url['"]\s*:\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** Every module (concatenated ones unfolded) with the ids of the chunks holding it. */
function modulesWithChunks(stats: StatsCompilation): { name: string; chunks: (string | number)[] }[] {
  return (stats.modules ?? []).flatMap((m) => [m, ...(m.modules ?? [])].map((x) => ({ name: x.name ?? '', chunks: m.chunks ?? [] })));
}

/** Ids of the chunks holding a module that matches one of `patterns`. */
function chunksHolding(stats: StatsCompilation, patterns: readonly RegExp[]): Set<string | number> {
  return new Set(modulesWithChunks(stats).filter((m) => patterns.some((re) => re.test(m.name))).flatMap((m) => m.chunks));
}

/** Files of the main entry plus the lazy chunks (and their shared-include siblings) of the first frame's shaders. */
function firstFrameFiles(stats: StatsCompilation): string[] {
  const entry = (stats.entrypoints?.main?.assets ?? []).map((a) => a.name);
  const shaderIds = chunksHolding(stats, firstFrameShaderModules);
  const chunks = stats.chunks ?? [];
  const ids = new Set(chunks.filter((c) => shaderIds.has(c.id ?? '')).flatMap((c) => [c.id, ...(c.siblings ?? [])]));
  const loaded = chunks.filter((c) => ids.has(c.id));
  return [...new Set([...entry, ...loaded.flatMap((c) => c.files ?? [])])].filter((f) => f.endsWith('.js'));
}

describe('Build budgets (issue 14): the offline install and the first visit', function () {
  this.timeout(1_500_000); // a production build; minutes on a loaded 2-core machine
  let outDir: string;
  let stats: StatsCompilation;
  let precache: { url: string; bytes: number }[];

  before(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'hall-budgets-'));
    const built = await buildApp({ outDir, onlyMain: true });
    stats = built.toJson({ all: false, ids: true, entrypoints: true, chunks: true, chunkRelations: true, modules: true, nestedModules: true });
    const urls = precachedUrls(await readFile(path.join(outDir, 'sw.js'), 'utf8'));
    precache = await Promise.all(urls.map(async (url) => ({ url, bytes: (await stat(path.join(outDir, decodeURIComponent(url)))).size })));
  });

  after(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it(`precaches at most ${kb(clientBudgets.precacheBytes)} (raise only in src/pwa/budgets.ts)`, () => {
    const total = precache.reduce((sum, f) => sum + f.bytes, 0);
    const largest = [...precache].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((f) => `${f.url} ${kb(f.bytes)}`);
    expect(total, `precache ${kb(total)} in ${precache.length} files; largest: ${largest.join(', ')}`).to.be.at.most(clientBudgets.precacheBytes);
  });

  it('precaches what a booth needs: the page, the app, the hall model, the hands and the Quest 2/3/3S controllers', () => {
    const urls = precache.map((f) => f.url);
    for (const needed of ['/index.html', '/models/pinisi.glb', '/profiles/profilesList.json']) expect(urls).to.include(needed);
    for (const profile of ['generic-hand', 'oculus-touch-v3', 'meta-quest-touch-plus']) {
      for (const file of ['profile.json', 'left.glb', 'right.glb']) expect(urls, profile).to.include(`/profiles/${profile}/${file}`);
    }
    for (const [profile, { image }] of Object.entries(texturedControllerProfiles)) {
      for (const file of new Set([image.left, image.right])) expect(urls, profile).to.include(`/profiles/${profile}/${file}`);
    }
    expect(urls.some((u) => /^\/main\.[0-9a-f]+\.js$/.test(u)), 'the entry chunk').to.equal(true);
    expect(urls.some((u) => /^\/xr\.[0-9a-f]+\.js$/.test(u)), 'the XR chunk').to.equal(true);
  });

  it('leaves the generic controller fallback, oculus-touch-v2, WGSL shaders and source maps out of the precache', () => {
    const urls = precache.map((f) => f.url);
    expect(urls.filter((u) => /generic-trigger-squeeze-thumbstick|oculus-touch-v2/.test(u))).to.deep.equal([]);
    expect(urls.filter((u) => u.endsWith('.map'))).to.deep.equal([]);
    const wgsl = modulesWithChunks(stats).filter((m) => /ShadersWGSL/.test(m.name)).map((m) => m.name);
    expect(wgsl, 'WebGPU shaders built for a WebGL2 engine').to.deep.equal([]);
  });

  it('leaves the PBR materials and their shaders out of the precache (no model the hall loads uses them)', () => {
    const pbr = [/[\\/]PBR[\\/](pbr|openpbr)(Base)?Material\.pure\.js$/i, /[\\/]Shaders[\\/](pbr|openpbr)\.(vertex|fragment)\.js$/];
    const pbrChunks = chunksHolding(stats, pbr);
    expect(pbrChunks.size, 'the PBR chunks were found in the build').to.be.at.least(2);
    const files = (stats.chunks ?? []).filter((c) => pbrChunks.has(c.id ?? '')).flatMap((c) => c.files ?? []);
    const urls = precache.map((f) => f.url);
    expect(files.filter((f) => urls.includes(`/${f}`)), 'precached PBR chunks').to.deep.equal([]);
  });

  it('precaches every chunk the app reaches through the imports it runs: the app after the first frame, GUI, glTF, XR', () => {
    const urls = precache.map((f) => f.url);
    for (const name of ['hall-app', 'panel-gui', 'gltf', 'xr']) expect(urls.some((u) => new RegExp(`^/${name}\\.[0-9a-f]+\\.js$`).test(u)), name).to.equal(true);
  });

  it(`keeps the JS before the first desktop frame within ${kb(clientBudgets.firstFrameJsGzipBytes)} gzip (raise only in src/pwa/budgets.ts)`, async () => {
    const files = firstFrameFiles(stats);
    expect(files.length, 'the entry chunk was found').to.be.at.least(1);
    expect(chunksHolding(stats, firstFrameShaderModules).size, 'the default shaders were found').to.be.at.least(1);
    const sizes = await Promise.all(files.map(async (f) => ({ f, gzip: gzipSync(await readFile(path.join(outDir, f)), { level: 9 }).length })));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    expect(total, sizes.map((s) => `${s.f} ${kb(s.gzip)}`).join(', ')).to.be.at.most(clientBudgets.firstFrameJsGzipBytes);
  });
});
