/** A WebSocket client for the live tests: records every message and waits for the one a test expects. */
import WebSocket from 'ws';
import { parseOfficeHours, type OfficeHours } from '../../../../src/shared/live/officeHours';

/** Office hours open around the clock every day (tests run at any hour), no holidays. */
export function alwaysOpen(): OfficeHours {
  const day = '00:00-24:00';
  return parseOfficeHours({ version: 1, defaults: { sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day }, units: Object.fromEntries(['kependudukan', 'perizinan', 'pajak', 'kesehatan', 'pendidikan', 'pengaduan', 'informasi', 'status'].map((u) => [u, {}])), holidays: [] }, 'test');
}

/** Closed all week. */
export function neverOpen(): OfficeHours {
  const week = { sun: null, mon: null, tue: null, wed: null, thu: null, fri: null, sat: null };
  return parseOfficeHours({ version: 1, defaults: week, units: Object.fromEntries(['kependudukan', 'perizinan', 'pajak', 'kesehatan', 'pendidikan', 'pengaduan', 'informasi', 'status'].map((u) => [u, {}])), holidays: [] }, 'test');
}

type Msg = Record<string, unknown> & { t: string };

/** A connected socket with its received messages. */
export interface LiveClient {
  ws: WebSocket;
  received: Msg[];
  send(msg: object): void;
  /** Resolves with the first message (from `since` on) matching; rejects after `timeoutMs`. */
  next(match: (m: Msg) => boolean, timeoutMs?: number): Promise<Msg>;
  /** Index to pass as `since` so only later messages count. */
  mark(): number;
  closed: Promise<number>;
  close(): Promise<void>;
}

/** Opens a socket; resolves once open (or rejects with the HTTP status of a refused upgrade). */
export function connect(url: string, headers: Record<string, string> = {}): Promise<LiveClient> {
  const ws = new WebSocket(url, { headers });
  const received: Msg[] = [];
  const waiters = new Set<() => void>();
  const state = { since: 0 };
  ws.on('message', (data) => {
    received.push(JSON.parse(String(data)) as Msg);
    for (const w of [...waiters]) w();
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const client: LiveClient = {
    ws,
    received,
    send: (msg) => ws.send(JSON.stringify(msg)),
    mark() {
      state.since = received.length;
      return state.since;
    },
    next(match, timeoutMs = 10_000) {
      const from = state.since;
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.slice(from).find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(received.slice(from))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    closed,
    async close() {
      if (ws.readyState !== ws.CLOSED) {
        ws.close();
        await closed;
      }
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** A citizen socket: fetches a token from `origin` and says hello. */
export async function connectCitizen(origin: string): Promise<LiveClient> {
  const res = await fetch(`${origin}/api/live/token`, { method: 'POST' });
  const { token } = (await res.json()) as { token: string };
  const client = await connect(`${origin.replace(/^http/, 'ws')}/api/live/socket`);
  client.send({ t: 'hello', token });
  await client.next((m) => m.t === 'ready');
  return client;
}

/** An officer socket with the session cookie; waits for the first state. */
export async function connectOfficer(origin: string, cookie: string): Promise<LiveClient> {
  const client = await connect(`${origin.replace(/^http/, 'ws')}/api/officer/live`, { cookie });
  await client.next((m) => m.t === 'state');
  return client;
}
