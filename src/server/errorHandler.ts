import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { HttpError } from './apiError';
import { errorMessage, localeFromHeader } from './messages';

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** Turns a JSON pointer (`/values/nik`) into the dotted field name clients show next to an input (`values.nik`). */
function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** Maps the first schema violation to our error code and field. */
function fromValidation(issues: AjvIssue[], context: string | undefined): HttpError {
  const issue = issues[0];
  const base = pointerToField(issue.instancePath);
  const join = (name: unknown): string => (base ? `${base}.${String(name)}` : String(name));
  switch (issue.keyword) {
    case 'required':
      return new HttpError(400, 'required', join(issue.params.missingProperty));
    case 'additionalProperties':
      return new HttpError(400, 'unknown_field', join(issue.params.additionalProperty));
    case 'maxLength':
    case 'maxItems':
      return new HttpError(400, 'too_long', base || null);
    case 'minLength':
      return new HttpError(400, issue.params.limit === 1 ? 'required' : 'too_short', base || null);
    case 'type':
      if (!base && context === 'body') return new HttpError(400, 'body_required', null);
      return new HttpError(400, 'invalid_type', base || null);
    case 'const':
      if (base === 'consent') return new HttpError(400, 'consent_required', 'consent');
      return new HttpError(400, 'invalid_value', base || null);
    default:
      return new HttpError(400, 'invalid_value', base || null);
  }
}

/** Classifies any thrown error into the public error shape; never leaks a stack or an internal message. */
export function toHttpError(error: FastifyError | Error): HttpError {
  if (error instanceof HttpError) return error;
  const fe = error as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
  if (fe.validation && fe.validation.length > 0) return fromValidation(fe.validation, fe.validationContext);
  const status = fe.statusCode ?? 500;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return new HttpError(413, 'body_too_large', null);
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) return new HttpError(415, 'unsupported_media_type', 'Content-Type');
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return new HttpError(400, 'body_required', null);
  if (status === 400) return new HttpError(400, 'malformed_json', null);
  if (status === 404) return new HttpError(404, 'route_not_found', null);
  if (status === 405) return new HttpError(405, 'method_not_allowed', null);
  if (status >= 400 && status < 500) return new HttpError(status, 'invalid_value', null);
  return new HttpError(500, 'internal', null);
}

/** Sends `{ error: { code, message, field } }` in the caller's language. */
export function sendError(request: FastifyRequest, reply: FastifyReply, err: HttpError): FastifyReply {
  const locale = localeFromHeader(request.headers['accept-language']);
  return reply
    .code(err.status)
    .type('application/json; charset=utf-8')
    .send({ error: { code: err.code, message: err.detail ?? errorMessage(err.code, locale), field: err.field } });
}

/**
 * Installs the error and not-found handlers so every failure has the same shape and no stack trace. Unknown paths
 * count against the API rate limit (`rateLimit`, when on), so probing for routes is limited too.
 */
export function registerErrorHandling(app: FastifyInstance, rateLimit: onRequestHookHandler | null = null): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const httpError = toHttpError(error);
    if (httpError.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(request, reply, httpError);
  });
  const notFound = (request: FastifyRequest, reply: FastifyReply) => sendError(request, reply, new HttpError(404, 'route_not_found', null));
  if (rateLimit) app.setNotFoundHandler({ preHandler: rateLimit as never }, notFound);
  else app.setNotFoundHandler(notFound);
}
