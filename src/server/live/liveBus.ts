/**
 * The live bus: how the server processes behind one database tell each other that queues changed and hand a
 * message to the process holding a socket. PostgreSQL: LISTEN/NOTIFY (no extra service); payloads too big for a
 * notification travel through the live_relay table. The embedded database is one process: an in-process emitter.
 */
import { EventEmitter } from 'node:events';
import type { Db } from '../storage/db';

/** One bus message: "re-read the queues" or "send this to connection `conn`, wherever it is". */
export type BusMessage = { t: 'changed' } | { t: 'deliver'; conn: string; msg: unknown };

/** Publish/subscribe between the processes. */
export interface LiveBus {
  publish(message: BusMessage): Promise<void>;
  /** Starts delivering to `handler` (each message, in every process, including the publisher). */
  start(handler: (message: BusMessage) => void): Promise<void>;
  close(): Promise<void>;
}

/** NOTIFY payloads must stay under 8000 bytes; above this the payload goes through the live_relay table. */
const NOTIFY_MAX = 7500;
const CHANNEL = 'hall_live';

/** The single-process bus (PGlite, or a test): delivery on a later tick, like a notification. */
export function createMemoryBus(): LiveBus {
  const emitter = new EventEmitter();
  return {
    async publish(message) {
      setImmediate(() => emitter.emit('m', message));
    },
    async start(handler) {
      emitter.on('m', handler);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** The bus of a PostgreSQL database; falls back to the memory bus when the database has no pub/sub. */
export function createLiveBus(db: Db): LiveBus {
  const pubsub = db.pubsub;
  if (!pubsub) return createMemoryBus();
  const state: { stop: (() => Promise<void>) | null } = { stop: null };
  return {
    async publish(message) {
      const text = JSON.stringify(message);
      if (text.length <= NOTIFY_MAX) return pubsub.notify(CHANNEL, text);
      const rows = await db.query<{ id: number }>('INSERT INTO live_relay (payload) VALUES ($1) RETURNING id', [text]);
      await pubsub.notify(CHANNEL, JSON.stringify({ ref: rows[0].id }));
    },
    async start(handler) {
      state.stop = await pubsub.listen(CHANNEL, (payload) => {
        void decode(db, payload).then(handler, (err: Error) => process.stderr.write(`live bus: ${err.message}\n`));
      });
    },
    async close() {
      await state.stop?.();
    },
  };
}

/** A notification's message, reading the relay row for a big one (rows older than a minute are cleared). */
async function decode(db: Db, payload: string): Promise<BusMessage> {
  const parsed = JSON.parse(payload) as BusMessage | { ref: number };
  if (!('ref' in parsed)) return parsed;
  const rows = await db.query<{ payload: string }>('SELECT payload FROM live_relay WHERE id = $1', [parsed.ref]);
  await db.query("DELETE FROM live_relay WHERE created_at < now() - interval '1 minute'");
  return JSON.parse(rows[0]?.payload ?? '{"t":"changed"}') as BusMessage;
}
