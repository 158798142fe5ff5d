/**
 * The officer console's live socket (signed in by the session cookie at the upgrade): presence, accept, transfer,
 * hang up, and signalling, chat and field highlights relayed to the citizen of the officer's call.
 */
import type { WebSocket } from 'ws';
import { KIOSK_IDS } from '../../shared/catalogue';
import type { LiveErrorCode, OfficerMessage, ToOfficer } from '../../shared/live/protocol';
import { audit } from '../auditLog';
import type { LiveHub, LocalConn } from './liveHub';
import { parseOfficerMessage } from './liveMessages';
import { acceptCall, endCalls, openCall, removePresence, setPresence, transferCall } from './liveStore';

const reply = (conn: LocalConn, msg: ToOfficer) => conn.socket.readyState === conn.socket.OPEN && conn.socket.send(JSON.stringify(msg));
const refuse = (conn: LocalConn, code: LiveErrorCode) => reply(conn, { t: 'error', code });
const actor = (conn: LocalConn) => ({ officerId: conn.session!.officerId, username: conn.session!.username });

/** Takes a waiting call of one of the officer's units, unless the officer is already in a call. */
async function accept(hub: LiveHub, conn: LocalConn, callId: string): Promise<void> {
  const snapshot = await hub.snapshot();
  if (snapshot.busy.has(conn.session!.officerId)) return void refuse(conn, 'busy');
  const call = await openCall(hub.db, callId);
  if (!call) return void refuse(conn, 'not_found');
  if (!conn.session!.units.includes(call.unit)) return void refuse(conn, 'forbidden');
  const taken = await acceptCall(hub.db, callId, actor(conn), conn.id);
  if (!taken) return void refuse(conn, 'not_found');
  await audit(hub.db, actor(conn), 'live.accept', callId, { unit: taken.unit });
  reply(conn, { t: 'call', callId, unit: taken.unit, consent: { context: taken.consent_context, form: taken.consent_form } });
  await hub.deliver(taken.citizen_conn, { t: 'accepted', callId, officer: { name: conn.session!.username, unit: taken.unit } });
  await hub.changed();
}

/** Sends the citizen to another unit's queue (at their original place). */
async function transfer(hub: LiveHub, conn: LocalConn, callId: string, unit: string): Promise<void> {
  if (!(KIOSK_IDS as readonly string[]).includes(unit)) return void refuse(conn, 'bad_message');
  const moved = await transferCall(hub.db, callId, conn.id, unit);
  if (!moved) return void refuse(conn, 'not_found');
  await audit(hub.db, actor(conn), 'live.transfer', callId, { unit });
  reply(conn, { t: 'ended', callId, reason: 'transferred' });
  await hub.changed();
}

/** Relays to the citizen of the officer's own active call. */
async function toCitizen(hub: LiveHub, conn: LocalConn, msg: Extract<OfficerMessage, { callId: string }>): Promise<void> {
  const call = await openCall(hub.db, msg.callId);
  if (!call || call.status !== 'active' || call.officer_conn !== conn.id) return void refuse(conn, 'not_found');
  if (msg.t === 'signal') await hub.deliver(call.citizen_conn, { t: 'signal', data: msg.data });
  else if (msg.t === 'chat') await hub.deliver(call.citizen_conn, { t: 'chat', from: 'officer', text: msg.text.trim() });
  else if (msg.t === 'highlight' && call.consent_context) await hub.deliver(call.citizen_conn, { t: 'highlight', field: msg.field });
}

async function handle(hub: LiveHub, conn: LocalConn, msg: OfficerMessage): Promise<void> {
  switch (msg.t) {
    case 'presence':
      conn.presence = msg.status;
      await setPresence(hub.db, conn.session!, conn.id, msg.status);
      return hub.changed();
    case 'accept':
      return accept(hub, conn, msg.callId);
    case 'transfer':
      return transfer(hub, conn, msg.callId, msg.unit);
    case 'hangup': {
      const call = await openCall(hub.db, msg.callId);
      if (!call || call.officer_conn !== conn.id) return void refuse(conn, 'not_found');
      return hub.finish(await endCalls(hub.db, 'call_key', msg.callId, 'hangup'), 'hangup');
    }
    default:
      return toCitizen(hub, conn, msg);
  }
}

/** Serves one console socket; closing it removes the presence and ends the officer's call on both sides. */
export function serveOfficer(hub: LiveHub, socket: WebSocket, session: NonNullable<LocalConn['session']>): void {
  const conn = hub.register(socket, 'officer', session);
  conn.presence = 'away';
  const state = { chain: hub.changed() as Promise<unknown> };
  socket.on('message', (data) => {
    state.chain = state.chain
      .then(async () => {
        const msg = parseOfficerMessage(String(data));
        if (!msg) return void refuse(conn, 'bad_message');
        await handle(hub, conn, msg);
      })
      .catch((err: Error) => hub.log.error({ err }, 'live: officer message failed'));
  });
  socket.on('close', () => {
    hub.unregister(conn);
    state.chain = state.chain
      .then(async () => {
        await removePresence(hub.db, conn.id);
        await hub.finish(await endCalls(hub.db, 'officer_conn', conn.id, 'disconnected'), 'disconnected');
        await hub.changed();
      })
      .catch((err: Error) => hub.log.error({ err }, 'live: officer close failed'));
    hub.track(state.chain);
  });
}
