import type { FastifyInstance, FastifyRequest } from 'fastify';
import { computeIkm, IKM_ELEMENTS, tabulateProfiles, type RespondentProfile } from '../../shared/ikm';
import { normalizeTrackingCode } from '../../shared/trackingCode';
import {
  IkmQuery,
  ItemsQuery,
  LoginBody,
  ReplyBody,
  StatusChangeBody,
  type ItemDetail,
  type ItemSummary,
} from '../../shared/api/officerSchemas';
import { CodeParams } from '../../shared/api/schemas';
import { HttpError } from '../apiError';
import { audit } from '../auditLog';
import { isCalendarDay } from '../clock';
import { findItem, type ItemRow } from '../itemStore';
import { checkCsrf, endSession, requireSession, startSession, type OfficerSession } from '../officerSession';
import { verifyPassword } from '../passwordHash';
import type { ServerContext } from '../serverContext';
import { updateSlotPlace } from '../slots';

/** A valid hash of a random password: verifying against it keeps unknown-user log-ins as slow as real ones. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** The list row of an item. */
function summary(item: ItemRow): ItemSummary {
  return {
    trackingCode: item.tracking_code,
    kind: item.kind,
    serviceId: item.service_id,
    status: item.status,
    queueNumber: item.queue_number,
    createdAt: new Date(item.created_at).toISOString(),
    ...(item.location_id && item.appt_day && item.appt_time
      ? { appointment: { locationId: item.location_id, date: item.appt_day, time: item.appt_time } }
      : {}),
  };
}

/** Start of a WITA day as an instant, for date filters; 400 naming `field` for an impossible date. */
function witaStart(day: string, field: string): Date {
  if (!isCalendarDay(day)) throw new HttpError(400, 'date_invalid', field);
  return new Date(`${day}T00:00:00+08:00`);
}

/** Reads and normalizes the `:code` parameter. */
function codeOf(request: FastifyRequest): string {
  const code = normalizeTrackingCode((request.params as { code: string }).code);
  if (!code) throw new HttpError(400, 'tracking_code_invalid', 'code');
  return code;
}

/** Registers the officer console API: log-in, lists, detail, status change, reply, IKM and the audit log. */
export function registerOfficerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  /** Session check for reads; session plus CSRF for every state change. */
  const authed = async (request: FastifyRequest): Promise<OfficerSession> => {
    const session = await requireSession(db, request);
    if (request.method !== 'GET' && request.method !== 'HEAD') checkCsrf(request, session);
    return session;
  };

  app.post('/api/officer/login', { schema: { body: LoginBody } }, async (request, reply) => {
    const { username, password } = request.body as LoginBody;
    const limiterKey = `${request.ip}|${username.toLowerCase()}`;
    const retryAfter = ctx.loginLimiter.hit(limiterKey);
    if (retryAfter > 0) {
      reply.header('Retry-After', String(retryAfter));
      throw new HttpError(429, 'rate_limited', null);
    }
    const rows = await db.query<{ id: number; username: string; role: string; password_hash: string }>(
      'SELECT id, username, role, password_hash FROM officers WHERE username = $1',
      [username],
    );
    const ok = await verifyPassword(password, rows[0]?.password_hash ?? DUMMY_HASH);
    if (!ok || rows.length === 0) {
      await audit(db, { officerId: null, username }, 'login_failed', null, { ip: request.ip });
      throw new HttpError(401, 'login_failed', 'password');
    }
    ctx.loginLimiter.reset(limiterKey);
    const officer = { id: Number(rows[0].id), username: rows[0].username, role: rows[0].role };
    const session = await startSession(db, reply, officer, ctx.secureCookies);
    await audit(db, session, 'login', null, { ip: request.ip });
    return { username: session.username, role: session.role, csrfToken: session.csrfToken };
  });

  app.post('/api/officer/logout', async (request, reply) => {
    const session = await authed(request);
    await audit(db, session, 'logout', null);
    await endSession(db, request, reply);
    return { ok: true };
  });

  app.get('/api/officer/session', async (request) => {
    const session = await authed(request);
    return { username: session.username, role: session.role, csrfToken: session.csrfToken };
  });

  app.get('/api/officer/items', { schema: { querystring: ItemsQuery } }, async (request) => {
    await authed(request);
    const q = request.query as ItemsQuery;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.kind) add('kind = ?', q.kind);
    if (q.serviceId) add('service_id = ?', q.serviceId);
    if (q.status) add('status = ?', q.status);
    if (q.from) add('created_at >= ?', witaStart(q.from, 'from'));
    if (q.to) add('created_at < ?', new Date(witaStart(q.to, 'to').getTime() + 24 * 3600 * 1000));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = Math.min(Number(q.limit ?? 50), 200);
    const offset = Number(q.offset ?? 0);
    const rows = await db.query<ItemRow>(
      `SELECT id, tracking_code, kind, service_id, status, queue_number, location_id, appt_day, appt_time, created_at
       FROM items ${clause} ORDER BY created_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM items ${clause}`, params);
    return { items: rows.map(summary), total: Number(total[0].n) };
  });

  app.get('/api/officer/items/:code', { schema: { params: CodeParams } }, async (request) => {
    const session = await authed(request);
    const found = await findItem(db, codeOf(request));
    if (!found) throw new HttpError(404, 'not_found', 'code');
    const { item, events } = found;
    await audit(db, session, 'view_item', item.tracking_code);
    const detail: ItemDetail = {
      ...summary(item),
      data: item.data,
      purged: item.purged_at !== null,
      timeline: events.map((e) => ({
        status: e.status,
        ...(e.note ? { note: e.note } : {}),
        at: new Date(e.at).toISOString(),
        ...(e.officer ? { officer: e.officer } : {}),
      })),
      ...(item.reply && item.reply_at
        ? { reply: { text: item.reply, at: new Date(item.reply_at).toISOString(), officer: item.reply_officer ?? '' } }
        : {}),
    };
    return detail;
  });

  app.post('/api/officer/items/:code/status', { schema: { params: CodeParams, body: StatusChangeBody } }, async (request) => {
    const session = await authed(request);
    const code = codeOf(request);
    const { status, note } = request.body as StatusChangeBody;
    const trimmed = note?.trim() || null;
    await db.transaction(async (tx) => {
      const rows = await tx.query<{ id: number; status: string }>('SELECT id, status FROM items WHERE tracking_code = $1 FOR UPDATE', [code]);
      if (rows.length === 0) throw new HttpError(404, 'not_found', 'code');
      const id = Number(rows[0].id);
      await updateSlotPlace(tx, id, rows[0].status, status);
      await tx.query('UPDATE items SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
      await tx.query('INSERT INTO item_events (item_id, status, note, officer) VALUES ($1, $2, $3, $4)', [id, status, trimmed, session.username]);
      await audit(tx, session, 'status_change', code, { from: rows[0].status, to: status, note: trimmed });
    });
    return { trackingCode: code, status };
  });

  app.post('/api/officer/items/:code/reply', { schema: { params: CodeParams, body: ReplyBody } }, async (request) => {
    const session = await authed(request);
    const code = codeOf(request);
    const text = (request.body as ReplyBody).text.trim();
    if (!text) throw new HttpError(400, 'required', 'text');
    await db.transaction(async (tx) => {
      const rows = await tx.query<{ id: number; kind: string }>('SELECT id, kind FROM items WHERE tracking_code = $1 FOR UPDATE', [code]);
      if (rows.length === 0) throw new HttpError(404, 'not_found', 'code');
      if (rows[0].kind !== 'complaint') throw new HttpError(400, 'not_a_complaint', 'code');
      const id = Number(rows[0].id);
      await tx.query("UPDATE items SET reply = $2, reply_at = now(), reply_officer = $3, status = 'answered', updated_at = now() WHERE id = $1", [
        id,
        text,
        session.username,
      ]);
      await tx.query("INSERT INTO item_events (item_id, status, note, officer) VALUES ($1, 'answered', $2, $3)", [id, text, session.username]);
      await audit(tx, session, 'reply', code, { length: text.length });
    });
    return { trackingCode: code, status: 'answered' };
  });

  app.get('/api/officer/ikm', { schema: { querystring: IkmQuery } }, async (request) => {
    await authed(request);
    const q = request.query as { from?: string; to?: string };
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.from) {
      params.push(witaStart(q.from, 'from'));
      where.push(`created_at >= $${params.length}`);
    }
    if (q.to) {
      params.push(new Date(witaStart(q.to, 'to').getTime() + 24 * 3600 * 1000));
      where.push(`created_at < $${params.length}`);
    }
    // Only surveys tied to a filed item count (see routes/surveyRoutes.ts); older anonymous rows stay out.
    where.push('item_id IS NOT NULL');
    const rows = await db.query<{ answers: number[]; profile: RespondentProfile | null }>(`SELECT answers, profile FROM surveys WHERE ${where.join(' AND ')}`, params);
    const elements = [...IKM_ELEMENTS];
    const profiles = tabulateProfiles(rows.map((r) => r.profile));
    if (rows.length === 0) return { count: 0, elementMeans: [], index: null, grade: null, gradeLabel: null, elements, profiles };
    const result = computeIkm(rows.map((r) => r.answers));
    return { ...result, elements, profiles };
  });

  app.get('/api/officer/audit', async (request) => {
    await authed(request);
    const rows = await db.query<{ at: Date; officer: string; action: string; target: string | null; detail: Record<string, unknown> }>(
      'SELECT at, officer, action, target, detail FROM audit_log ORDER BY id DESC LIMIT 200',
    );
    return { entries: rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })) };
  });
}
