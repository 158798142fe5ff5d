import type { TSchema } from '@sinclair/typebox';
import { API_ROUTES } from '../shared/api/routes';
import { apiExamples } from '../shared/api/examples';
import { EnvelopeBody, ErrorResponse } from '../shared/api/schemas';
import { sealSubmission, type SubmissionPublicKey } from '../shared/submissionEnvelope';
import { generateTrackingCode } from '../shared/trackingCode';
import { SEALABLE_OPERATIONS } from './envelopeHook';
import { liveOpenApiPaths } from './live/liveOpenApi';

/** Strips TypeBox's symbol keys by a JSON round trip: what remains is plain JSON Schema (2020-12, as OpenAPI 3.1 uses). */
function plain(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}

/** Turns `/api/requests/:code` into `/api/requests/{code}`. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** Query or path parameters from an object schema. */
function parameters(schema: TSchema | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  const s = plain(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, sub]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: sub,
  }));
}

/** Operations whose sealed-body example is generated (one request, one complaint: each files once as it stands). */
const SEALED_EXAMPLES = ['createRequest', 'createComplaint'] as const;

/**
 * Sealed examples for this server's key: the plain example plus a fresh proposed tracking code and the client's
 * time of submission, encrypted as an offline kiosk queues it. Fresh per document, so each is accepted as it stands.
 */
async function sealedExamples(examples: Record<string, unknown>, key: SubmissionPublicKey): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const op of SEALED_EXAMPLES) {
    const route = API_ROUTES.find((r) => r.operationId === op)!;
    const proposal = { trackingCode: generateTrackingCode((n) => crypto.getRandomValues(new Uint8Array(n))), submittedAt: new Date().toISOString() };
    out[op] = { envelope: await sealSubmission({ ...(examples[op] as object), ...proposal }, key, route.url.split('/').pop()!) };
  }
  return out;
}

/** The body schema of a route: plain, or for a sealable one either the plain body or an envelope (with its example). */
function bodySchema(route: (typeof API_ROUTES)[number], sealed: unknown): Record<string, unknown> {
  const body = plain(route.body!);
  if (!SEALABLE_OPERATIONS.has(route.operationId)) return body;
  const envelope = { ...plain(EnvelopeBody), ...(sealed ? { examples: [sealed] } : {}) };
  return { oneOf: [body, envelope] };
}

/**
 * The OpenAPI 3.1 document of the public API, generated from the same route table and TypeBox schemas that
 * validate requests. `appointmentDay` is put into the appointment example so it stays bookable; `submissionKey`
 * is this server's key, which the sealed examples are encrypted to.
 */
export async function buildOpenApi(appointmentDay: string, submissionKey: SubmissionPublicKey): Promise<Record<string, unknown>> {
  const examples = apiExamples(appointmentDay) as Record<string, unknown>;
  const sealed = await sealedExamples(examples, submissionKey);
  const paths: Record<string, Record<string, unknown>> = {};
  const errorContent = { 'application/json': { schema: plain(ErrorResponse) } };
  for (const route of API_ROUTES) {
    const p = (paths[openApiPath(route.url)] ??= {});
    const params = [...parameters(route.querystring, 'query'), ...parameters(route.params, 'path')];
    if (route.method === 'POST') {
      params.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: 'Unique per submission, at least 16 random bytes: 32–128 hex digits or 22–128 base64url characters; a retry re-uses it and gets the first answer',
        schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{22,128}$' },
      });
    }
    if (route.method === 'POST' || route.operationId === 'boothStatus') {
      params.push({
        name: 'X-Booth-Token',
        in: 'header',
        required: route.operationId === 'boothStatus',
        description: 'Token of an enrolled booth (POST /api/booth/enrol): its own booking quota; unknown or revoked is 401 booth_token_invalid',
        schema: { type: 'string', maxLength: 128 },
      });
    }
    params.push({ name: 'Accept-Language', in: 'header', required: false, description: 'id or en: language of error messages', schema: { type: 'string' } });
    p[route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      parameters: params,
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: bodySchema(route, sealed[route.operationId]), example: examples[route.operationId] } } } }
        : {}),
      responses: {
        [String(route.successStatus)]: { description: 'OK', content: { 'application/json': { schema: plain(route.response) } } },
        '4XX': { description: 'Bad input: { error: { code, message, field } }', content: errorContent },
        ...(route.method === 'POST'
          ? { '409': { description: 'Idempotency-Key reused with another body, slot full, or the proposed trackingCode is taken (tracking_code_taken)', content: errorContent } }
          : {}),
        '429': { description: 'Rate limited', content: errorContent },
      },
    };
  }
  Object.assign(paths, liveOpenApiPaths());
  return {
    openapi: '3.1.0',
    info: {
      title: 'Makassar Metaverse Service Hall API',
      version: '1.0.0',
      description:
        'Public-service requests, complaints, appointments, messages for an officer, status, the IKM survey and live consultation (office hours, token, WebSockets) of the Makassar service hall.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
