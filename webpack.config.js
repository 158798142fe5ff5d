// One config for the app and the officer console, driven by --mode.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import workbox from 'workbox-webpack-plugin';
import webpack from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Lazy Babylon chunks a booth never runs, left out of the precache (a visit that needs one still fetches it):
 * the PBR and OpenPBR materials (every model the hall loads skips glTF materials: src/xr/controllerMaterials.ts),
 * glTF animation (no shipped model is animated) and texture formats the hall does not ship (KTX, DDS, EXR, Basis,
 * TGA, IES, HDR, .env).
 * Matched against the `import()` requests that create a chunk: a chunk is left out when no other `import()`
 * from code the booth runs loads it (see isNeverRunChunk), so a chunk shared with such code stays in.
 */
const neverPrecachedImports = [
  /openpbr/i,
  /PBR[\\/]pbrMaterial|pbrMaterialLoadingAdapter/,
  /Animations[\\/]|glTFLoaderAnimation/,
  /(ktx|dds|exr|basis|tga|ies|hdr|env)TextureLoader/,
  /Misc[\\/](dds|tga|basis|environmentTextureTools|HighDynamicRange|exrLoader|khronosTextureContainer)/,
];

/**
 * Controller profiles outside the Quest 2/3/3S set (the generic fallback, oculus-touch-v2): fetched on first
 * use and cached then by the service worker's runtime route (src/pwa/serviceWorker.ts), never precached.
 */
const runtimeCachedProfiles = /^profiles[\\/](generic-trigger-squeeze-thumbstick|oculus-touch-v2)[\\/]/;

/**
 * True when the asset's chunk cannot be reached from an entry through `import()`s other than
 * {@link neverPrecachedImports}: then it holds code a booth never runs (say the PBR shaders, imported only by
 * the PBR material), so it is left out of the precache. Memoised per compilation.
 */
function isNeverRunChunk({ asset, compilation }) {
  const chunk = [...compilation.chunks].find((c) => c.files.has(asset.name));
  return chunk ? !isReachable(compilation, chunk) : false;
}

const reachableChunks = new WeakMap();
const concatenatedInto = new WeakMap();

/** The chunks holding `module`, also when it was concatenated into another module (scope hoisting). */
function chunksOf(compilation, module) {
  if (!concatenatedInto.has(compilation)) {
    const outer = new Map();
    for (const m of compilation.modules) for (const inner of m.modules ?? []) outer.set(inner, m);
    concatenatedInto.set(compilation, outer);
  }
  const holder = concatenatedInto.get(compilation).get(module) ?? module;
  return [...compilation.chunkGraph.getModuleChunksIterable(holder)];
}

/** Whether an entry reaches `chunk`: it is initial, or one of its `import()`s is kept and sits in a reachable chunk. */
function isReachable(compilation, chunk, visiting = new Set()) {
  const known = reachableChunks.get(compilation) ?? new Map();
  reachableChunks.set(compilation, known);
  if (known.has(chunk)) return known.get(chunk);
  if (chunk.canBeInitial()) return true;
  if (visiting.has(chunk)) return false;
  visiting.add(chunk);
  const origins = [...chunk.groupsIterable].flatMap((group) => group.origins);
  const reachable = origins.some(
    (origin) =>
      !neverPrecachedImports.some((re) => re.test(origin.request ?? '')) &&
      origin.module &&
      chunksOf(compilation, origin.module).some((from) => isReachable(compilation, from, visiting)),
  );
  visiting.delete(chunk);
  // A "no" found while an ancestor was still open may be cut short by the cycle: only a top-level "no" is final.
  if (reachable || visiting.size === 0) known.set(chunk, reachable);
  return reachable;
}

export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the CSP (script-src 'self') forbids eval in every build.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      main: './src/main.ts',
      officer: './src/officer/main.ts',
      // The light status page a result's QR code opens (/status/<code>): no Babylon.
      status: './src/statusPage/main.ts',
    },
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // A WebGL2 engine never runs WGSL: Babylon's `import()` of WebGPU shaders becomes a rejected promise,
      // so those ~100 chunks (640 KB) are neither built nor precached.
      new webpack.IgnorePlugin({ resourceRegExp: /[\\/]ShadersWGSL[\\/]/, contextRegExp: /@babylonjs[\\/]core/ }),
      new HtmlWebpackPlugin({ template: 'static/index.html', filename: 'index.html', chunks: ['main'] }),
      new HtmlWebpackPlugin({ template: 'static/officer.html', filename: 'officer.html', chunks: ['officer'] }),
      new HtmlWebpackPlugin({ template: 'static/status.html', filename: 'status.html', chunks: ['status'] }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'static', to: '.', noErrorOnMissing: true, globOptions: { ignore: ['**/index.html', '**/officer.html', '**/status.html', '**/README.md'] } }],
      }),
      new workbox.InjectManifest({
        swSrc: './src/pwa/serviceWorker.ts',
        swDest: 'sw.js',
        // Hall models, hand meshes and the Quest controller profiles are precached too; the budget is
        // enforced by test/integration/build/budgets.test.ts (constants in src/pwa/budgets.ts).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Regular expressions first: workbox stops at the first function condition.
        exclude: [/\.map$/, /^officer/, /LICENSE/, runtimeCachedProfiles, isNeverRunChunk],
      }),
    ],
  };
};
