import type * as Api from '../shared/api/schemas';

/**
 * A kiosk survey: about a filed item (with its tracking code, counted in the IKM) or, without a code, anonymous
 * feedback that the port sends to its own channel.
 */
export type SurveyPost = Omit<Api.CreateSurveyBody, 'trackingCode'> & { trackingCode?: string };

/** One PBB-P2 bill as the Bapenda lookup returns it (shown on the lookup result screen). */
export interface TaxBill {
  nop: string;
  year: number;
  amountRupiah: number;
  dueDate: string;
  paid: boolean;
  /** Masked taxpayer name, e.g. "AND***". */
  taxpayer?: string;
  /** Location of the tax object (street, kelurahan). */
  objectAddress?: string;
}

/**
 * The answer of an offline-first port when the server did not answer in time: the submission is sealed and queued
 * on this device, to be filed under `trackingCode` (the code the kiosk proposed) once delivered.
 */
export interface QueuedReceipt {
  queued: true;
  trackingCode: string;
  /** When the citizen pressed "Kirim" (ISO 8601). */
  submittedAt: string;
}

/** What the status kiosk knows on this device of a code the server does not know (yet): no personal data. */
export interface LocalStatus {
  trackingCode: string;
  /** `waiting`: queued, to be sent; `failed`: given up (refused, or older than 7 days). */
  local: 'waiting' | 'failed';
  /** The refusal's error code (e.g. `slot_full`) or `expired`, for `failed`. */
  reason?: string;
}

/** One bookable time of a day at a location. */
export type Slot = Api.SlotsResponse['slots'][number];

/**
 * What the kiosk flow needs from the outside world. The lead wires it to src/api/apiClient.ts; tests pass a fake.
 * Every POST takes the idempotency key the flow chose: a retry after a failure passes the same key again.
 * Errors: throw the API client's errors unchanged; the flow recognises network failures by
 * `name === 'NetworkError'` (or `kind === 'network'`) and API refusals by a numeric `status` and string `code`
 * (plus optional `field`, e.g. `values.motherNik`).
 */
export interface ServicePort {
  /** POST /api/requests. */
  submitRequest(body: Api.CreateRequestBody, idempotencyKey: string): Promise<Api.CreateRequestResponse | QueuedReceipt>;
  /** POST /api/complaints. */
  submitComplaint(body: Api.CreateComplaintBody, idempotencyKey: string): Promise<Api.CreateComplaintResponse | QueuedReceipt>;
  /** POST /api/appointments. */
  bookAppointment(body: Api.CreateAppointmentBody, idempotencyKey: string): Promise<Api.CreateAppointmentResponse | QueuedReceipt>;
  /** POST /api/consultations (a message for an officer). */
  submitConsultation(body: Api.CreateConsultationBody, idempotencyKey: string): Promise<Api.CreateConsultationResponse | QueuedReceipt>;
  /** GET /api/appointments/slots. */
  getSlots(locationId: string, date: string): Promise<Slot[]>;
  /** POST /api/surveys. */
  submitSurvey(body: SurveyPost, idempotencyKey: string): Promise<unknown>;
  /** GET /api/status/{code} (or requests/complaints): null, or a 404 error, when no such code exists. */
  getStatus(trackingCode: string): Promise<Api.StatusResponse | LocalStatus | null>;
  /** PBB-P2 bill by NOP; null when no such object. Optional: without it the kiosk explains where to check instead. */
  lookupTaxBill?(nop: string): Promise<TaxBill | null>;
}
