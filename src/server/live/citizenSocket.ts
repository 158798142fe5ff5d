/**
 * The kiosk's live socket: first a `hello` with the anonymous token, then call / leave / hang up, signalling and
 * chat relayed to the officer, and consented context. The officer gets the service and step only with the first
 * consent, the form only with the second.
 */
import type { WebSocket } from 'ws';
import { KIOSK_IDS } from '../../shared/catalogue';
import { unitHours } from '../../shared/live/officeHours';
import type { CitizenMessage, LiveErrorCode, ToCitizen } from '../../shared/live/protocol';
import type { LiveHub, LocalConn } from './liveHub';
import { parseCitizenMessage } from './liveMessages';
import { createCall, endCalls, openCallOfCitizen, redeemToken, setConsent } from './liveStore';
import { officersOn } from './queueView';

const reply = (conn: LocalConn, msg: ToCitizen) => conn.socket.readyState === conn.socket.OPEN && conn.socket.send(JSON.stringify(msg));
const refuse = (conn: LocalConn, code: LiveErrorCode) => reply(conn, { t: 'error', code });

/** Starts a call in a unit that is open and has an officer on duty; otherwise tells the kiosk why not. */
async function startCall(hub: LiveHub, conn: LocalConn, unit: string): Promise<void> {
  if (!(KIOSK_IDS as readonly string[]).includes(unit)) return void refuse(conn, 'bad_message');
  if (await openCallOfCitizen(hub.db, conn.id)) return void refuse(conn, 'busy');
  if (!unitHours(hub.hours, unit, hub.now()).open) return void refuse(conn, 'closed');
  if (officersOn(await hub.snapshot(), unit) === 0) return void refuse(conn, 'no_officer');
  await createCall(hub.db, unit, conn.id);
  await hub.changed();
}

/** Relays a message to the officer of the citizen's active call. */
async function toOfficer(hub: LiveHub, conn: LocalConn, msg: CitizenMessage): Promise<void> {
  const call = await openCallOfCitizen(hub.db, conn.id);
  if (!call || call.status !== 'active' || !call.officer_conn) return void refuse(conn, 'not_found');
  if (msg.t === 'signal') await hub.deliver(call.officer_conn, { t: 'signal', callId: call.call_key, data: msg.data });
  else if (msg.t === 'chat') await hub.deliver(call.officer_conn, { t: 'chat', callId: call.call_key, from: 'citizen', text: msg.text.trim() });
  else if (msg.t === 'context' && call.consent_context) {
    const { serviceId, step, form } = msg.context;
    await hub.deliver(call.officer_conn, { t: 'context', callId: call.call_key, context: { serviceId, step, ...(call.consent_form && form ? { form } : {}) } });
  }
}

async function handle(hub: LiveHub, conn: LocalConn, msg: CitizenMessage): Promise<void> {
  switch (msg.t) {
    case 'call':
      return startCall(hub, conn, msg.unit);
    case 'leave':
    case 'hangup':
      return hub.finish(await endCalls(hub.db, 'citizen_conn', conn.id, msg.t === 'leave' ? 'left' : 'hangup'), msg.t === 'leave' ? 'left' : 'hangup');
    case 'consent':
      await setConsent(hub.db, conn.id, msg.context, msg.form);
      return;
    case 'hello':
      return void refuse(conn, 'bad_message');
    default:
      return toOfficer(hub, conn, msg);
  }
}

/** Serves one kiosk socket until it closes; closing ends its call on both sides. */
export function serveCitizen(hub: LiveHub, socket: WebSocket): void {
  const state: { conn: LocalConn | null; chain: Promise<void> } = { conn: null, chain: Promise.resolve() };
  const onMessage = async (raw: string) => {
    const msg = parseCitizenMessage(raw);
    if (!state.conn) {
      if (msg?.t === 'hello' && (await redeemToken(hub.db, msg.token, hub.now()))) {
        state.conn = hub.register(socket, 'citizen');
        return void socket.send(JSON.stringify({ t: 'ready' } satisfies ToCitizen));
      }
      socket.send(JSON.stringify({ t: 'error', code: 'unauthenticated' } satisfies ToCitizen));
      return socket.close(4401, 'unauthenticated');
    }
    if (!msg) return void refuse(state.conn, 'bad_message');
    await handle(hub, state.conn, msg);
  };
  // Messages of one socket are handled in order (an answer must not overtake its offer).
  socket.on('message', (data) => {
    state.chain = state.chain.then(() => onMessage(String(data))).catch((err: Error) => hub.log.error({ err }, 'live: citizen message failed'));
  });
  socket.on('close', () => {
    const conn = state.conn;
    if (!conn) return;
    hub.unregister(conn);
    state.chain = state.chain
      .then(async () => hub.finish(await endCalls(hub.db, 'citizen_conn', conn.id, 'disconnected'), 'disconnected'))
      .catch((err: Error) => hub.log.error({ err }, 'live: citizen close failed'));
    hub.track(state.chain);
  });
}
