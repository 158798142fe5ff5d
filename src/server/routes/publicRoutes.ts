import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale, ServiceDef } from '../../shared/catalogue';
import { normalizeFieldValue, normalizePhone, validateFields } from '../../shared/validation';
import { normalizeTrackingCode } from '../../shared/trackingCode';
import { API_ROUTES, type ApiRoute } from '../../shared/api/routes';
import type {
  CreateAppointmentBody,
  CreateComplaintBody,
  CreateRequestBody,
  CreateSurveyBody,
  SlotsQuery,
  StatusResponse,
} from '../../shared/api/schemas';
import { HttpError } from '../apiError';
import { localizeCatalogue } from '../catalogueLoader';
import { witaDay } from '../clock';
import { isUniqueViolation, readIdempotencyKey, runIdempotent, type IdempotencyRecord, type StoredResult } from '../idempotency';
import { fileItem, findItem, type EventRow, type ItemRow } from '../itemStore';
import { maskName, maskTail, maskValues } from '../masking';
import { localeFromHeader } from '../messages';
import type { ServerContext } from '../serverContext';
import { checkBookableDay, checkSlotTime, listSlots } from '../slots';

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Finds a service or answers 400 naming `serviceId`. */
function serviceById(ctx: ServerContext, id: string): ServiceDef {
  const service = ctx.catalogue.services.find((s) => s.id === id);
  if (!service) throw new HttpError(400, 'unknown_service', 'serviceId');
  return service;
}

/** Checks form values with the shared validators and returns them normalized (NIK without spaces, phone `08…`). */
function checkValues(service: ServiceDef, values: Record<string, string>): Record<string, string> {
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

/** Wraps a POST body handler with the Idempotency-Key check and replay. */
function idempotentPost(
  ctx: ServerContext,
  scope: string,
  work: (rec: IdempotencyRecord, body: never, locale: Locale) => Promise<StoredResult>,
  precheck: (body: never) => void,
): Handler {
  return async (request, reply) => {
    const key = readIdempotencyKey(request.headers['idempotency-key']);
    const body = request.body as never;
    precheck(body);
    const locale = localeFromHeader(request.headers['accept-language']);
    const result = await runIdempotent(ctx.db, { scope, key }, body, (rec) => work(rec, body, locale));
    if (result.replayed) reply.header('Idempotent-Replayed', 'true');
    return reply.code(result.status).send(result.body);
  };
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
    getStatus: getItem(['request', 'appointment', 'complaint']),
    createComplaint: idempotentPost(
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
    ),
    createAppointment: idempotentPost(
      ctx,
      'appointments',
      async (rec, body: CreateAppointmentBody) => {
        const service = serviceById(ctx, body.serviceId);
        const values = checkValues(service, body.values);
        if (ctx.slotCapacity <= 0) throw new HttpError(409, 'slot_full', 'time');
        const filed = await fileItem(
          ctx.db,
          {
            kind: 'appointment',
            serviceId: service.id,
            data: { values },
            masked: maskValues(service, values),
            locale: body.locale ?? 'id',
            queue: { prefix: service.queuePrefix, day: body.date },
            slot: { locationId: body.locationId, day: body.date, time: body.time, capacity: ctx.slotCapacity },
          },
          rec,
          (item) => ({
            trackingCode: item.trackingCode,
            queueNumber: item.queueNumber,
            date: body.date,
            time: body.time,
            locationId: body.locationId,
            status: item.status,
            createdAt: item.createdAt,
          }),
        );
        return { status: 201, body: filed.answer };
      },
      (body: CreateAppointmentBody) => {
        const service = serviceById(ctx, body.serviceId);
        if (service.completion !== 'appointment') throw new HttpError(400, 'service_not_online', 'serviceId');
        if (!ctx.catalogue.appointmentLocations.some((l) => l.id === body.locationId)) throw new HttpError(400, 'unknown_location', 'locationId');
        checkBookableDay(body.date, ctx.now());
        checkSlotTime(body.time);
        checkValues(service, body.values);
      },
    ),
    listSlots: async (request) => {
      const q = request.query as SlotsQuery;
      if (!ctx.catalogue.appointmentLocations.some((l) => l.id === q.locationId)) throw new HttpError(400, 'unknown_location', 'locationId');
      checkBookableDay(q.date, ctx.now());
      return { locationId: q.locationId, date: q.date, slots: await listSlots(ctx.db, q.locationId, q.date, ctx.slotCapacity) };
    },
    createSurvey: idempotentPost(
      ctx,
      'surveys',
      async (rec, body: CreateSurveyBody) =>
        ctx.db.transaction(async (tx) => {
          // The key row goes first: a concurrent retry blocks on it and then replays this answer.
          await tx.query('INSERT INTO idempotency_keys (scope, key, body_hash) VALUES ($1, $2, $3)', [rec.scope, rec.key, rec.hash]);
          let itemId: number | null = null;
          let serviceId: string | null = null;
          if (body.trackingCode) {
            const found = await tx.query<{ id: number; service_id: string }>('SELECT id, service_id FROM items WHERE tracking_code = $1', [
              body.trackingCode,
            ]);
            if (found.length === 0) throw new HttpError(404, 'not_found', 'trackingCode');
            itemId = Number(found[0].id);
            serviceId = found[0].service_id;
          }
          const rows = await tx
            .query<{ id: number; created_at: Date }>(
              'INSERT INTO surveys (item_id, service_id, answers, suggestion, profile) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at',
              [itemId, serviceId, JSON.stringify(body.answers), body.suggestion?.trim() || null, body.profile ? JSON.stringify(body.profile) : null],
            )
            .catch((err: unknown) => {
              throw isUniqueViolation(err, 'surveys_one_per_item') ? new HttpError(409, 'survey_exists', 'trackingCode') : err;
            });
          const answer = { id: Number(rows[0].id), createdAt: new Date(rows[0].created_at).toISOString() };
          await tx.query('UPDATE idempotency_keys SET status_code = 201, response = $3 WHERE scope = $1 AND key = $2', [rec.scope, rec.key, JSON.stringify(answer)]);
          return { status: 201, body: answer };
        }),
      () => undefined,
    ),
  };
}

/** Registers every route of the public API table with its schemas (validation) and handler. */
export function registerPublicRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const byId = handlers(ctx);
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
            },
          }
        : {}),
      handler,
    });
  }
}
