/**
 * The API rate limit counts in the database, so several server processes of one city share it: a client cannot
 * multiply its budget by spreading requests over the processes behind the load balancer.
 */
import { expect } from 'chai';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../../src/server/createServer';
import type { Db } from '../../../src/server/storage/db';
import { ENGINES, openTestDb, testCatalogue } from '../server/support/testServer';

for (const engine of ENGINES) {
  describe(`edge: one rate limit across server processes (${engine})`, function () {
    let db: Db;
    let a: FastifyInstance;
    let b: FastifyInstance;
    before(async () => {
      db = await openTestDb(engine);
      const catalogue = await testCatalogue();
      a = await createServer({ db, catalogue, rateLimitPerMinute: 4 });
      b = await createServer({ db, catalogue, rateLimitPerMinute: 4 });
      await Promise.all([a.ready(), b.ready()]);
    });
    after(async () => {
      await a?.close();
      await b?.close();
      await db?.close();
    });

    it('counts requests to two servers on one database together', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await (i % 2 ? b : a).inject({ url: '/api/health', remoteAddress: '198.51.100.90' })).statusCode);
      expect(statuses).to.deep.equal([200, 200, 200, 200, 429, 429]);
    });

    it('counts unknown /api paths too, so route probing is limited', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await a.inject({ url: `/api/probe-${i}`, remoteAddress: '198.51.100.91' })).statusCode);
      expect(statuses).to.deep.equal([404, 404, 404, 404, 429]);
    });
  });
}
