/** Appointment handlers: booking (one active per NIK per service, a daily quota per client), cancellation and slots. */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { CancelAppointmentBody, CreateAppointmentBody, SlotsQuery } from '../../shared/api/schemas';
import type { ServiceDef } from '../../shared/catalogue';
import { HttpError } from '../apiError';
import { addressKey, takeBookingQuota } from '../bookingLimits';
import { witaDay } from '../clock';
import { isUniqueViolation, type IdempotencyRecord } from '../idempotency';
import { clientProposal, fileItem } from '../itemStore';
import { maskValues } from '../masking';
import type { ServerContext } from '../serverContext';
import { checkBookableDay, checkSlotTime, listSlots, updateSlotPlace } from '../slots';
import type { Queryable } from '../storage/db';
import { boothOf, checkValues, idempotentPost, serviceById, type Handler } from './submission';

/** Statuses from which a citizen may still cancel. */
const CANCELLABLE = new Set(['received', 'processing', 'need_info', 'answered']);

/** The quota a booking counts against: an enrolled booth's own, else the client address's. */
function quotaOf(ctx: ServerContext, request: FastifyRequest): { key: string; max: number } {
  const booth = boothOf(request);
  return booth ? { key: `booth:${booth.id}`, max: ctx.booking.boothBookingsPerDay } : { key: addressKey(request.ip), max: ctx.booking.ipBookingsPerDay };
}

/** The field holding the NIK a booking is for (the first NIK field of the form, e.g. the child's for KIA). */
function nikField(service: ServiceDef): string | null {
  return service.fields.find((f) => f.type === 'nik')?.name ?? null;
}

/** Files a booking, then takes a quota place, in one transaction: a failure anywhere books and counts nothing. */
async function book(ctx: ServerContext, request: FastifyRequest, rec: IdempotencyRecord, body: CreateAppointmentBody) {
  const service = serviceById(ctx, body.serviceId);
  const values = checkValues(service, body.values);
  if (ctx.slotCapacity <= 0) throw new HttpError(409, 'slot_full', 'time');
  const nik = nikField(service);
  const quota = quotaOf(ctx, request);
  return ctx.db.transaction(async (tx) => {
    // The item goes first: a retry with a used Idempotency-Key fails there and is replayed, never counted again.
    const filed = await fileItem(
      tx,
      {
        kind: 'appointment',
        serviceId: service.id,
        // bookingNik feeds the unique index items_one_active_booking (one active booking per NIK per service).
        data: { values, ...(nik && values[nik] ? { bookingNik: values[nik] } : {}) },
        masked: maskValues(service, values),
        locale: body.locale ?? 'id',
        queue: { prefix: service.queuePrefix, day: body.date },
        slot: { locationId: body.locationId, day: body.date, time: body.time, capacity: ctx.slotCapacity },
        ...clientProposal(body),
      },
      rec,
      (item) => ({ trackingCode: item.trackingCode, queueNumber: item.queueNumber, date: body.date, time: body.time, locationId: body.locationId, status: item.status, createdAt: item.createdAt }),
    ).catch((err: unknown) => {
      throw isUniqueViolation(err, 'items_one_active_booking') ? new HttpError(409, 'booking_exists', `values.${nik}`) : err;
    });
    await takeBookingQuota(tx, quota.key, witaDay(ctx.now()), quota.max);
    return { status: 201, body: filed.answer };
  });
}

/** True when `given` equals the last four digits of the stored phone, compared in constant time. */
function phoneMatches(stored: unknown, given: string): boolean {
  if (typeof stored !== 'string') return false;
  const last4 = stored.replace(/\D/g, '').slice(-4);
  return last4.length === 4 && timingSafeEqual(Buffer.from(last4), Buffer.from(given));
}

/**
 * Cancels the citizen's own booking. An unknown code, another kind of item and wrong digits all answer the same
 * 404, so the answer reveals nothing; attempts per code are limited so four digits cannot be guessed.
 */
async function cancel(ctx: ServerContext, tx: Queryable, body: CancelAppointmentBody) {
  const rows = await tx.query<{ id: number; kind: string; service_id: string; status: string; data: { values?: Record<string, string> } }>(
    'SELECT id, kind, service_id, status, data FROM items WHERE tracking_code = $1 FOR UPDATE',
    [body.trackingCode],
  );
  const item = rows[0];
  const phoneField = ctx.catalogue.services.find((s) => s.id === item?.service_id)?.fields.find((f) => f.type === 'phone')?.name;
  if (!item || item.kind !== 'appointment' || !phoneField || !phoneMatches(item.data.values?.[phoneField], body.phoneLast4)) {
    throw new HttpError(404, 'not_found', 'trackingCode');
  }
  const answer = { trackingCode: body.trackingCode, status: 'cancelled' as const };
  if (item.status === 'cancelled') return answer;
  if (!CANCELLABLE.has(item.status)) throw new HttpError(409, 'not_cancellable', 'trackingCode');
  const id = Number(item.id);
  await updateSlotPlace(tx, id, item.status, 'cancelled');
  await tx.query("UPDATE items SET status = 'cancelled', updated_at = now() WHERE id = $1", [id]);
  await tx.query("INSERT INTO item_events (item_id, status) VALUES ($1, 'cancelled')", [id]);
  return answer;
}

/** Handlers of the appointment routes, keyed by operation id. */
export function bookingHandlers(ctx: ServerContext): Record<string, Handler> {
  return {
    createAppointment: idempotentPost(
      ctx,
      'appointments',
      (rec, body: CreateAppointmentBody, _locale, request) => book(ctx, request, rec, body),
      (body: CreateAppointmentBody) => {
        const service = serviceById(ctx, body.serviceId);
        if (service.completion !== 'appointment') throw new HttpError(400, 'service_not_online', 'serviceId');
        if (!ctx.catalogue.appointmentLocations.some((l) => l.id === body.locationId)) throw new HttpError(400, 'unknown_location', 'locationId');
        checkBookableDay(body.date, ctx.now());
        checkSlotTime(body.time);
        checkValues(service, body.values);
      },
    ),
    cancelAppointment: async (request, reply) => {
      const body = request.body as CancelAppointmentBody;
      const wait = ctx.booking.cancelLimiter.hit(body.trackingCode);
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new HttpError(429, 'rate_limited', 'trackingCode');
      }
      return ctx.db.transaction((tx) => cancel(ctx, tx, body));
    },
    listSlots: async (request) => {
      const q = request.query as SlotsQuery;
      if (!ctx.catalogue.appointmentLocations.some((l) => l.id === q.locationId)) throw new HttpError(400, 'unknown_location', 'locationId');
      checkBookableDay(q.date, ctx.now());
      return { locationId: q.locationId, date: q.date, slots: await listSlots(ctx.db, q.locationId, q.date, ctx.slotCapacity) };
    },
  };
}
