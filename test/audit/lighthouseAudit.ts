/**
 * `npm run audit`: Lighthouse 12.2 (the last line that runs on Node 20) scores the desktop hall and the
 * officer console for accessibility and best practices, in Debian's Chromium through chrome-launcher.
 * An audit, not a test: it prints the scores and every audit that lost points, against the goal of 95.
 * Needs a build (`npm run build`); serves dist/ with the real server on a free port, like the e2e tests.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { startAppServer } from '../e2e/support/appServer';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium';

/** The pages the issue names, and the score each category should reach. */
const PAGES = [
  { name: 'desktop hall', path: '/' },
  { name: 'officer console', path: '/officer' },
];
const GOAL = 95;
const CATEGORIES = ['accessibility', 'best-practices'];

/** The audits of a category that did not score full marks, as "id (score): title". */
function lostPoints(lhr: Result, category: string): string[] {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${a.score}): ${a.title}`);
}

async function main(): Promise<void> {
  const server = await startAppServer({ kind: 'node' });
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  let failed = false;
  try {
    for (const page of PAGES) {
      const result = await lighthouse(`${server.origin}${page.path}`, {
        port: chrome.port,
        onlyCategories: CATEGORIES,
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: 'provided',
        // The hall renders every frame in software here; give its load room on a busy machine.
        maxWaitForLoad: 120_000,
        logLevel: 'error',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const trouble = result.lhr.runtimeError ?? result.lhr.runWarnings[0];
      if (trouble) process.stdout.write(`${page.name}: Lighthouse says ${typeof trouble === 'string' ? trouble : `${trouble.code}: ${trouble.message}`}\n`);
      for (const category of CATEGORIES) {
        const score = Math.round((result.lhr.categories[category].score ?? 0) * 100);
        failed ||= score < GOAL;
        process.stdout.write(`${page.name.padEnd(16)} ${category.padEnd(15)} ${String(score).padStart(3)} / 100 ${score >= GOAL ? 'ok' : `below ${GOAL}`}\n`);
        for (const lost of lostPoints(result.lhr, category)) process.stdout.write(`    - ${lost}\n`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  if (failed) process.stdout.write(`\nSome scores are below ${GOAL}.\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
