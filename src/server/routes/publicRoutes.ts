import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '../../shared/catalogue';
import { normalizePhone } from '../../shared/validation';
import { normalizeTrackingCode } from '../../shared/trackingCode';
import { API_ROUTES, type ApiRoute } from '../../shared/api/routes';
import type { CreateComplaintBody, CreateRequestBody, StatusResponse } from '../../shared/api/schemas';
import { HttpError } from '../apiError';
import { boothHandlers } from '../boothRoutes';
import { boothOfRequest } from '../boothStore';
import { localizeCatalogue } from '../catalogueLoader';
import { witaDay } from '../clock';
import { readIdempotencyKey } from '../idempotency';
import { clientProposal, fileItem, findItem, type EventRow, type ItemRow } from '../itemStore';
import { maskName, maskTail, maskValues } from '../masking';
import { localeFromHeader } from '../messages';
import type { ServerContext } from '../serverContext';
import { bookingHandlers } from './bookingRoutes';
import { consultationHandlers } from './consultationRoutes';
import { checkValues, idempotentPost, requestBooths, serviceById, type Handler } from './submission';
import { surveyHandlers } from './surveyRoutes';
import { openEnvelopeHook, SEALABLE_OPERATIONS } from '../envelopeHook';

/** Serializes a stored item for the public status routes: masked data only. */
function toStatus(item: ItemRow, events: EventRow[]): StatusResponse {
  return {
    trackingCode: item.tracking_code,
    kind: item.kind,
    serviceId: item.service_id,
    status: item.status,
    ...(item.queue_number ? { queueNumber: item.queue_number } : {}),
    createdAt: new Date(item.created_at).toISOString(),
    ...(item.location_id && item.appt_day && item.appt_time
      ? { appointment: { locationId: item.location_id, date: item.appt_day, time: item.appt_time } }
      : {}),
    timeline: events.map((e) => ({ status: e.status, ...(e.note ? { note: e.note } : {}), at: new Date(e.at).toISOString() })),
    ...(item.reply && item.reply_at ? { reply: { text: item.reply, at: new Date(item.reply_at).toISOString() } } : {}),
    masked: item.masked,
  };
}

/** Reads and normalizes the `:code` path parameter. */
function codeParam(request: FastifyRequest): string {
  const code = normalizeTrackingCode((request.params as { code: string }).code);
  if (!code) throw new HttpError(400, 'tracking_code_invalid', 'code');
  return code;
}

/** The complaint handler: anonymous allowed, contact checked, masked for the status view. */
function createComplaint(ctx: ServerContext): Handler {
  return idempotentPost(
    ctx,
    'complaints',
    async (rec, body: CreateComplaintBody) => {
      const phone = body.contact?.phone?.trim();
      const contact = body.anonymous ? {} : { name: body.contact?.name?.trim(), phone: phone ? (normalizePhone(phone) ?? phone) : undefined };
      const masked: Record<string, string> = {};
      if (contact.name) masked.name = maskName(contact.name);
      if (contact.phone) masked.phone = maskTail(contact.phone, 4);
      const filed = await fileItem(
        ctx.db,
        {
          kind: 'complaint',
          serviceId: 'pengaduan',
          data: { category: body.category, location: body.location.trim(), description: body.description.trim(), anonymous: body.anonymous, contact },
          masked,
          locale: body.locale ?? 'id',
          ...clientProposal(body),
        },
        rec,
        (item) => ({ trackingCode: item.trackingCode, status: item.status, createdAt: item.createdAt }),
      );
      return { status: 201, body: filed.answer };
    },
    (body: CreateComplaintBody) => {
      if (!ctx.catalogue.complaintCategories.some((c) => c.id === body.category)) throw new HttpError(400, 'unknown_category', 'category');
      if (body.location.trim() === '') throw new HttpError(400, 'required', 'location');
      if (body.description.trim() === '') throw new HttpError(400, 'required', 'description');
      const name = body.contact?.name?.trim();
      const phone = body.contact?.phone?.trim();
      if (body.anonymous && (name || phone)) throw new HttpError(400, 'anonymous_with_contact', 'contact');
      if (!body.anonymous && !name && !phone) throw new HttpError(400, 'contact_required', 'contact');
      if (phone && normalizePhone(phone) === null) throw new HttpError(400, 'phone_format', 'contact.phone');
    },
  );
}

/** Handlers of the public routes, keyed by operation id. */
function handlers(ctx: ServerContext): Record<string, Handler> {
  const getItem = (kinds: ItemRow['kind'][]): Handler => async (request) => {
    const code = codeParam(request);
    const found = await findItem(ctx.db, code);
    if (!found || !kinds.includes(found.item.kind)) throw new HttpError(404, 'not_found', 'code');
    return toStatus(found.item, found.events);
  };

  return {
    health: async (request) => {
      await ctx.db.query('SELECT 1').catch((err: Error) => {
        request.log.error({ err }, 'health: database check failed');
        throw new HttpError(503, 'unavailable', null);
      });
      return { status: 'ok', database: 'ok', engine: ctx.db.engine };
    },
    listServices: async (request) => {
      const lang = (request.query as { lang?: Locale }).lang;
      return localizeCatalogue(ctx.catalogue, lang ?? localeFromHeader(request.headers['accept-language']));
    },
    createRequest: idempotentPost(
      ctx,
      'requests',
      async (rec, body: CreateRequestBody) => {
        const service = serviceById(ctx, body.serviceId);
        const values = checkValues(service, body.values);
        const filed = await fileItem(
          ctx.db,
          {
            kind: 'request',
            serviceId: service.id,
            data: { values },
            masked: maskValues(service, values),
            locale: body.locale ?? 'id',
            queue: { prefix: service.queuePrefix, day: witaDay(ctx.now()) },
            ...clientProposal(body),
          },
          rec,
          (item) => ({ trackingCode: item.trackingCode, queueNumber: item.queueNumber, status: item.status, createdAt: item.createdAt }),
        );
        return { status: 201, body: filed.answer };
      },
      (body: CreateRequestBody) => {
        const service = serviceById(ctx, body.serviceId);
        if (service.completion !== 'online') throw new HttpError(400, 'service_not_online', 'serviceId');
        checkValues(service, body.values);
      },
    ),
    getRequest: getItem(['request', 'appointment']),
    getComplaint: getItem(['complaint']),
    getStatus: getItem(['request', 'appointment', 'complaint', 'consultation']),
    createComplaint: createComplaint(ctx),
    getSubmissionKey: async () => ctx.submissionKeys.publicKey,
  };
}

/** Registers every route of the public API table with its schemas (validation) and handler. */
export function registerPublicRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const byId = { ...handlers(ctx), ...bookingHandlers(ctx), ...surveyHandlers(ctx), ...boothHandlers(ctx), ...consultationHandlers(ctx) };
  for (const route of API_ROUTES as readonly ApiRoute[]) {
    const handler = byId[route.operationId];
    if (!handler) throw new Error(`no handler for ${route.operationId}`);
    app.route({
      method: route.method,
      url: route.url,
      schema: {
        ...(route.body ? { body: route.body } : {}),
        ...(route.querystring ? { querystring: route.querystring } : {}),
        ...(route.params ? { params: route.params } : {}),
      },
      ...(route.method === 'POST'
        ? {
            onRequest: async (request: FastifyRequest) => {
              readIdempotencyKey(request.headers['idempotency-key']);
              // An enrolled booth sends its token with every submission; a revoked or unknown one is a 401.
              requestBooths.set(request, await boothOfRequest(ctx.db, request));
            },
          }
        : {}),
      // A kiosk's queued submission arrives sealed: opened here, before the schema sees it.
      ...(SEALABLE_OPERATIONS.has(route.operationId) ? { preValidation: openEnvelopeHook(ctx.submissionKeys, route.url.split('/').pop()!) } : {}),
      handler,
    });
  }
}
