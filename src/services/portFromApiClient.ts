import type * as Api from '../shared/api/schemas';
import type { ServicePort, TaxBill } from './servicePort';

/** The calls of src/api/apiClient.ts the kiosk needs, described structurally so services need not import the client. */
export interface ApiClientLike {
  createRequest(body: Api.CreateRequestBody, idempotencyKey: string): Promise<Api.CreateRequestResponse>;
  createComplaint(body: Api.CreateComplaintBody, idempotencyKey: string): Promise<Api.CreateComplaintResponse>;
  createAppointment(body: Api.CreateAppointmentBody, idempotencyKey: string): Promise<Api.CreateAppointmentResponse>;
  createConsultation(body: Api.CreateConsultationBody, idempotencyKey: string): Promise<Api.CreateConsultationResponse>;
  slots(locationId: string, date: string): Promise<Api.SlotsResponse>;
  createSurvey(body: Api.CreateSurveyBody, idempotencyKey: string): Promise<unknown>;
  createFeedback(body: Api.CreateFeedbackBody, idempotencyKey: string): Promise<unknown>;
  getStatus(trackingCode: string): Promise<Api.StatusResponse>;
}

/**
 * Adapts the API client to the kiosk's port in one line at the composition root:
 * `createKioskFlow({ port: portFromApiClient(createApiClient({ baseUrl: '' })), ... })`.
 * Pass `lookupTaxBill` when a PBB bill source exists; without it the PBB kiosk explains where to check.
 */
export function portFromApiClient(client: ApiClientLike, extra: { lookupTaxBill?: (nop: string) => Promise<TaxBill | null> } = {}): ServicePort {
  return {
    submitRequest: (body, key) => client.createRequest(body, key),
    submitComplaint: (body, key) => client.createComplaint(body, key),
    bookAppointment: (body, key) => client.createAppointment(body, key),
    submitConsultation: (body, key) => client.createConsultation(body, key),
    getSlots: async (locationId, date) => (await client.slots(locationId, date)).slots,
    // Only a survey about a filed item (with its tracking code) counts in the IKM; without one it is anonymous feedback.
    submitSurvey: ({ trackingCode, ...rest }, key) =>
      trackingCode
        ? client.createSurvey({ ...rest, trackingCode }, key)
        : client.createFeedback({ answers: rest.answers, ...(rest.suggestion ? { suggestion: rest.suggestion } : {}) }, key),
    getStatus: (code) => client.getStatus(code),
    ...(extra.lookupTaxBill ? { lookupTaxBill: extra.lookupTaxBill } : {}),
  };
}
