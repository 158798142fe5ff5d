/**
 * Live consultation over real WebSockets on both storage engines (issue 11): tokens and sign-in, presence and
 * queues with positions, accept, relayed signalling and chat, consent, transfer, hang-up on both sides, audit.
 */
import { expect } from 'chai';
import { signIn } from '../security/support/officerKit';
import { ENGINES, startTestServer, type TestServer } from '../server/support/testServer';
import { alwaysOpen, connect, connectCitizen, connectOfficer, neverOpen, type LiveClient } from './support/liveClient';
import type { OfficeHours } from '../../../src/shared/live/officeHours';

for (const engine of ENGINES) {
  describe(`live consultation (${engine})`, function () {
    // Each test boots a fresh database (PGlite's WASM start and scrypt log-ins are slow on a loaded 2-core machine).
    this.timeout(240_000);
    const ctx: { s?: TestServer; origin: string; clients: LiveClient[] } = { origin: '', clients: [] };

    async function boot(hours: OfficeHours = alwaysOpen()) {
      ctx.s = await startTestServer(engine, { live: { officeHours: hours } });
      const address = await ctx.s.app.listen({ port: 0, host: '127.0.0.1' });
      ctx.origin = address;
    }
    const track = (c: LiveClient) => (ctx.clients.push(c), c);
    const citizen = async () => track(await connectCitizen(ctx.origin));
    const officer = async (name: string, units: string[]) => {
      const o = await signIn(ctx.s!, name, 'officer', units);
      return track(await connectOfficer(ctx.origin, o.cookie));
    };
    const available = async (o: LiveClient) => {
      o.mark();
      o.send({ t: 'presence', status: 'available' });
      await o.next((m) => m.t === 'state' && m.presence === 'available');
    };

    /** A citizen's call to kependudukan, accepted by the officer rina: the start of every in-call test. */
    const acceptedCall = async () => {
      await boot();
      const rina = await officer('rina', ['kependudukan']);
      await available(rina);
      const c = await citizen();
      c.send({ t: 'call', unit: 'kependudukan' });
      const { callId } = await c.next((m) => m.t === 'queued');
      rina.send({ t: 'accept', callId });
      await c.next((m) => m.t === 'accepted');
      return { rina, c, callId };
    };

    afterEach(async () => {
      for (const c of ctx.clients.splice(0)) await c.close();
      await ctx.s?.close();
      ctx.s = undefined;
    });

    it('refuses a socket without a valid token, and the officer socket without a session', async () => {
      await boot();
      const c = track(await connect(`${ctx.origin.replace('http', 'ws')}/api/live/socket`));
      c.send({ t: 'hello', token: 'made-up-token' });
      expect((await c.next((m) => m.t === 'error')).code).to.equal('unauthenticated');
      expect(await c.closed).to.equal(4401);
      const refused = await connect(`${ctx.origin.replace('http', 'ws')}/api/officer/live`).then(() => 'opened', (e: Error) => e.message);
      expect(refused).to.equal('upgrade refused: 401');
      const supervisor = await signIn(ctx.s!, 'sari', 'supervisor');
      const forbidden = await connect(`${ctx.origin.replace('http', 'ws')}/api/officer/live`, { cookie: supervisor.cookie }).then(() => 'opened', (e: Error) => e.message);
      expect(forbidden).to.equal('upgrade refused: 403');
    });

    it('a token opens one socket only', async () => {
      await boot();
      const res = await fetch(`${ctx.origin}/api/live/token`, { method: 'POST' });
      expect(res.status).to.equal(201);
      const { token } = (await res.json()) as { token: string };
      const first = track(await connect(`${ctx.origin.replace('http', 'ws')}/api/live/socket`));
      first.send({ t: 'hello', token });
      await first.next((m) => m.t === 'ready');
      const second = track(await connect(`${ctx.origin.replace('http', 'ws')}/api/live/socket`));
      second.send({ t: 'hello', token });
      expect((await second.next((m) => m.t === 'error')).code).to.equal('unauthenticated');
    });

    it('outside office hours, or with no officer on duty, the call is refused with the reason', async () => {
      await boot(neverOpen());
      const c = await citizen();
      c.send({ t: 'call', unit: 'kependudukan' });
      expect((await c.next((m) => m.t === 'error')).code).to.equal('closed');
      const hours = (await (await fetch(`${ctx.origin}/api/live/hours`)).json()) as { units: Record<string, { open: boolean }> };
      expect(hours.units.kependudukan.open).to.equal(false);
      await ctx.s!.close();
      await boot();
      const d = await citizen();
      d.send({ t: 'call', unit: 'kependudukan' });
      expect((await d.next((m) => m.t === 'error')).code).to.equal('no_officer');
    });

    it('the hours route names the units with an officer on duty (elsewhere the kiosk offers "leave a message")', async () => {
      await boot();
      const onDuty = async () => ((await (await fetch(`${ctx.origin}/api/live/hours`)).json()) as { onDuty: string[] }).onDuty;
      expect(await onDuty()).to.deep.equal([]);
      const rina = await officer('rina', ['kependudukan', 'pajak']);
      expect(await onDuty(), 'signed in but away').to.deep.equal([]);
      await available(rina);
      expect(await onDuty()).to.deep.equal(['kependudukan', 'pajak']);
      rina.mark();
      rina.send({ t: 'presence', status: 'away' });
      await rina.next((m) => m.t === 'state' && m.presence === 'away');
      expect(await onDuty()).to.deep.equal([]);
    });

    it('call, accept, signalling and chat both ways, hang-up ends both sides and is audited', async () => {
      await boot();
      const rina = await officer('rina', ['kependudukan']);
      await available(rina);
      const c = await citizen();
      c.send({ t: 'call', unit: 'kependudukan' });
      const queued = await c.next((m) => m.t === 'queued');
      expect(queued.position).to.equal(1);
      expect(queued.estimateMinutes).to.be.a('number').greaterThan(0);
      const state = await rina.next((m) => m.t === 'state' && (m.queue as unknown[]).length === 1);
      const callId = (state.queue as { callId: string }[])[0].callId;
      expect(callId).to.equal(queued.callId);

      rina.send({ t: 'accept', callId });
      const accepted = await c.next((m) => m.t === 'accepted');
      expect(accepted.officer).to.deep.equal({ name: 'rina', unit: 'kependudukan' });
      await rina.next((m) => m.t === 'call' && m.callId === callId);

      rina.send({ t: 'signal', callId, data: { description: { type: 'offer', sdp: 'v=0 offer' } } });
      expect((await c.next((m) => m.t === 'signal')).data).to.deep.equal({ description: { type: 'offer', sdp: 'v=0 offer' } });
      c.send({ t: 'signal', data: { description: { type: 'answer', sdp: 'v=0 answer' } } });
      expect((await rina.next((m) => m.t === 'signal')).data).to.deep.equal({ description: { type: 'answer', sdp: 'v=0 answer' } });
      c.send({ t: 'chat', text: ' Selamat pagi ' });
      expect(await rina.next((m) => m.t === 'chat')).to.include({ callId, from: 'citizen', text: 'Selamat pagi' });
      rina.send({ t: 'chat', callId, text: 'Ada yang bisa saya bantu?' });
      expect(await c.next((m) => m.t === 'chat')).to.include({ from: 'officer', text: 'Ada yang bisa saya bantu?' });

      c.send({ t: 'hangup' });
      expect((await c.next((m) => m.t === 'ended')).reason).to.equal('hangup');
      expect(await rina.next((m) => m.t === 'ended')).to.include({ callId, reason: 'hangup' });
      const rows = await ctx.s!.db.query<{ officer: string; action: string; target: string; detail: Record<string, unknown> }>(
        "SELECT officer, action, target, detail FROM audit_log WHERE action LIKE 'live.%' ORDER BY id",
      );
      expect(rows.map((r) => r.action)).to.deep.equal(['live.accept', 'live.call']);
      expect(rows[1]).to.include({ officer: 'rina', target: callId });
      expect(rows[1].detail).to.include({ unit: 'kependudukan', reason: 'hangup' });
      expect(rows[1].detail.seconds).to.be.a('number');
      expect(JSON.stringify(rows)).not.to.include('Selamat pagi');
    });

    it('queue: two citizens, one officer; places update and the second is answered after the first ends', async () => {
      await boot();
      const rina = await officer('rina', ['kependudukan']);
      await available(rina);
      const first = await citizen();
      first.send({ t: 'call', unit: 'kependudukan' });
      const q1 = await first.next((m) => m.t === 'queued');
      const second = await citizen();
      second.send({ t: 'call', unit: 'kependudukan' });
      expect((await second.next((m) => m.t === 'queued')).position).to.equal(2);
      rina.send({ t: 'accept', callId: q1.callId });
      await first.next((m) => m.t === 'accepted');
      second.mark();
      expect((await second.next((m) => m.t === 'queued')).position).to.equal(1);
      const next = await rina.next((m) => m.t === 'state' && (m.queue as unknown[]).length === 1 && (m.queue as { callId: string }[])[0].callId !== q1.callId);
      rina.send({ t: 'accept', callId: (next.queue as { callId: string }[])[0].callId });
      expect((await rina.next((m) => m.t === 'error')).code).to.equal('busy');
      rina.send({ t: 'hangup', callId: q1.callId });
      await first.next((m) => m.t === 'ended');
      rina.send({ t: 'accept', callId: (next.queue as { callId: string }[])[0].callId });
      expect((await second.next((m) => m.t === 'accepted')).officer).to.deep.equal({ name: 'rina', unit: 'kependudukan' });
    });

    it('a citizen may leave the queue; an officer of another unit cannot take the call; transfer hands it over', async () => {
      await boot();
      const rina = await officer('rina', ['kependudukan']);
      const budi = await officer('budi', ['perizinan']);
      await available(rina);
      await available(budi);
      const leaver = await citizen();
      leaver.send({ t: 'call', unit: 'kependudukan' });
      await leaver.next((m) => m.t === 'queued');
      leaver.send({ t: 'leave' });
      expect((await leaver.next((m) => m.t === 'ended')).reason).to.equal('left');
      const c = await citizen();
      c.send({ t: 'call', unit: 'kependudukan' });
      const { callId } = await c.next((m) => m.t === 'queued');
      budi.send({ t: 'accept', callId });
      expect((await budi.next((m) => m.t === 'error')).code).to.equal('forbidden');
      rina.send({ t: 'accept', callId });
      await c.next((m) => m.t === 'accepted');
      c.mark();
      budi.mark();
      rina.send({ t: 'transfer', callId, unit: 'perizinan' });
      expect(await rina.next((m) => m.t === 'ended')).to.include({ callId, reason: 'transferred' });
      expect((await c.next((m) => m.t === 'queued')).position).to.equal(1);
      await budi.next((m) => m.t === 'state' && (m.queue as { callId: string }[]).some((q) => q.callId === callId));
      budi.send({ t: 'accept', callId });
      expect((await c.next((m) => m.t === 'accepted')).officer).to.deep.equal({ name: 'budi', unit: 'perizinan' });
      const transfers = await ctx.s!.db.query<{ detail: { unit: string } }>("SELECT detail FROM audit_log WHERE action = 'live.transfer'");
      expect(transfers.map((r) => r.detail.unit)).to.deep.equal(['perizinan']);
    });

    it('the officer sees service and step only with consent, the form only with the second consent', async () => {
      const { rina, c, callId } = await acceptedCall();
      const context = { serviceId: 'akta-kelahiran', step: 'form', form: { fullName: 'Andi Baso' } };
      c.send({ t: 'context', context });
      rina.send({ t: 'highlight', callId, field: 'nik' });
      c.send({ t: 'chat', text: 'marker 1' });
      await rina.next((m) => m.t === 'chat' && m.text === 'marker 1');
      expect(rina.received.some((m) => m.t === 'context')).to.equal(false);
      c.send({ t: 'consent', context: true, form: false });
      c.send({ t: 'context', context });
      expect((await rina.next((m) => m.t === 'context')).context).to.deep.equal({ serviceId: 'akta-kelahiran', step: 'form' });
      rina.mark();
      c.send({ t: 'consent', context: true, form: true });
      c.send({ t: 'context', context });
      expect((await rina.next((m) => m.t === 'context')).context).to.deep.equal(context);
      rina.send({ t: 'highlight', callId, field: 'nik' });
      expect((await c.next((m) => m.t === 'highlight')).field).to.equal('nik');
      expect(c.received.filter((m) => m.t === 'highlight')).to.have.length(1);
    });

    it('closing the kiosk socket ends the call on the officer side; malformed messages are refused', async () => {
      const { rina, c, callId } = await acceptedCall();
      c.ws.send('{not json');
      expect((await c.next((m) => m.t === 'error')).code).to.equal('bad_message');
      c.send({ t: 'chat', text: 'x'.repeat(501) });
      await c.close();
      expect(await rina.next((m) => m.t === 'ended')).to.include({ callId, reason: 'disconnected' });
    });

    it('a server shut down right after a kiosk leaves still ends the call and writes its audit row first', async () => {
      const { c, callId } = await acceptedCall();
      await c.close();
      await ctx.s!.app.close();
      const rows = await ctx.s!.db.query<{ target: string }>("SELECT target FROM audit_log WHERE action = 'live.call'");
      expect(rows.map((r) => r.target)).to.deep.equal([callId]);
    });
  });
}
