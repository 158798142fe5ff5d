import type * as Api from '../shared/api/schemas';
import type { Locale, ServiceDef } from '../shared/catalogue/types';
import type { FlowState } from './flowState';
import type { LocalStatus, QueuedReceipt, Slot, SurveyPost, TaxBill } from './servicePort';

/** A POST body, typed by what it files: the port method follows from `kind`, so no casts are needed. */
export type PostBody =
  | { kind: 'request'; body: Api.CreateRequestBody }
  | { kind: 'complaint'; body: Api.CreateComplaintBody }
  | { kind: 'appointment'; body: Api.CreateAppointmentBody }
  | { kind: 'consultation'; body: Api.CreateConsultationBody }
  | { kind: 'survey'; body: SurveyPost };

/** A POST ready to send, with the idempotency key of its attempt-series. */
export type Post = PostBody & { key: string };

/** One call the flow asks of the service port. */
export type PortCall =
  | Post
  | { kind: 'lookup'; nop: string }
  | { kind: 'status'; code: string }
  | { kind: 'slots'; locationId: string; date: string };

/** What a port call answered, by the kind of the call. */
export type CallAnswer =
  | { kind: 'request'; value: Api.CreateRequestResponse | QueuedReceipt }
  | { kind: 'complaint'; value: Api.CreateComplaintResponse | QueuedReceipt }
  | { kind: 'appointment'; value: Api.CreateAppointmentResponse | QueuedReceipt }
  | { kind: 'consultation'; value: Api.CreateConsultationResponse | QueuedReceipt }
  | { kind: 'survey' }
  | { kind: 'lookup'; value: TaxBill | null }
  | { kind: 'status'; value: Api.StatusResponse | LocalStatus | null }
  | { kind: 'slots'; locationId: string; date: string; value: Slot[] };

/**
 * Why a port call failed, classified once by the effect runner:
 * - `network`: no answer at all; the same key is safe to resend;
 * - `retry`: server trouble (5xx), a rate limit, a concurrent retry still running, or an unknown error;
 *   the same key is safe to resend;
 * - `refused`: the API said no (a 4xx); that body was never filed.
 */
export type Failure =
  | { kind: 'network' }
  | { kind: 'retry' }
  | { kind: 'refused'; status: number; code: string; field: string | null; message: string };

/** Everything that can happen to a flow: a button, typing, leaving a field, or the outcome of a port call. */
export type FlowAction =
  | { type: 'press'; id: string }
  | { type: 'setValue'; name: string; value: string }
  | { type: 'blur'; name: string }
  | { type: 'answered'; answer: CallAnswer }
  | { type: 'failed'; call: PortCall; failure: Failure };

/** Work the reducer asks the runner to do: call the port, or drop the answers of calls still in flight. */
export type FlowEffect = { type: 'call'; call: PortCall } | { type: 'abandon' };

/** The reducer's answer: the next state and the effects to run. */
export interface Step {
  state: FlowState;
  effects: FlowEffect[];
}

/** What the reducer reads besides the state; plain values, so `reduce` stays pure. */
export interface FlowEnv {
  /** This kiosk's services, in catalogue order. */
  services: readonly ServiceDef[];
  /** The language a submission is filed in. */
  locale: Locale;
  /** A key for a new submission series; used only when the body changed (keys are random, so drawn outside). */
  freshKey: string;
  /** False when the port has no PBB bill source (the kiosk then explains where to check). */
  canLookupBills: boolean;
}

/** The same state, nothing to do. */
export function stay(state: FlowState): Step {
  return { state, effects: [] };
}

/** A new state and, optionally, one port call. */
export function next(state: FlowState, call?: PortCall): Step {
  return { state, effects: call ? [{ type: 'call', call }] : [] };
}
