/**
 * Checks what arrives on a live socket before anything acts on it: known type, fields of the right shape and size.
 * Hand-written rather than a schema library because the messages are few and tiny and this runs per message.
 */
import { CHAT_MAX, SIGNAL_MAX, type CitizenMessage, type OfficerMessage, type SignalData } from '../../shared/live/protocol';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

function parseJson(raw: string): Obj | null {
  if (raw.length > SIGNAL_MAX + 500) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return isObj(v) && typeof v.t === 'string' ? v : null;
  } catch {
    return null;
  }
}

function signal(v: unknown): SignalData | null {
  if (!isObj(v) || JSON.stringify(v).length > SIGNAL_MAX) return null;
  const d = v.description;
  if (d !== undefined && !(isObj(d) && (d.type === 'offer' || d.type === 'answer') && typeof d.sdp === 'string')) return null;
  const c = v.candidate;
  if (c !== undefined && c !== null && !(isObj(c) && typeof c.candidate === 'string')) return null;
  if (d === undefined && c === undefined) return null;
  return v as SignalData;
}

function context(v: unknown): boolean {
  if (!isObj(v) || JSON.stringify(v).length > SIGNAL_MAX) return false;
  if (v.form !== undefined && !(isObj(v.form) && Object.values(v.form).every((x) => typeof x === 'string'))) return false;
  return (v.serviceId === undefined || str(v.serviceId, 80)) && (v.step === undefined || str(v.step, 80));
}

const chat = (text: unknown) => str(text, CHAT_MAX) && text.trim() !== '';

/** A citizen message, or null when malformed. */
export function parseCitizenMessage(raw: string): CitizenMessage | null {
  const m = parseJson(raw);
  if (!m) return null;
  const ok: Record<string, () => boolean> = {
    hello: () => str(m.token, 100),
    call: () => str(m.unit, 40),
    leave: () => true,
    hangup: () => true,
    signal: () => signal(m.data) !== null,
    chat: () => chat(m.text),
    consent: () => typeof m.context === 'boolean' && typeof m.form === 'boolean',
    context: () => context(m.context),
  };
  return ok[String(m.t)]?.() ? (m as unknown as CitizenMessage) : null;
}

/** An officer message, or null when malformed. */
export function parseOfficerMessage(raw: string): OfficerMessage | null {
  const m = parseJson(raw);
  if (!m) return null;
  const call = () => str(m.callId, 40);
  const ok: Record<string, () => boolean> = {
    presence: () => m.status === 'available' || m.status === 'away',
    accept: call,
    transfer: () => call() && str(m.unit, 40),
    hangup: call,
    signal: () => call() && signal(m.data) !== null,
    chat: () => call() && chat(m.text),
    highlight: () => call() && str(m.field, 80),
  };
  return ok[String(m.t)]?.() ? (m as unknown as OfficerMessage) : null;
}
