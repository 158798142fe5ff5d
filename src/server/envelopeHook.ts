/**
 * Opens sealed submissions (`{ "envelope": { … } }`, see src/shared/submissionEnvelope.ts) before validation, so
 * every later step (schema, checks, idempotency hash, filing) sees the plain body, whichever way it came.
 */
import type { FastifyRequest } from 'fastify';
import { openSubmission, type Envelope } from '../shared/submissionEnvelope';
import { HttpError } from './apiError';
import type { SubmissionKeys } from './submissionKeys';

/** Operation ids of the routes a kiosk may queue offline, i.e. that accept an envelope. */
export const SEALABLE_OPERATIONS: ReadonlySet<string> = new Set(['createRequest', 'createComplaint', 'createAppointment', 'createConsultation', 'createSurvey', 'createFeedback']);

/** True when the body is exactly `{ envelope: {…} }`. */
function isSealed(body: unknown): body is { envelope: Envelope } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  return keys.length === 1 && keys[0] === 'envelope';
}

/** Checks the envelope's shape; its contents are checked by opening it. */
function checkShape(e: unknown): Envelope {
  const env = e as Partial<Envelope> | null;
  const str = (v: unknown, max: number) => typeof v === 'string' && v.length > 0 && v.length <= max;
  const ok =
    env && typeof env === 'object' && env.v === 1 && str(env.kid, 64) && str(env.iv, 32) && str(env.ct, 90_000) &&
    env.epk && typeof env.epk === 'object' && env.epk.kty === 'EC' && env.epk.crv === 'P-256' && str(env.epk.x, 64) && str(env.epk.y, 64);
  if (!ok) throw new HttpError(400, 'envelope_invalid', 'envelope');
  return env as Envelope;
}

/** A preValidation hook for the route `scope` (the last path segment: `requests`, `complaints` …). */
export function openEnvelopeHook(keys: SubmissionKeys, scope: string): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    if (!isSealed(request.body)) return;
    const envelope = checkShape(request.body.envelope);
    if (envelope.kid !== keys.publicKey.kid) throw new HttpError(400, 'envelope_key_unknown', 'envelope.kid');
    try {
      request.body = await openSubmission(envelope, keys.privateKey, scope);
    } catch {
      // Altered, truncated, or sealed for another route: no retry can fix it.
      throw new HttpError(400, 'envelope_invalid', 'envelope');
    }
  };
}
