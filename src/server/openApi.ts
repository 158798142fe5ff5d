import type { TSchema } from '@sinclair/typebox';
import { API_ROUTES } from '../shared/api/routes';
import { apiExamples } from '../shared/api/examples';
import { ErrorResponse } from '../shared/api/schemas';

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

/**
 * The OpenAPI 3.1 document of the public API, generated from the same route table and TypeBox schemas that
 * validate requests. `appointmentDay` is put into the appointment example so it stays bookable.
 */
export function buildOpenApi(appointmentDay: string): Record<string, unknown> {
  const examples = apiExamples(appointmentDay) as Record<string, unknown>;
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
    params.push({ name: 'Accept-Language', in: 'header', required: false, description: 'id or en: language of error messages', schema: { type: 'string' } });
    p[route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      parameters: params,
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: plain(route.body), example: examples[route.operationId] } } } }
        : {}),
      responses: {
        [String(route.successStatus)]: { description: 'OK', content: { 'application/json': { schema: plain(route.response) } } },
        '4XX': { description: 'Bad input: { error: { code, message, field } }', content: errorContent },
        ...(route.method === 'POST' ? { '409': { description: 'Idempotency-Key reused with another body, or slot full', content: errorContent } } : {}),
        '429': { description: 'Rate limited', content: errorContent },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Makassar Metaverse Service Hall API',
      version: '1.0.0',
      description: 'Public-service requests, complaints, appointments, status and the IKM survey of the Makassar service hall.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}
