import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../support/freePort';
import { startStaticServer, type RunningServer } from './staticServer';

/** Repository root, for tests that need dist/ or src/. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Which server the e2e tests run against. */
export type AppServerKind = 'static' | 'node';

/** Polls `url` until it answers below 500, the process exits, or `timeoutMs` passes (a condition wait, not a sleep). */
export async function waitForHttp(url: string, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no attempt';
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit) throw new Error(`App server exited before it answered: ${exit}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`App server at ${url} did not answer within ${timeoutMs} ms (${lastError})`);
}

/**
 * Starts the built app on a free port at http://localhost (a secure context, unlike 127.0.0.1 for
 * Babylon's XR button). `kind: 'node'` runs the real server (`tsx src/server/main.ts`, with a fresh data dir
 * under the OS temp dir, removed on close); `'static'` serves dist/ with the test's own static server. Default: `E2E_SERVER`
 * env var, else 'node' when src/server/main.ts exists, else 'static'. Needs a prior `npm run build`
 * (`dist` / `E2E_DIST` point at another build output, e.g. the bench's temporary builds).
 */
export async function startAppServer(
  options: { kind?: AppServerKind; env?: Record<string, string>; dist?: string; port?: number; dataDir?: string } = {},
): Promise<RunningServer> {
  const dist = path.resolve(repoRoot, options.dist ?? process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/index.html missing: run `npm run build` first');
  const serverEntry = path.join(repoRoot, 'src/server/main.ts');
  const kind = options.kind ?? (process.env.E2E_SERVER as AppServerKind | undefined) ?? (existsSync(serverEntry) ? 'node' : 'static');
  if (kind === 'static') return startStaticServer({ root: dist });

  // A given port and data dir (a restart of the same server: same origin, same database) stay after close.
  const port = options.port ?? (await freePort('localhost'));
  const keepData = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'hall-e2e-data-')));
  const removeData = () => (keepData ? Promise.resolve() : rm(dataDir, { recursive: true, force: true }));
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  const child = spawn(tsx, [serverEntry], {
    cwd: repoRoot,
    env: { ...process.env, DIST_DIR: dist, PORT: String(port), HOST: 'localhost', DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exit: string | null = null;
  child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
  child.on('exit', (code, signal) => { exit = `code ${code} signal ${signal}\n${output.slice(-2000)}`; });
  const origin = `http://localhost:${port}`;
  try {
    // Generous: tsx compiles the server and PGlite starts up, which took over a minute on the busy 2-core test machine.
    await waitForHttp(`${origin}/`, 240_000, () => exit);
  } catch (error) {
    child.kill('SIGTERM');
    await removeData();
    throw error;
  }
  return {
    origin,
    port,
    close: async () => {
      if (exit === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      await removeData();
    },
  };
}
