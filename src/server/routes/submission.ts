/** Helpers shared by the public submission handlers: service lookup, value checks and the idempotent POST wrapper. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale, ServiceDef } from '../../shared/catalogue';
import { normalizeFieldValue, validateFields } from '../../shared/validation';
import { HttpError } from '../apiError';
import type { Booth } from '../boothStore';
import { readIdempotencyKey, runIdempotent, type IdempotencyRecord, type StoredResult } from '../idempotency';
import { localeFromHeader } from '../messages';
import type { ServerContext } from '../serverContext';

/** A route handler. */
export type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** The booth each submission came from (set by the public routes' onRequest hook), per request. */
export const requestBooths = new WeakMap<FastifyRequest, Booth | null>();

/** The enrolled booth a request came from, or null. */
export function boothOf(request: FastifyRequest): Booth | null {
  return requestBooths.get(request) ?? null;
}

/** Finds a service or answers 400 naming `serviceId`. */
export function serviceById(ctx: ServerContext, id: string): ServiceDef {
  const service = ctx.catalogue.services.find((s) => s.id === id);
  if (!service) throw new HttpError(400, 'unknown_service', 'serviceId');
  return service;
}

/** Checks form values with the shared validators and returns them normalized (NIK without spaces, phone `08…`). */
export function checkValues(service: ServiceDef, values: Record<string, string>): Record<string, string> {
  const errors = validateFields(service, values);
  if (errors.length > 0) throw new HttpError(400, errors[0].code, `values.${errors[0].field}`);
  const out: Record<string, string> = {};
  for (const field of service.fields) {
    if (values[field.name] !== undefined) {
      const v = normalizeFieldValue(field, values[field.name]);
      if (v !== '') out[field.name] = v;
    }
  }
  return out;
}

/** Wraps a POST body handler with the Idempotency-Key check and replay. */
export function idempotentPost(
  ctx: ServerContext,
  scope: string,
  work: (rec: IdempotencyRecord, body: never, locale: Locale, request: FastifyRequest) => Promise<StoredResult>,
  precheck: (body: never) => void,
): Handler {
  return async (request, reply) => {
    const key = readIdempotencyKey(request.headers['idempotency-key']);
    const body = request.body as never;
    precheck(body);
    const locale = localeFromHeader(request.headers['accept-language']);
    const result = await runIdempotent(ctx.db, { scope, key }, body, (rec) => work(rec, body, locale, request));
    if (result.replayed) reply.header('Idempotent-Replayed', 'true');
    return reply.code(result.status).send(result.body);
  };
}
