import path from 'node:path';
import { pathToFileURL } from 'node:url';
import webpack, { type Configuration, type Stats } from 'webpack';
import { repoRoot } from './appServer';

/** Options for {@link buildApp}. */
export interface BuildAppOptions {
  /** Where to write the build (never the shared dist/). */
  outDir: string;
  /** Replace the app's `main` entry with this file (absolute path), e.g. a bare Babylon scene for the bench.
   *  Outside the repo, write it as plain ES module JavaScript: the repo's tsconfig does not reach it. */
  mainEntry?: string;
  /** Build only the visitor app (skip the officer console entry). */
  onlyMain?: boolean;
  /** webpack mode; production by default (what visitors get). */
  mode?: 'production' | 'development';
}

/**
 * Builds the app with the project's own webpack.config.js into `outDir`, optionally with another main
 * entry, so the bench and the PWA tests can compare builds made the same way without touching dist/.
 */
export async function buildApp(options: BuildAppOptions): Promise<Stats> {
  const configModule = (await import(pathToFileURL(path.join(repoRoot, 'webpack.config.js')).href)) as {
    default: (env: Record<string, unknown>, argv: { mode: string }) => Configuration;
  };
  const mode = options.mode ?? 'production';
  const config = configModule.default({}, { mode });
  config.context = repoRoot;
  config.output = { ...config.output, path: options.outDir };
  if (mode === 'development') config.devtool = 'cheap-module-source-map'; // no eval: the CSP forbids it
  if (options.mainEntry) {
    config.entry = { ...(config.entry as Record<string, string>), main: options.mainEntry };
    // The entry may live outside the repo (a temp dir): resolve packages and loaders from the repo.
    config.resolve = { ...config.resolve, modules: [path.join(repoRoot, 'node_modules'), 'node_modules'] };
    config.resolveLoader = { modules: [path.join(repoRoot, 'node_modules'), 'node_modules'] };
    // Let the plain-JS entry import Babylon's deep paths without extensions, as the app's TypeScript does.
    config.module = { ...config.module, rules: [...(config.module?.rules ?? []), { test: /\.js$/, include: path.dirname(options.mainEntry), resolve: { fullySpecified: false } }] };
  }
  if (options.onlyMain) {
    config.entry = { main: (config.entry as Record<string, string>).main };
    config.plugins = (config.plugins ?? []).filter(
      (plugin) => (plugin as { userOptions?: { filename?: string } } | null)?.userOptions?.filename !== 'officer.html',
    );
  }
  const compiler = webpack(config);
  const stats = await new Promise<Stats>((resolve, reject) => {
    compiler.run((error, result) => {
      if (error || !result) reject(error ?? new Error('webpack returned no stats'));
      else resolve(result);
    });
  });
  await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())));
  if (stats.hasErrors()) throw new Error(`webpack build into ${options.outDir} failed:\n${stats.toString({ all: false, errors: true })}`);
  return stats;
}
