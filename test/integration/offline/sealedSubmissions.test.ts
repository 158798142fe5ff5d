import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { generateTrackingCode } from '../../../src/shared/trackingCode';
import { sealSubmission, type SubmissionPublicKey } from '../../../src/shared/submissionEnvelope';
import { loadOrCreateSubmissionKeys, SUBMISSION_KEY_FILE } from '../../../src/server/submissionKeys';
import { validBodies } from '../server/support/fixtures';
import { ENGINES, newKey, startTestServer, type TestServer } from '../server/support/testServer';

const freshCode = () => generateTrackingCode((n) => crypto.getRandomValues(new Uint8Array(n)));

for (const engine of ENGINES) {
  describe(`offline-first submissions on the server (${engine})`, function () {
    let s: TestServer;
    let key: SubmissionPublicKey;
    before(async () => {
      s = await startTestServer(engine);
      key = (await s.app.inject('/api/submission-key')).json();
    });
    after(async () => {
      await s?.close();
    });

    const post = (url: string, body: unknown, idem = newKey()) =>
      s.app.inject({ method: 'POST', url, payload: body as object, headers: { 'idempotency-key': idem } });
    const filedCount = async (code: string) => Number((await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE tracking_code = $1', [code]))[0].n);

    it('serves the public key only, as a P-256 JWK with its id', async () => {
      expect(key.kid).to.match(/^[A-Za-z0-9_-]{16}$/);
      expect(key.jwk).to.include({ kty: 'EC', crv: 'P-256' });
      expect(key.jwk).to.not.have.property('d');
      // The same key served with the app, for the service worker to cache.
      expect((await s.app.inject('/submission-key.json')).json()).to.deep.equal(key);
    });

    it("files under the client's proposed code and keeps the client's time beside the receipt time", async () => {
      const code = freshCode();
      const submittedAt = '2026-11-30T01:02:03.000Z';
      const res = await post('/api/requests', { ...validBodies().createRequest, trackingCode: code, submittedAt });
      expect(res.statusCode, res.body).to.equal(201);
      expect(res.json().trackingCode).to.equal(code);
      const [row] = await s.db.query<{ submitted_at: Date; created_at: Date }>('SELECT submitted_at, created_at FROM items WHERE tracking_code = $1', [code]);
      expect(new Date(row.submitted_at).toISOString()).to.equal(submittedAt);
      expect(new Date(row.created_at).getTime()).to.be.greaterThan(new Date(submittedAt).getTime());
      expect((await s.app.inject(`/api/status/${code}`)).json().trackingCode).to.equal(code);
    });

    it('answers a taken proposed code with 409 tracking_code_taken, but replays its own filing under the same key', async () => {
      const code = freshCode();
      const idem = newKey();
      const body = { ...validBodies().createComplaint, trackingCode: code };
      expect((await post('/api/complaints', body, idem)).statusCode).to.equal(201);
      const replay = await post('/api/complaints', body, idem);
      expect(replay.statusCode).to.equal(201);
      expect(replay.headers['idempotent-replayed']).to.equal('true');
      const other = await post('/api/complaints', { ...body, description: 'Another complaint under a code in use.' });
      expect(other.statusCode).to.equal(409);
      expect(other.json().error).to.include({ code: 'tracking_code_taken', field: 'trackingCode' });
      expect(await filedCount(code)).to.equal(1);
    });

    it('accepts a sealed body as the plain one: same key, same filing', async () => {
      const code = freshCode();
      const body = { ...validBodies().createRequest, trackingCode: code, submittedAt: new Date().toISOString() };
      const idem = newKey();
      const sealed = await post('/api/requests', { envelope: await sealSubmission(body, key, 'requests') }, idem);
      expect(sealed.statusCode, sealed.body).to.equal(201);
      const plainReplay = await post('/api/requests', body, idem);
      expect(plainReplay.headers['idempotent-replayed']).to.equal('true');
      expect(plainReplay.json().queueNumber).to.equal(sealed.json().queueNumber);
      expect(await filedCount(code)).to.equal(1);
    });

    it('files a sealed item replayed concurrently (two tabs) exactly once', async () => {
      const code = freshCode();
      const envelope = await sealSubmission({ ...validBodies().createComplaint, trackingCode: code }, key, 'complaints');
      const idem = newKey();
      const answers = await Promise.all([post('/api/complaints', { envelope }, idem), post('/api/complaints', { envelope }, idem)]);
      for (const a of answers) expect(a.statusCode, a.body).to.be.oneOf([201, 409]);
      expect(answers.some((a) => a.statusCode === 201)).to.equal(true);
      expect(await filedCount(code)).to.equal(1);
    });

    it('refuses an altered envelope, one sealed for another route, and one for an unknown key', async () => {
      const body = validBodies().createComplaint;
      const envelope = await sealSubmission(body, key, 'complaints');
      const flipped = envelope.ct.slice(0, -2) + (envelope.ct.endsWith('A') ? 'BA' : 'AA');
      expect((await post('/api/complaints', { envelope: { ...envelope, ct: flipped } })).json().error).to.include({ code: 'envelope_invalid', field: 'envelope' });
      expect((await post('/api/requests', { envelope })).json().error).to.include({ code: 'envelope_invalid' });
      const unknown = await post('/api/complaints', { envelope: { ...envelope, kid: 'AAAAAAAAAAAAAAAA' } });
      expect(unknown.statusCode).to.equal(400);
      expect(unknown.json().error).to.include({ code: 'envelope_key_unknown', field: 'envelope.kid' });
      expect((await post('/api/complaints', { envelope: { v: 2 } })).statusCode).to.equal(400);
    });

    it('documents the envelope and the code proposal in OpenAPI, with sealed examples accepted as they stand', async () => {
      const doc = (await s.app.inject('/api/openapi.json')).json();
      for (const p of ['/api/requests', '/api/complaints']) {
        const schema = doc.paths[p].post.requestBody.content['application/json'].schema;
        expect(schema.oneOf[0].properties).to.include.keys('trackingCode', 'submittedAt');
        expect(schema.oneOf[1].properties).to.have.keys('envelope');
        const [example] = schema.oneOf[1].examples;
        const res = await post(p, example);
        expect(res.statusCode, `${p}: ${res.body}`).to.equal(201);
      }
      expect(doc.paths['/api/submission-key'].get.operationId).to.equal('getSubmissionKey');
    });
  });
}

describe('the submission key pair in the data directory', () => {
  it('is created once, private to the server user, and the same on the next start', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hall-keys-'));
    try {
      const first = await loadOrCreateSubmissionKeys(dir);
      const again = await loadOrCreateSubmissionKeys(dir);
      expect(again.publicKey).to.deep.equal(first.publicKey);
      expect((await stat(path.join(dir, SUBMISSION_KEY_FILE))).mode & 0o777).to.equal(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
