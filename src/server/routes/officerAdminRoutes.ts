/** Admin routes: officer accounts (create, role and units, disable, password reset) and the paged audit log. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AccountParams,
  AuditQuery,
  CreateAccountBody,
  ResetPasswordBody,
  UpdateAccountBody,
  type AuditEntry,
} from '../../shared/api/officerSchemas';
import { HttpError } from '../apiError';
import { audit } from '../auditLog';
import { flushLoginFailures } from '../loginFailures';
import { listOfficers, officerByName, setPassword, updateOfficer, upsertOfficer } from '../officerAccounts';
import { SERVICE_UNITS } from '../officerRoles';
import { checkPassword } from '../passwordPolicy';
import type { ServerContext } from '../serverContext';
import type { Guard } from './officerGuard';

interface AuditRow {
  id: number;
  at: Date;
  officer: string | null;
  attempted_username: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
  personal: Record<string, unknown> | null;
  ip: string | null;
}

/** 400 naming `units` for a unit that is not a kiosk of the catalogue. */
function checkUnits(units: string[] | undefined): void {
  if (units && units.some((u) => !(SERVICE_UNITS as readonly string[]).includes(u))) throw new HttpError(400, 'unknown_unit', 'units');
}

function accountName(request: FastifyRequest): string {
  return (request.params as { username: string }).username;
}

/** One page of the audit log, newest first; erased notes and IPs show as absent. */
async function auditPage(ctx: ServerContext, q: AuditQuery): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const limit = Math.min(Math.max(Number(q.limit ?? 50), 1), 200);
  const params: unknown[] = [];
  if (q.before) params.push(Number(q.before));
  const rows = await ctx.db.query<AuditRow>(
    `SELECT id, at, officer, attempted_username, action, target, detail, personal, ip FROM audit_log
     ${q.before ? 'WHERE id < $1' : ''} ORDER BY id DESC LIMIT ${limit + 1}`,
    params,
  );
  const page = rows.slice(0, limit);
  const entries = page.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    officer: r.officer,
    attemptedUsername: r.attempted_username,
    action: r.action,
    target: r.target,
    detail: { ...r.detail, ...(r.personal ?? {}) },
    ip: r.ip,
  }));
  return { entries, nextBefore: rows.length > limit ? Number(page[page.length - 1].id) : null };
}

/** Registers the admin routes; every one needs the admin role with TOTP. */
export function registerOfficerAdminRoutes(app: FastifyInstance, ctx: ServerContext, guard: Guard): void {
  const { db } = ctx;

  app.get('/api/officer/audit', { schema: { querystring: AuditQuery } }, async (request) => {
    const session = await guard(request, 'audit.read');
    await flushLoginFailures(db, { kind: 'all' });
    const q = request.query as AuditQuery;
    await audit(db, session, 'read_audit', null, { before: q.before ?? null }, { ip: request.ip });
    return auditPage(ctx, q);
  });

  app.get('/api/officer/accounts', async (request) => {
    const session = await guard(request, 'accounts.manage');
    await audit(db, session, 'list_accounts', null, {}, { ip: request.ip });
    return { accounts: await listOfficers(db) };
  });

  app.post('/api/officer/accounts', { schema: { body: CreateAccountBody } }, async (request) => {
    const session = await guard(request, 'accounts.manage');
    const body = request.body as CreateAccountBody;
    checkUnits(body.units);
    const exists = await db.query('SELECT 1 FROM officers WHERE username = $1', [body.username]);
    if (exists.length > 0) throw new HttpError(409, 'username_taken', 'username');
    await upsertOfficer(db, body.username, body.password, body.role, body.role === 'officer' ? (body.units ?? []) : []);
    await audit(db, session, 'account_create', body.username, { role: body.role, units: body.units ?? [] }, { ip: request.ip });
    return officerByName(db, body.username);
  });

  app.post('/api/officer/accounts/:username', { schema: { params: AccountParams, body: UpdateAccountBody } }, async (request) => {
    const session = await guard(request, 'accounts.manage');
    const body = request.body as UpdateAccountBody;
    checkUnits(body.units);
    const target = await officerByName(db, accountName(request));
    if (target.id === session.officerId && (body.disabled || (body.role && body.role !== 'admin'))) throw new HttpError(400, 'cannot_demote_self', 'role');
    await db.transaction(async (tx) => {
      await updateOfficer(tx, target.id, body);
      if (body.resetTotp) await tx.query('UPDATE officers SET totp_enabled = false, totp_secret = NULL, totp_last_step = NULL WHERE id = $1', [target.id]);
      const action = body.role !== undefined || body.units !== undefined ? 'role_change' : body.disabled !== undefined ? 'account_disable' : 'totp_reset';
      await audit(tx, session, action, target.username, { before: { role: target.role, units: target.units, disabled: target.disabled }, change: body }, { ip: request.ip });
    });
    return officerByName(db, target.username);
  });

  app.post('/api/officer/accounts/:username/password', { schema: { params: AccountParams, body: ResetPasswordBody } }, async (request) => {
    const session = await guard(request, 'accounts.manage');
    const target = await officerByName(db, accountName(request));
    const { password } = request.body as { password: string };
    checkPassword(password, target.username);
    await db.transaction(async (tx) => {
      await setPassword(tx, target.id, password);
      await audit(tx, session, 'password_reset', target.username, {}, { ip: request.ip });
    });
    return { ok: true };
  });
}
