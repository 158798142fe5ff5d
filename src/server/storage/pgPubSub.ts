/**
 * PostgreSQL LISTEN/NOTIFY for live consultation across server processes (issue 11): one dedicated connection per
 * listener (a pooled connection would lose its LISTEN when returned), reconnected when it drops. Channel names are
 * prefixed with the schema, so test runs on one server (one schema each) never hear each other.
 */
import pg from 'pg';
import type { PubSub } from './db';

/** How long to wait before reconnecting a dropped listener. */
const RECONNECT_MS = 1000;

/** A quoted channel identifier: `<schema>__<channel>`, lower-case letters, digits and underscores only. */
function channelName(schema: string, channel: string): string {
  const name = `${schema}__${channel}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad channel name ${name}`);
  return name;
}

/** Builds the pub/sub of a PostgreSQL database; `notify` runs on the pool through `query`. */
export function createPgPubSub(clientConfig: pg.ClientConfig, schema: string, query: (sql: string, params: unknown[]) => Promise<unknown>): PubSub {
  return {
    async listen(channel, onMessage) {
      const name = channelName(schema, channel);
      const state: { client: pg.Client | null; stopped: boolean } = { client: null, stopped: false };
      const connect = async (): Promise<void> => {
        const client = new pg.Client(clientConfig);
        client.on('notification', (n) => n.channel === name && n.payload !== undefined && onMessage(n.payload));
        client.on('error', (err) => {
          process.stderr.write(`live listener: ${err.message}\n`);
          client.end().catch(() => undefined);
          if (!state.stopped) setTimeout(() => void connect().catch((e: Error) => process.stderr.write(`live listener: ${e.message}\n`)), RECONNECT_MS);
        });
        await client.connect();
        await client.query(`LISTEN ${name}`);
        state.client = client;
      };
      await connect();
      return async () => {
        state.stopped = true;
        await state.client?.end();
      };
    },
    async notify(channel, payload) {
      await query('SELECT pg_notify($1, $2)', [channelName(schema, channel), payload]);
    },
  };
}
