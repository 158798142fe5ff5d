import { expect } from 'chai';
import { StatementBatcher } from '../../../src/server/statementBatcher';

/** A statement runner whose statements finish only when the test says so; records every batch it was given. */
function heldRunner() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const run = (inputs: number[]) => {
    batches.push(inputs);
    return new Promise<string[]>((resolve) => finish.push(() => resolve(inputs.map((n) => `#${n}`))));
  };
  return { batches, run, finishNext: () => finish.shift()?.() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('StatementBatcher: calls that arrive while a statement runs share the next one', () => {
  it('runs a lone call at once, then every call that waited in one statement, each with its own answer', async () => {
    const r = heldRunner();
    const batcher = new StatementBatcher(r.run, { inFlight: 1, maxBatch: 100 });
    const first = batcher.submit(1);
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    await settle();
    expect(r.batches).to.deep.equal([[1]]);
    r.finishNext();
    expect(await first).to.equal('#1');
    await settle();
    expect(r.batches).to.deep.equal([[1], [2, 3, 4]]);
    r.finishNext();
    expect(await Promise.all(later)).to.deep.equal(['#2', '#3', '#4']);
  });

  it('keeps at most `inFlight` statements running and at most `maxBatch` calls in one', async () => {
    const r = heldRunner();
    const batcher = new StatementBatcher(r.run, { inFlight: 2, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5, 6, 7].map((n) => batcher.submit(n));
    await settle();
    expect(r.batches, 'two lone calls start two statements; the rest wait').to.deep.equal([[1], [2]]);
    r.finishNext();
    await settle();
    expect(r.batches).to.deep.equal([[1], [2], [3, 4]]);
    r.finishNext();
    await settle();
    expect(r.batches).to.deep.equal([[1], [2], [3, 4], [5, 6]]);
    r.finishNext();
    r.finishNext();
    await settle();
    r.finishNext();
    expect(await Promise.all(all)).to.deep.equal(['#1', '#2', '#3', '#4', '#5', '#6', '#7']);
  });

  it("rejects every call of a failed statement with its error, and goes on with the next calls", async () => {
    let fail = true;
    const batcher = new StatementBatcher(
      async (inputs: number[]) => {
        if (fail) throw new Error('statement failed');
        return inputs.map((n) => n * 10);
      },
      { inFlight: 1, maxBatch: 10 },
    );
    const failed = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(failed.map((f) => f.status)).to.deep.equal(['rejected', 'rejected']);
    expect((failed[0] as PromiseRejectedResult).reason.message).to.equal('statement failed');
    fail = false;
    expect(await batcher.submit(3)).to.equal(30);
  });

  it('rejects a batch whose statement answered a different number of calls, rather than hand out wrong answers', async () => {
    const batcher = new StatementBatcher(async (inputs: number[]) => inputs.slice(1), { inFlight: 1, maxBatch: 10 });
    const settled = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(settled.map((x) => x.status)).to.deep.equal(['rejected', 'rejected']);
  });

  it('refuses limits below 1 (a batch of 0 would never end)', () => {
    expect(() => new StatementBatcher(async (i: number[]) => i, { inFlight: 1, maxBatch: 0 })).to.throw(RangeError);
    expect(() => new StatementBatcher(async (i: number[]) => i, { inFlight: 0, maxBatch: 5 })).to.throw(RangeError);
  });
});
