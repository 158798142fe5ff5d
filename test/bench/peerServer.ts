/**
 * The peer baseline of `npm run bench:api`: the same stack with none of the hall's work. Fastify with one POST route
 * that stores the body as one row (through the server's own PostgreSQL or PGlite wrapper, so the same driver and
 * settings) and answers 201 with its id: no validation, idempotency, queue number, timeline, security headers or
 * logging. What it serves is this machine's ceiling for a durable POST; the hall's row is judged beside it.
 * Environment: PORT, and DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite).
 */
import Fastify from 'fastify';
import { openPgDb } from '../../src/server/storage/pgDb';
import { openPgliteDb } from '../../src/server/storage/pgliteDb';

const db = process.env.DATABASE_URL ? await openPgDb({ connectionString: process.env.DATABASE_URL }) : await openPgliteDb(process.env.DATA_DIR);
await db.query('CREATE TABLE IF NOT EXISTS peer_items (id serial PRIMARY KEY, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
const app = Fastify();
app.get('/api/health', async () => ({ ok: true }));
app.post('/api/requests', async (request, reply) => {
  const [row] = await db.query<{ id: number }>('INSERT INTO peer_items (body) VALUES ($1) RETURNING id', [JSON.stringify(request.body)]);
  return reply.code(201).send({ id: row.id });
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
