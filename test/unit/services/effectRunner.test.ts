import { expect } from 'chai';
import { createEffectRunner, failureOf } from '../../../src/services/effectRunner';
import type { FlowAction } from '../../../src/services/flowActions';
import { FakePort, apiError, networkError } from './flowHarness';

/** A runner on a fake port whose `method` answers only when released, recording what it dispatches. */
function heldRunner(method: string) {
  let release: (v: unknown) => void = () => {};
  const port = new FakePort();
  port.script[method] = [new Promise((r) => (release = r))];
  const seen: FlowAction[] = [];
  const runner = createEffectRunner(port, async (a) => void seen.push(a));
  return { port, seen, runner, release: (v: unknown) => release(v) };
}

describe('effect runner', () => {
  it('classifies each failure once: network, retryable server trouble, or a refusal', () => {
    expect(failureOf(networkError())).to.deep.equal({ kind: 'network' });
    expect(failureOf(apiError(503, 'unavailable'))).to.deep.equal({ kind: 'retry' });
    expect(failureOf(apiError(429, 'rate_limited'))).to.deep.equal({ kind: 'retry' });
    expect(failureOf(apiError(409, 'idempotency_in_progress'))).to.deep.equal({ kind: 'retry' });
    expect(failureOf(new TypeError('boom'))).to.deep.equal({ kind: 'retry' });
    expect(failureOf(apiError(400, 'nik_format', 'values.nik', 'NIK salah'))).to.deep.equal({
      kind: 'refused',
      status: 400,
      code: 'nik_format',
      field: 'values.nik',
      message: 'NIK salah',
    });
  });

  it('feeds an answer back as an action, with the body and key it was given', async () => {
    const port = new FakePort();
    const seen: FlowAction[] = [];
    const runner = createEffectRunner(port, async (a) => void seen.push(a));
    await runner.run([{ type: 'call', call: { kind: 'complaint', key: 'k-1', body: { category: 'x', location: 'y', description: 'z', anonymous: true, consent: true } } }]);
    expect(port.of('submitComplaint').map((c) => c.key)).to.deep.equal(['k-1']);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({ type: 'answered' });
  });

  it('drops the outcome of a call that was in flight when the visit was abandoned', async () => {
    const { port, seen, runner, release } = heldRunner('getStatus');
    const running = runner.run([{ type: 'call', call: { kind: 'status', code: 'K7QM-4ZTX' } }]);
    await runner.run([{ type: 'abandon' }]);
    release(null);
    await running;
    expect(port.of('getStatus')).to.have.length(1);
    expect(seen).to.deep.equal([]);
  });

  it('runs slot loads in the background: run resolves at once, settled when the slots are in', async () => {
    const { seen, runner, release } = heldRunner('getSlots');
    await runner.run([{ type: 'call', call: { kind: 'slots', locationId: 'mpp-makassar', date: '2026-11-30' } }]);
    expect(seen).to.deep.equal([]);
    release([]);
    await runner.settled();
    expect(seen).to.deep.equal([{ type: 'answered', answer: { kind: 'slots', locationId: 'mpp-makassar', date: '2026-11-30', value: [] } }]);
  });
});
