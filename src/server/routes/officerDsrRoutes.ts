/**
 * Data-subject requests under UU PDP 27/2022 (access, correction, erasure), carried out by an officer of the
 * item's service unit from the console. The citizen gives the tracking code and their NIK; the NIK must equal a
 * NIK field of the item, so a tracking code alone never opens someone's data. Every request is audit-logged (the
 * field name of a correction, never the values).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DsrBody } from '../../shared/api/officerSchemas';
import { CodeParams } from '../../shared/api/schemas';
import { normalizeFieldValue, validateField } from '../../shared/validation';
import { HttpError } from '../apiError';
import { audit } from '../auditLog';
import { findItem, type ItemRow } from '../itemStore';
import { maskValues } from '../masking';
import { visibleServiceIds } from '../officerRoles';
import type { OfficerSession } from '../officerSession';
import { erasePersonalData } from '../retention';
import type { ServerContext } from '../serverContext';
import { codeOf } from './officerItemRoutes';
import { forbidItem, type Guard } from './officerGuard';

/** The item of a request, after the unit scope and the NIK match; 404 when either fails (no hint which). */
async function subjectItem(ctx: ServerContext, session: OfficerSession, request: FastifyRequest) {
  const code = codeOf(request);
  const found = await findItem(ctx.db, code);
  if (!found) throw new HttpError(404, 'not_found', 'code');
  const scope = visibleServiceIds(ctx.catalogue, session.role, session.units);
  if (scope !== null && !scope.includes(found.item.service_id)) await forbidItem(ctx.db, session, request, code);
  const service = ctx.catalogue.services.find((s) => s.id === found.item.service_id);
  const values = ((found.item.data as { values?: Record<string, string> }).values ?? {}) as Record<string, string>;
  const niks = (service?.fields ?? []).filter((f) => f.type === 'nik').map((f) => values[f.name]);
  if (found.item.purged_at !== null) throw new HttpError(409, 'dsr_already_erased', 'code');
  if (!niks.includes((request.body as DsrBody).nik)) {
    await audit(ctx.db, session, 'dsr_no_match', code, {}, { ip: request.ip });
    throw new HttpError(404, 'dsr_no_match', 'nik');
  }
  return { ...found, service, values };
}

/** Everything held about the subject of an item: form data, timeline, reply, survey and the audit trail (no IPs). */
async function accessReport(ctx: ServerContext, item: ItemRow, events: unknown[]) {
  const surveys = await ctx.db.query('SELECT answers, suggestion, profile, created_at FROM surveys WHERE item_id = $1', [item.id]);
  const trail = await ctx.db.query<{ at: Date; officer: string | null; action: string }>(
    'SELECT at, officer, action FROM audit_log WHERE target = $1 ORDER BY id',
    [item.tracking_code],
  );
  return {
    trackingCode: item.tracking_code,
    serviceId: item.service_id,
    createdAt: new Date(item.created_at).toISOString(),
    data: item.data,
    timeline: events,
    reply: item.reply,
    surveys,
    processing: trail.map((t) => ({ at: new Date(t.at).toISOString(), officer: t.officer, action: t.action })),
  };
}

/** Registers POST /api/officer/dsr/{code}/access, /correct and /erase. */
export function registerOfficerDsrRoutes(app: FastifyInstance, ctx: ServerContext, guard: Guard): void {
  const { db } = ctx;
  const opts = { schema: { params: CodeParams, body: DsrBody } };

  app.post('/api/officer/dsr/:code/access', opts, async (request) => {
    const session = await guard(request, 'dsr');
    const { item, events } = await subjectItem(ctx, session, request);
    await audit(db, session, 'dsr_access', item.tracking_code, {}, { ip: request.ip });
    return accessReport(ctx, item, events);
  });

  app.post('/api/officer/dsr/:code/correct', opts, async (request) => {
    const session = await guard(request, 'dsr');
    const { item, service, values } = await subjectItem(ctx, session, request);
    const { field: name, value } = request.body as DsrBody;
    const field = service?.fields.find((f) => f.name === name);
    if (!service || !field || name === undefined || value === undefined) throw new HttpError(400, 'invalid_value', 'field');
    const problem = validateField(field, value);
    if (problem) throw new HttpError(400, problem.code, 'value');
    const next = { ...values, [name]: normalizeFieldValue(field, value) };
    await db.transaction(async (tx) => {
      await tx.query(
        `UPDATE items SET data = jsonb_set(data, '{values}', $2::jsonb), masked = $3, updated_at = now() WHERE id = $1`,
        [item.id, JSON.stringify(next), JSON.stringify(maskValues(service, next))],
      );
      await audit(tx, session, 'dsr_correct', item.tracking_code, { field: name }, { ip: request.ip });
    });
    return { trackingCode: item.tracking_code, corrected: name };
  });

  app.post('/api/officer/dsr/:code/erase', opts, async (request) => {
    const session = await guard(request, 'dsr');
    const { item } = await subjectItem(ctx, session, request);
    await db.transaction(async (tx) => {
      await erasePersonalData(tx, [item.id]);
      await audit(tx, session, 'dsr_erase', item.tracking_code, {}, { ip: request.ip });
    });
    return { trackingCode: item.tracking_code, erased: true };
  });
}
