// One config for the app and the officer console, driven by --mode.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import workbox from 'workbox-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));

export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the CSP (script-src 'self') forbids eval in every build.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      main: './src/main.ts',
      officer: './src/officer/main.ts',
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
      new HtmlWebpackPlugin({ template: 'static/index.html', filename: 'index.html', chunks: ['main'] }),
      new HtmlWebpackPlugin({ template: 'static/officer.html', filename: 'officer.html', chunks: ['officer'] }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'static', to: '.', noErrorOnMissing: true, globOptions: { ignore: ['**/index.html', '**/officer.html', '**/README.md'] } }],
      }),
      new workbox.InjectManifest({
        swSrc: './src/pwa/serviceWorker.ts',
        swDest: 'sw.js',
        // Hall models and hand meshes are precached too.
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        exclude: [/\.map$/, /^officer/, /LICENSE/],
      }),
    ],
  };
};
