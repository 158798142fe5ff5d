import { expect } from 'chai';
import { drawQueueNumber } from '../../../src/server/queueNumbers';
import type { Queryable } from '../../../src/server/storage/db';

/** A database whose first `failures` numbering statements fail with `code`, then number each item `A-<id>`. */
function failingDb(code: string, failures: number): Queryable & { calls: number } {
  const db = {
    calls: 0,
    async query<T>(_sql: string, params?: unknown[]): Promise<T[]> {
      db.calls++;
      if (db.calls <= failures) throw Object.assign(new Error('statement failed'), { code });
      return (params![0] as number[]).map((id) => ({ id, n: `A-${id}` })) as T[];
    },
  };
  return db as unknown as Queryable & { calls: number };
}

describe('drawQueueNumber: a numbering statement that loses a deadlock', () => {
  it('runs it again once, so the citizen gets the number of an item already filed', async () => {
    const db = failingDb('40P01', 1);
    expect(await drawQueueNumber(db, 7)).to.equal('A-7');
    expect(db.calls).to.equal(2);
  });

  it('does not hide any other failure, nor a second deadlock', async () => {
    const other = failingDb('57P01', 1);
    const err = await drawQueueNumber(other, 8).then(() => null, (e: { code?: string }) => e);
    expect(err?.code).to.equal('57P01');
    expect(other.calls).to.equal(1);
    const twice = failingDb('40P01', 2);
    const again = await drawQueueNumber(twice, 9).then(() => null, (e: { code?: string }) => e);
    expect(again?.code).to.equal('40P01');
    expect(twice.calls).to.equal(2);
  });
});
