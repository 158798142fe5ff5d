/**
 * The live-consultation WebSocket protocol (issue 11), shared by the server, the officer console and the hall.
 * One JSON object per message, `t` names it. Media never passes here: only WebRTC signalling, chat and call state.
 */

/** Officer presence. */
export type Presence = 'available' | 'away';

/** Why a call ended. */
export type EndReason = 'hangup' | 'left' | 'disconnected' | 'transferred';

/** WebRTC signalling payload relayed as-is between the two peers (an SDP description or an ICE candidate). */
export interface SignalData {
  description?: { type: 'offer' | 'answer'; sdp: string };
  candidate?: { candidate: string; sdpMid: string | null; sdpMLineIndex: number | null } | null;
}

/** What the citizen chose to share: the service and step (context), and separately the form (second consent). */
export interface CitizenContext {
  serviceId?: string;
  step?: string;
  /** Field name → value, only with the form consent. */
  form?: Record<string, string>;
}

/** Messages the citizen's kiosk sends. */
export type CitizenMessage =
  | { t: 'hello'; token: string }
  | { t: 'call'; unit: string }
  | { t: 'leave' }
  | { t: 'hangup' }
  | { t: 'signal'; data: SignalData }
  | { t: 'chat'; text: string }
  | { t: 'consent'; context: boolean; form: boolean }
  | { t: 'context'; context: CitizenContext };

/** Messages the kiosk receives. */
export type ToCitizen =
  | { t: 'ready' }
  | { t: 'queued'; callId: string; position: number; estimateMinutes: number }
  | { t: 'accepted'; callId: string; officer: { name: string; unit: string } }
  | { t: 'signal'; data: SignalData }
  | { t: 'chat'; from: 'officer' | 'citizen'; text: string }
  | { t: 'highlight'; field: string }
  | { t: 'ended'; reason: EndReason }
  | { t: 'error'; code: LiveErrorCode };

/** One waiting call in an officer's queue view. */
export interface QueueEntry {
  callId: string;
  unit: string;
  position: number;
  waitingSeconds: number;
}

/** Messages the officer console sends. */
export type OfficerMessage =
  | { t: 'presence'; status: Presence }
  | { t: 'accept'; callId: string }
  | { t: 'transfer'; callId: string; unit: string }
  | { t: 'hangup'; callId: string }
  | { t: 'signal'; callId: string; data: SignalData }
  | { t: 'chat'; callId: string; text: string }
  | { t: 'highlight'; callId: string; field: string };

/** Messages the console receives. */
export type ToOfficer =
  | { t: 'state'; presence: Presence; units: string[]; queue: QueueEntry[]; available: Record<string, number> }
  | { t: 'call'; callId: string; unit: string; consent: { context: boolean; form: boolean } }
  | { t: 'signal'; callId: string; data: SignalData }
  | { t: 'chat'; callId: string; from: 'officer' | 'citizen'; text: string }
  | { t: 'context'; callId: string; context: CitizenContext }
  | { t: 'ended'; callId: string; reason: EndReason }
  | { t: 'error'; code: LiveErrorCode };

/** Refusals; the clients translate them (locale namespace `live`). */
export type LiveErrorCode = 'bad_message' | 'unauthenticated' | 'closed' | 'no_officer' | 'not_found' | 'forbidden' | 'busy';

/** Longest chat message, characters. */
export const CHAT_MAX = 500;
/** Longest signalling payload, characters of JSON (an audio-only SDP is ~2–5 kB; bigger ones cross processes through the relay table). */
export const SIGNAL_MAX = 12_000;
