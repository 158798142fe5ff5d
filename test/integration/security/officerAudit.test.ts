/** Issue 10, finding 8: an append-only, hash-chained audit log, a command that verifies it, and the missing events. */
import { expect } from 'chai';
import { runOfficerCommand, bootstrapFirstAdmin } from '../../../src/server/officerCli';
import { purgeExpiredPersonalData } from '../../../src/server/retention';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';
import { auditRows, GOOD_PASSWORD, login, signIn, submitRequest, type Officer } from './support/officerKit';

for (const engine of ENGINES) {
  describe(`officer audit log (${engine})`, function () {
    this.timeout(600_000);
    let s: TestServer;
    let capil: Officer;

    /** Runs `--verify-audit` in-process; returns the exit code and the printed line. */
    const verify = async () => {
      const lines: string[] = [];
      const code = await runOfficerCommand(s.db, ['--verify-audit'], {}, (l) => lines.push(l));
      return { code, text: lines.join('\n') };
    };
    /** Runs SQL with the append-only trigger switched off, as a database owner tampering by hand would. */
    const tamper = async (sql: string, params: unknown[] = []) => {
      await s.db.transaction(async (tx) => {
        await tx.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
        await tx.query(sql, params);
        await tx.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
      });
    };

    before(async () => {
      s = await startTestServer(engine);
      expect(await bootstrapFirstAdmin(s.db, 'admin', GOOD_PASSWORD)).to.equal(true);
      capil = await signIn(s, 'capil', 'officer', ['kependudukan']);
      const code = await submitRequest(s);
      await capil.get(`/api/officer/items/${code}`);
      await capil.post(`/api/officer/items/${code}/status`, { status: 'processing', note: 'Berkas ibu Andi lengkap.' });
    });
    after(async () => {
      await s?.close();
    });

    it('verifies an intact chain, and names the first row after an edit or a deletion', async () => {
      expect(await verify()).to.deep.include({ code: 0 });
      const rows = await auditRows(s);
      const victim = rows.find((r) => r.action === 'status_change')!;
      await tamper("UPDATE audit_log SET detail = '{\"from\":\"received\",\"to\":\"completed\"}'::jsonb WHERE id = $1", [victim.id]);
      const edited = await verify();
      expect(edited.code).to.equal(1);
      expect(edited.text).to.include(`row id ${victim.id}`).and.include('edited');
      await tamper('UPDATE audit_log SET detail = $2::jsonb WHERE id = $1', [victim.id, JSON.stringify(victim.detail)]);
      expect((await verify()).code).to.equal(0);

      // A chain cannot notice its newest row going missing, so remove one in the middle.
      const middle = rows[rows.length - 2];
      const next = rows[rows.length - 1];
      const [full] = await s.db.query<Record<string, unknown>>('SELECT * FROM audit_log WHERE id = $1', [middle.id]);
      await tamper('DELETE FROM audit_log WHERE id = $1', [middle.id]);
      const deleted = await verify();
      expect(deleted.code).to.equal(1);
      expect(deleted.text).to.include(`row id ${next.id}`).and.include('removed');
      const cols = Object.keys(full);
      await tamper(`INSERT INTO audit_log (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`, cols.map((c) => (c === 'detail' || c === 'personal') && full[c] !== null ? JSON.stringify(full[c]) : full[c]));
      expect((await verify()).code).to.equal(0);
    });

    it('refuses UPDATE, DELETE and TRUNCATE in the database itself, but lets retention erase IPs and notes', async () => {
      const [row] = await s.db.query<{ id: number }>("SELECT id FROM audit_log WHERE action = 'status_change'");
      for (const sql of ["UPDATE audit_log SET action = 'nothing' WHERE id = $1", 'DELETE FROM audit_log WHERE id = $1']) {
        let error = '';
        await s.db.query(sql, [row.id]).catch((e: Error) => (error = e.message));
        expect(error, sql).to.include('append-only');
      }
      let truncate = '';
      await s.db.query('TRUNCATE audit_log').catch((e: Error) => (truncate = e.message));
      expect(truncate).to.include('append-only');
      await s.db.query('UPDATE audit_log SET ip = NULL, personal = NULL, salt = NULL WHERE id = $1', [row.id]);
      const [after] = await s.db.query<{ ip: string | null; personal: unknown }>('SELECT ip, personal FROM audit_log WHERE id = $1', [row.id]);
      expect(after).to.deep.equal({ ip: null, personal: null });
      expect((await verify()).code).to.equal(0);
    });

    it('logs reads, 401 and 403 answers, role changes, first-admin creation, command-line resets and purges', async () => {
      const kepala = await signIn(s, 'kepala', 'supervisor');
      const admin = await signIn(s, 'root', 'admin');
      await capil.get('/api/officer/items');
      await kepala.get('/api/officer/ikm');
      await admin.get('/api/officer/audit');
      await s.app.inject({ url: '/api/officer/items', remoteAddress: '198.51.100.99' });
      await capil.get('/api/officer/audit');
      await admin.post('/api/officer/accounts/kepala', { role: 'officer', units: ['pajak'] });
      const out: string[] = [];
      expect(await runOfficerCommand(s.db, ['--create-officer', 'capil', '--role', 'officer', '--units', 'kependudukan'], { OFFICER_PASSWORD: 'kapal phinisi di losari' }, (l) => out.push(l))).to.equal(0);
      expect(await runOfficerCommand(s.db, ['--create-officer', 'weak'], { OFFICER_PASSWORD: 'password1234' }, (l) => out.push(l))).to.equal(2);
      expect(out.join('\n')).to.include('refused');
      await s.db.query("UPDATE items SET created_at = now() - interval '400 days'");
      await purgeExpiredPersonalData(s.db, 365);
      const rows = await auditRows(s);
      const has = (action: string, pred: (r: (typeof rows)[number]) => boolean = () => true) => rows.some((r) => r.action === action && pred(r));
      expect(has('first_admin_created', (r) => r.target === 'admin' && r.officer === null)).to.equal(true);
      expect(has('list_items', (r) => r.officer === 'capil')).to.equal(true);
      expect(has('read_ikm', (r) => r.officer === 'kepala')).to.equal(true);
      expect(has('read_audit', (r) => r.officer === 'root')).to.equal(true);
      expect(has('unauthenticated', (r) => r.ip === '198.51.100.99' && r.detail.route === 'GET /api/officer/items')).to.equal(true);
      expect(has('forbidden', (r) => r.officer === 'capil' && r.detail.route === 'GET /api/officer/audit')).to.equal(true);
      expect(has('role_change', (r) => r.officer === 'root' && r.target === 'kepala')).to.equal(true);
      expect(has('cli_password_reset', (r) => r.target === 'capil')).to.equal(true);
      expect(has('retention_purge', (r) => Number(r.detail.items) >= 1)).to.equal(true);
      expect((await capil.get('/api/officer/items')).statusCode, 'the command-line reset ended the session').to.equal(401);
      expect((await verify()).code).to.equal(0);
    });

    it('keeps the user name a failed log-in tried out of the officer column', async () => {
      await login(s, 'capil', 'definitely not it', '198.51.100.77');
      await signIn(s, 'root', 'admin').then((a) => a.get('/api/officer/audit'));
      const failed = (await auditRows(s)).filter((r) => r.action === 'login_failed' && r.ip === '198.51.100.77');
      expect(failed).to.have.length(1);
      expect(failed[0]).to.include({ officer: null, attempted_username: 'capil' });
    });
  });
}
