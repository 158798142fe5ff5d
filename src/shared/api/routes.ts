/**
 * The public API's route table: method, path and schemas of every route. The server registers its handlers
 * from it and the OpenAPI document is generated from it.
 */
import type { TSchema } from '@sinclair/typebox';
import * as S from './schemas';

/** One public route. POST routes require an Idempotency-Key header. */
export interface ApiRoute {
  operationId: string;
  method: 'GET' | 'POST';
  /** Fastify-style path (`/api/requests/:code`). */
  url: string;
  summary: string;
  body?: TSchema;
  querystring?: TSchema;
  params?: TSchema;
  successStatus: 200 | 201;
  response: TSchema;
}

/** Every public route. */
export const API_ROUTES: readonly ApiRoute[] = [
  { operationId: 'health', method: 'GET', url: '/api/health', summary: 'Liveness and a database check', successStatus: 200, response: S.HealthResponse },
  {
    operationId: 'listServices',
    method: 'GET',
    url: '/api/services',
    summary: 'The service catalogue in the requested language (lang, else Accept-Language)',
    querystring: S.ServicesQuery,
    successStatus: 200,
    response: S.ServicesResponse,
  },
  {
    operationId: 'createRequest',
    method: 'POST',
    url: '/api/requests',
    summary: 'Submit a service request (services whose completion is "online")',
    body: S.CreateRequestBody,
    successStatus: 201,
    response: S.CreateRequestResponse,
  },
  {
    operationId: 'getRequest',
    method: 'GET',
    url: '/api/requests/:code',
    summary: 'Status and timeline of a request or appointment; personal data masked',
    params: S.CodeParams,
    successStatus: 200,
    response: S.StatusResponse,
  },
  {
    operationId: 'createComplaint',
    method: 'POST',
    url: '/api/complaints',
    summary: 'File a public complaint, anonymous allowed',
    body: S.CreateComplaintBody,
    successStatus: 201,
    response: S.CreateComplaintResponse,
  },
  {
    operationId: 'getComplaint',
    method: 'GET',
    url: '/api/complaints/:code',
    summary: "Status of a complaint and the officer's reply",
    params: S.CodeParams,
    successStatus: 200,
    response: S.StatusResponse,
  },
  {
    operationId: 'createConsultation',
    method: 'POST',
    url: '/api/consultations',
    summary: "Leave a message for a service unit (a consultation ticket) when no officer can take a live call; the officer's reply shows in the status timeline",
    body: S.CreateConsultationBody,
    successStatus: 201,
    response: S.CreateConsultationResponse,
  },
  {
    operationId: 'getStatus',
    method: 'GET',
    url: '/api/status/:code',
    summary: 'Status of any tracking code (request, complaint, appointment or consultation), for the status kiosk',
    params: S.CodeParams,
    successStatus: 200,
    response: S.StatusResponse,
  },
  {
    operationId: 'createAppointment',
    method: 'POST',
    url: '/api/appointments',
    summary: 'Book an in-person slot (services whose completion is "appointment")',
    body: S.CreateAppointmentBody,
    successStatus: 201,
    response: S.CreateAppointmentResponse,
  },
  {
    operationId: 'cancelAppointment',
    method: 'POST',
    url: '/api/appointments/cancel',
    summary: "The citizen's own cancellation: tracking code plus the last four digits of the booking's phone; frees the place",
    body: S.CancelAppointmentBody,
    successStatus: 200,
    response: S.CancelAppointmentResponse,
  },
  {
    operationId: 'listSlots',
    method: 'GET',
    url: '/api/appointments/slots',
    summary: 'Free slots of a location on a day',
    querystring: S.SlotsQuery,
    successStatus: 200,
    response: S.SlotsResponse,
  },
  {
    operationId: 'createSurvey',
    method: 'POST',
    url: '/api/surveys',
    summary: 'The IKM satisfaction survey: 9 elements, 1-4 each, for the tracking code of a filed item (one per code)',
    body: S.CreateSurveyBody,
    successStatus: 201,
    response: S.CreateSurveyResponse,
  },
  {
    operationId: 'createFeedback',
    method: 'POST',
    url: '/api/feedback',
    summary: 'Anonymous kiosk feedback (the survey questions without a tracking code); rate-limited, not part of the IKM',
    body: S.CreateFeedbackBody,
    successStatus: 201,
    response: S.CreateSurveyResponse,
  },
  {
    operationId: 'getSubmissionKey',
    method: 'GET',
    url: '/api/submission-key',
    summary: 'Public key (ECDH P-256, JWK) that an offline kiosk seals queued submissions to (EnvelopeBody)',
    successStatus: 200,
    response: S.SubmissionKeyResponse,
  },
  {
    operationId: 'boothEnrol',
    method: 'POST',
    url: '/api/booth/enrol',
    summary: 'Enrol this device as a booth with the operator PIN (BOOTH_PIN); wrong PINs are rate-limited with backoff',
    body: S.BoothEnrolBody,
    successStatus: 201,
    response: S.BoothEnrolResponse,
  },
  {
    operationId: 'boothStatus',
    method: 'GET',
    url: '/api/booth/status',
    summary: 'Whether the X-Booth-Token header names an enrolled, unrevoked booth',
    successStatus: 200,
    response: S.BoothStatusResponse,
  },
];
