/** Officer routes on citizen items: list, detail, status change, complaint reply; scoped by role and unit. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ItemsQuery, ReplyBody, StatusChangeBody, type ItemDetail, type ItemSummary } from '../../shared/api/officerSchemas';
import { CodeParams } from '../../shared/api/schemas';
import { normalizeTrackingCode } from '../../shared/trackingCode';
import { HttpError } from '../apiError';
import { audit } from '../auditLog';
import { isCalendarDay } from '../clock';
import { isUniqueViolation } from '../idempotency';
import { findItem, type ItemRow } from '../itemStore';
import type { OfficerSession } from '../officerSession';
import { visibleServiceIds } from '../officerRoles';
import type { ServerContext } from '../serverContext';
import { updateSlotPlace } from '../slots';
import type { Queryable } from '../storage/db';
import { forbidItem, type Guard } from './officerGuard';

/** The list row of an item. */
function summary(item: ItemRow): ItemSummary {
  return {
    trackingCode: item.tracking_code,
    kind: item.kind,
    serviceId: item.service_id,
    status: item.status,
    queueNumber: item.queue_number,
    createdAt: new Date(item.created_at).toISOString(),
    ...(item.submitted_at ? { submittedAt: new Date(item.submitted_at).toISOString() } : {}),
    ...(item.location_id && item.appt_day && item.appt_time
      ? { appointment: { locationId: item.location_id, date: item.appt_day, time: item.appt_time } }
      : {}),
  };
}

/** Start of a WITA day as an instant, for date filters; 400 naming `field` for an impossible date. */
export function witaStart(day: string, field: string): Date {
  if (!isCalendarDay(day)) throw new HttpError(400, 'date_invalid', field);
  return new Date(`${day}T00:00:00+08:00`);
}

/** Reads and normalizes the `:code` parameter. */
export function codeOf(request: FastifyRequest): string {
  const code = normalizeTrackingCode((request.params as { code: string }).code);
  if (!code) throw new HttpError(400, 'tracking_code_invalid', 'code');
  return code;
}

/** Whether the session may see items of this service. */
function sees(ctx: ServerContext, session: OfficerSession, serviceId: string): boolean {
  const ids = visibleServiceIds(ctx.catalogue, session.role, session.units);
  return ids === null || ids.includes(serviceId);
}

/**
 * 404 for an unknown item, 403 (audited) outside the officer's units. Runs before the change's transaction: the
 * embedded database has one connection, so the audit row of a refusal cannot be written from inside another one.
 */
async function checkVisible(ctx: ServerContext, session: OfficerSession, request: FastifyRequest, code: string): Promise<void> {
  const rows = await ctx.db.query<{ service_id: string }>('SELECT service_id FROM items WHERE tracking_code = $1', [code]);
  if (rows.length === 0) throw new HttpError(404, 'not_found', 'code');
  if (!sees(ctx, session, rows[0].service_id)) await forbidItem(ctx.db, session, request, code);
}

/** Locks an item for a change (its service never changes, so the visibility check above still holds). */
async function lockItem(tx: Queryable, code: string) {
  const rows = await tx.query<{ id: number; status: string; kind: string }>('SELECT id, status, kind FROM items WHERE tracking_code = $1 FOR UPDATE', [code]);
  if (rows.length === 0) throw new HttpError(404, 'not_found', 'code');
  return { ...rows[0], id: Number(rows[0].id) };
}

/** The WHERE clause of a list query, always including the session's unit scope. */
function listWhere(ctx: ServerContext, session: OfficerSession, q: ItemsQuery): { clause: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  const scope = visibleServiceIds(ctx.catalogue, session.role, session.units);
  if (scope !== null) add('service_id IN (SELECT jsonb_array_elements_text(?::jsonb))', JSON.stringify(scope));
  if (q.kind) add('kind = ?', q.kind);
  if (q.serviceId) add('service_id = ?', q.serviceId);
  if (q.status) add('status = ?', q.status);
  if (q.from) add('created_at >= ?', witaStart(q.from, 'from'));
  if (q.to) add('created_at < ?', new Date(witaStart(q.to, 'to').getTime() + 24 * 3600 * 1000));
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** The full item for its detail screen. */
function detailOf(item: ItemRow, events: { status: string; note: string | null; at: Date | string; officer: string | null }[]): ItemDetail {
  return {
    ...summary(item),
    data: item.data,
    purged: item.purged_at !== null,
    timeline: events.map((e) => ({
      status: e.status as ItemDetail['status'],
      ...(e.note ? { note: e.note } : {}),
      at: new Date(e.at).toISOString(),
      ...(e.officer ? { officer: e.officer } : {}),
    })),
    ...(item.reply && item.reply_at
      ? { reply: { text: item.reply, at: new Date(item.reply_at).toISOString(), officer: item.reply_officer ?? '' } }
      : {}),
  };
}

/** Registers the item routes. */
export function registerOfficerItemRoutes(app: FastifyInstance, ctx: ServerContext, guard: Guard): void {
  const { db } = ctx;

  app.get('/api/officer/items', { schema: { querystring: ItemsQuery } }, async (request) => {
    const session = await guard(request, 'items.read');
    const q = request.query as ItemsQuery;
    const { clause, params } = listWhere(ctx, session, q);
    const limit = Math.min(Number(q.limit ?? 50), 200);
    const offset = Number(q.offset ?? 0);
    const rows = await db.query<ItemRow>(
      `SELECT id, tracking_code, kind, service_id, status, queue_number, location_id, appt_day, appt_time, created_at, submitted_at
       FROM items ${clause} ORDER BY created_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM items ${clause}`, params);
    await audit(db, session, 'list_items', null, { filters: { ...q }, shown: rows.length }, { ip: request.ip });
    return { items: rows.map(summary), total: Number(total[0].n) };
  });

  app.get('/api/officer/items/:code', { schema: { params: CodeParams } }, async (request) => {
    const session = await guard(request, 'items.read');
    const found = await findItem(db, codeOf(request));
    if (!found) throw new HttpError(404, 'not_found', 'code');
    if (!sees(ctx, session, found.item.service_id)) await forbidItem(db, session, request, found.item.tracking_code);
    await audit(db, session, 'view_item', found.item.tracking_code, {}, { ip: request.ip });
    return detailOf(found.item, found.events);
  });

  app.post('/api/officer/items/:code/status', { schema: { params: CodeParams, body: StatusChangeBody } }, async (request) => {
    const session = await guard(request, 'items.write');
    const code = codeOf(request);
    const { status, note } = request.body as StatusChangeBody;
    const trimmed = note?.trim() || null;
    await checkVisible(ctx, session, request, code);
    await db.transaction(async (tx) => {
      const item = await lockItem(tx, code);
      await updateSlotPlace(tx, item.id, item.status, status);
      await tx.query('UPDATE items SET status = $2, updated_at = now() WHERE id = $1', [item.id, status]).catch((err: unknown) => {
        // Re-opening a booking whose citizen has booked again since would give one NIK two active bookings.
        throw isUniqueViolation(err, 'items_one_active_booking') ? new HttpError(409, 'booking_exists', 'status') : err;
      });
      await tx.query('INSERT INTO item_events (item_id, status, note, officer) VALUES ($1, $2, $3, $4)', [item.id, status, trimmed, session.username]);
      await audit(tx, session, 'status_change', code, { from: item.status, to: status }, { ip: request.ip, personal: trimmed ? { note: trimmed } : null });
    });
    return { trackingCode: code, status };
  });

  app.post('/api/officer/items/:code/reply', { schema: { params: CodeParams, body: ReplyBody } }, async (request) => {
    const session = await guard(request, 'items.write');
    const code = codeOf(request);
    const text = (request.body as ReplyBody).text.trim();
    if (!text) throw new HttpError(400, 'required', 'text');
    await checkVisible(ctx, session, request, code);
    await db.transaction(async (tx) => {
      const item = await lockItem(tx, code);
      if (item.kind !== 'complaint' && item.kind !== 'consultation') throw new HttpError(400, 'not_a_complaint', 'code');
      await tx.query("UPDATE items SET reply = $2, reply_at = now(), reply_officer = $3, status = 'answered', updated_at = now() WHERE id = $1", [
        item.id,
        text,
        session.username,
      ]);
      await tx.query("INSERT INTO item_events (item_id, status, note, officer) VALUES ($1, 'answered', $2, $3)", [item.id, text, session.username]);
      await audit(tx, session, 'reply', code, { length: text.length }, { ip: request.ip });
    });
    return { trackingCode: code, status: 'answered' };
  });
}
