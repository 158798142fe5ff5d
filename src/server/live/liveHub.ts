/**
 * One process's side of live consultation: the sockets it holds, delivery of bus messages to them, queue views
 * refreshed when any process announces a change, and the end of calls (audit-logged, both sides told at once).
 * All shared state is in the database, so a citizen and an officer may sit on different processes.
 */
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import type { OfficeHours } from '../../shared/live/officeHours';
import type { EndReason, Presence, ToCitizen, ToOfficer } from '../../shared/live/protocol';
import { audit } from '../auditLog';
import type { OfficerSession } from '../officerSession';
import type { Db } from '../storage/db';
import type { BusMessage, LiveBus } from './liveBus';
import { heartbeat, readSnapshot, type CallRow, type LiveSnapshot } from './liveStore';
import { estimateMinutes, positions, queueOf, freeOfficers } from './queueView';

/** Connections are re-announced (heartbeat) this often; stale ones of dead processes are swept at the same time. */
const HEARTBEAT_MS = 20_000;

/** A socket this process holds. */
export interface LocalConn {
  id: string;
  socket: WebSocket;
  role: 'citizen' | 'officer';
  session?: OfficerSession;
  presence?: Presence;
}

/** What the socket handlers use. */
export interface LiveHub {
  db: Db;
  hours: OfficeHours;
  now: () => Date;
  log: FastifyBaseLogger;
  /** Registers a socket; returns its connection. */
  register(socket: WebSocket, role: LocalConn['role'], session?: OfficerSession): LocalConn;
  unregister(conn: LocalConn): void;
  /** Sends to a connection in whichever process holds it. */
  deliver(conn: string, msg: ToCitizen | ToOfficer): Promise<void>;
  /** Tells every process to refresh queue views. */
  changed(): Promise<void>;
  /** Ends calls: tells both sides, audits accepted ones, refreshes queues. */
  finish(rows: CallRow[], reason: EndReason): Promise<void>;
  snapshot(): Promise<LiveSnapshot>;
  /** Keeps work that must finish before the database closes (a call's end and its audit row); `close` waits for it. */
  track(work: Promise<unknown>): void;
  /** Stops the heartbeat, waits for tracked work, then leaves the bus. */
  close(): Promise<void>;
}

/** Writes one JSON message to a socket that is still open. */
export function sendTo(socket: WebSocket, msg: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(msg));
}

/** Audit row of an ended, accepted call: who, which unit, when, how long (no content, no citizen data). */
async function auditCall(db: Db, row: CallRow, reason: EndReason): Promise<void> {
  if (!row.accepted_at) return;
  const accepted = new Date(row.accepted_at);
  const ended = row.ended_at ? new Date(row.ended_at) : new Date();
  await audit(db, { officerId: row.officer_id === null ? null : Number(row.officer_id), username: row.officer }, 'live.call', row.call_key, {
    unit: row.unit,
    acceptedAt: accepted.toISOString(),
    endedAt: ended.toISOString(),
    seconds: Math.max(0, Math.round((ended.getTime() - accepted.getTime()) / 1000)),
    reason,
    transfers: row.transfers,
  });
}

/** Pushes fresh queue views to this process's officers and waiting citizens. */
function pushViews(conns: Map<string, LocalConn>, snapshot: LiveSnapshot, now: Date): void {
  const places = positions(snapshot.waiting);
  const units = [...new Set(snapshot.presence.flatMap((p) => p.units))];
  const available = Object.fromEntries(units.map((u) => [u, freeOfficers(snapshot, u)]));
  for (const conn of conns.values()) {
    if (conn.role === 'officer' && conn.session) {
      const msg: ToOfficer = { t: 'state', presence: conn.presence ?? 'away', units: conn.session.units, queue: queueOf(snapshot, conn.session.units, now), available };
      sendTo(conn.socket, msg);
    }
  }
  for (const call of snapshot.waiting) {
    const conn = conns.get(call.citizen_conn);
    const position = places.get(call.call_key) ?? 1;
    if (conn) sendTo(conn.socket, { t: 'queued', callId: call.call_key, position, estimateMinutes: estimateMinutes(snapshot, call.unit, position) } satisfies ToCitizen);
  }
}

/** Starts the hub of this process on the bus. */
export async function createLiveHub(options: { db: Db; bus: LiveBus; hours: OfficeHours; now: () => Date; log: FastifyBaseLogger }): Promise<LiveHub> {
  const { db, bus, now, log } = options;
  const conns = new Map<string, LocalConn>();
  const refresh = { running: false, again: false };
  const runRefresh = async (): Promise<void> => {
    if (refresh.running) {
      refresh.again = true;
      return;
    }
    refresh.running = true;
    try {
      do {
        refresh.again = false;
        pushViews(conns, await readSnapshot(db), now());
      } while (refresh.again);
    } finally {
      refresh.running = false;
    }
  };
  const onBus = (m: BusMessage) => {
    if (m.t === 'deliver') {
      const conn = conns.get(m.conn);
      if (conn) sendTo(conn.socket, m.msg);
    } else void runRefresh().catch((err: Error) => log.error({ err }, 'live: queue refresh failed'));
  };
  await bus.start(onBus);
  const pending = new Set<Promise<unknown>>();
  const hub: LiveHub = {
    db,
    hours: options.hours,
    now,
    log,
    register(socket, role, session) {
      const conn: LocalConn = { id: randomBytes(16).toString('hex'), socket, role, session };
      conns.set(conn.id, conn);
      return conn;
    },
    unregister: (conn) => void conns.delete(conn.id),
    deliver: (conn, msg) => bus.publish({ t: 'deliver', conn, msg }),
    changed: () => bus.publish({ t: 'changed' }),
    async finish(rows, reason) {
      for (const row of rows) {
        await auditCall(db, row, reason);
        await hub.deliver(row.citizen_conn, { t: 'ended', reason });
        if (row.officer_conn) await hub.deliver(row.officer_conn, { t: 'ended', callId: row.call_key, reason });
      }
      if (rows.length > 0) await hub.changed();
    },
    snapshot: () => readSnapshot(db),
    track(work) {
      const done: Promise<unknown> = work.catch(() => undefined).finally(() => pending.delete(done));
      pending.add(done);
    },
    async close() {
      clearInterval(timer);
      await Promise.allSettled([...pending]);
      await bus.close();
    },
  };
  const timer = setInterval(() => {
    hub.track(
      heartbeat(db, [...conns.keys()])
        .then((stale) => hub.finish(stale, 'disconnected'))
        .catch((err: Error) => log.error({ err }, 'live: heartbeat failed')),
    );
  }, HEARTBEAT_MS);
  timer.unref();
  return hub;
}
