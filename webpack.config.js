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
 * the OpenPBR material (the glTF loader uses PBRMaterial unless `useOpenPBR`), glTF animation (no shipped model
 * is animated) and texture formats the hall does not ship (KTX, DDS, EXR, Basis, TGA, IES, HDR, .env).
 * Matched against the `import()` requests that create a chunk: a chunk is left out when all of them match,
 * so a chunk shared with code the booth runs stays in.
 */
const neverPrecachedImports = [
  /openpbr/i,
  /Animations[\\/]|glTFLoaderAnimation/,
  /(ktx|dds|exr|basis|tga|ies|hdr|env)TextureLoader/,
  /Misc[\\/](dds|tga|basis|environmentTextureTools|HighDynamicRange|exrLoader|khronosTextureContainer)/,
];

/**
 * Controller profiles outside the Quest 2/3/3S set (the generic fallback, oculus-touch-v2): fetched on first
 * use and cached then by the service worker's runtime route (src/pwa/serviceWorker.ts), never precached.
 */
const runtimeCachedProfiles = /^profiles[\\/](generic-trigger-squeeze-thumbstick|oculus-touch-v2)[\\/]/;

/** True when every `import()` that loads the asset's chunk is one of {@link neverPrecachedImports}. */
function isNeverRunChunk({ asset, compilation }) {
  for (const chunk of compilation.chunks) {
    if (!chunk.files.has(asset.name)) continue;
    const requests = [...chunk.groupsIterable].flatMap((group) => group.origins.map((origin) => origin.request ?? ''));
    return requests.length > 0 && requests.every((request) => neverPrecachedImports.some((re) => re.test(request)));
  }
  return false;
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
