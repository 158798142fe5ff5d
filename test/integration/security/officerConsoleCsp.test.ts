/** Issue 10, Low: the officer console gets its own stricter CSP, and its page and code use no inline styles. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/contentSecurityPolicy';
import { OFFICER_CONTENT_SECURITY_POLICY } from '../../../src/server/officerContentSecurityPolicy';
import { ENGINES, ROOT, startTestServer, type TestServer } from '../server/support/testServer';

/** A dist/ holding the real console page and the app page. */
function fakeDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hall-officer-csp-'));
  writeFileSync(path.join(dir, 'officer.html'), readFileSync(path.join(ROOT, 'static/officer.html')));
  writeFileSync(path.join(dir, 'officer.css'), readFileSync(path.join(ROOT, 'static/officer.css')));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>hall</title>');
  return dir;
}

for (const engine of ENGINES) {
  describe(`officer console CSP (${engine})`, function () {
    this.timeout(600_000);
    let s: TestServer;
    before(async () => {
      s = await startTestServer(engine, { distDir: fakeDist() });
    });
    after(async () => {
      await s?.close();
    });

    it('serves the console, however its path is spelled, without wasm-unsafe-eval, blob: or inline styles', async () => {
      for (const url of ['/officer', '/officer.html', '/%6Ffficer', '/api/officer/session']) {
        const res = await s.app.inject(url);
        const csp = String(res.headers['content-security-policy']);
        expect(csp, url).to.equal(OFFICER_CONTENT_SECURITY_POLICY);
        expect(csp, url).to.not.match(/wasm-unsafe-eval|blob:|unsafe-inline|unsafe-eval/);
      }
      expect((await s.app.inject('/officer')).body).to.include('href="/officer.css"');
      expect((await s.app.inject('/officer.css')).statusCode).to.equal(200);
      expect((await s.app.inject('/')).headers['content-security-policy'], 'the 3D app keeps its own policy').to.equal(CONTENT_SECURITY_POLICY);
    });

    it('has no inline style element or attribute in the console page or code', () => {
      const html = readFileSync(path.join(ROOT, 'static/officer.html'), 'utf8');
      expect(html).to.not.match(/<style|\sstyle=/i);
      const files = readdirSync(path.join(ROOT, 'src/officer'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
      expect(files.map((f) => f.name), 'the live panel is checked too').to.include('livePanel.ts');
      for (const f of files) {
        const file = path.relative(ROOT, path.join(f.parentPath, f.name));
        const code = readFileSync(path.join(f.parentPath, f.name), 'utf8');
        expect(code, file).to.not.match(/\bstyle\s*[:=]|\.style\b|cssText|insertRule/);
      }
    });
  });
}
