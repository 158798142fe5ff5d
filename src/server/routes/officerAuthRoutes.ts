/** Officer log-in (password, then TOTP when enrolled), log-out, session, own password change and TOTP enrolment. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ChangePasswordBody, LoginBody, TotpConfirmBody } from '../../shared/api/officerSchemas';
import { HttpError } from '../apiError';
import { audit } from '../auditLog';
import { flushLoginFailures, loginRetryAfter, recordLoginFailure } from '../loginFailures';
import { changeOwnPassword } from '../officerAccounts';
import { endSession, startSession, type OfficerSession } from '../officerSession';
import { verifyPassword } from '../passwordHash';
import type { ServerContext } from '../serverContext';
import { newTotpSecret, otpauthUri, verifyTotp } from '../totp';
import type { Guard } from './officerGuard';

/** A valid hash of a random password: verifying against it keeps unknown-user log-ins as slow as real ones. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

interface OfficerRow {
  id: number;
  username: string;
  role: string;
  password_hash: string;
  units: string[];
  disabled_at: Date | null;
  totp_enabled: boolean;
  totp_secret: string | null;
  totp_last_step: string | number | null;
}

/** What the console learns about its session. */
function sessionView(session: OfficerSession) {
  return { username: session.username, role: session.role, csrfToken: session.csrfToken, units: session.units, totpEnabled: session.totpEnabled };
}

/** Throws 429 with Retry-After while any log-in limit holds for this IP and user name. */
async function enforceLoginLimits(ctx: ServerContext, request: FastifyRequest, reply: FastifyReply, username: string): Promise<void> {
  const perPair = ctx.loginLimiter.hit(`${request.ip}|${username.toLowerCase()}`);
  const retryAfter = Math.max(perPair, await loginRetryAfter(ctx.db, request.ip, username));
  if (retryAfter > 0) {
    reply.header('Retry-After', String(retryAfter));
    throw new HttpError(429, 'rate_limited', null);
  }
}

/**
 * Checks password and (when enrolled) the TOTP code; counts a failure and throws 401 otherwise. A correct password
 * without a code answers `totp_required` (not counted), so the console can ask for the code.
 */
async function checkCredentials(ctx: ServerContext, request: FastifyRequest, body: LoginBody): Promise<OfficerRow> {
  const rows = await ctx.db.query<OfficerRow>('SELECT * FROM officers WHERE username = $1', [body.username]);
  const row = rows[0];
  const ok = (await verifyPassword(body.password, row?.password_hash ?? DUMMY_HASH)) && row !== undefined && row.disabled_at === null;
  const fail = async (code: string, field: string): Promise<never> => {
    await recordLoginFailure(ctx.db, request.ip, body.username);
    throw new HttpError(401, code, field);
  };
  if (!ok) return fail('login_failed', 'password');
  if (!row.totp_enabled || !row.totp_secret) return row;
  if (!body.totp) throw new HttpError(401, 'totp_required', 'totp');
  const last = row.totp_last_step === null ? null : Number(row.totp_last_step);
  const step = verifyTotp(row.totp_secret, body.totp.trim(), ctx.now().getTime(), last);
  if (step === null) return fail('totp_invalid', 'totp');
  await ctx.db.query('UPDATE officers SET totp_last_step = $2 WHERE id = $1', [row.id, step]);
  return row;
}

/** Registers log-in, log-out, session, password and TOTP routes. */
export function registerOfficerAuthRoutes(app: FastifyInstance, ctx: ServerContext, guard: Guard): void {
  const { db } = ctx;

  app.post('/api/officer/login', { schema: { body: LoginBody } }, async (request, reply) => {
    const body = request.body as LoginBody;
    await enforceLoginLimits(ctx, request, reply, body.username);
    const row = await checkCredentials(ctx, request, body);
    ctx.loginLimiter.reset(`${request.ip}|${body.username.toLowerCase()}`);
    await flushLoginFailures(db, { kind: 'user', username: body.username });
    const officer = { id: Number(row.id), username: row.username, role: row.role, units: row.units, totpEnabled: row.totp_enabled };
    const session = await startSession(db, reply, officer, ctx.secureCookies);
    await audit(db, session, 'login', null, {}, { ip: request.ip });
    return sessionView(session);
  });

  app.post('/api/officer/logout', async (request, reply) => {
    const session = await guard(request, null);
    await audit(db, session, 'logout', null, {}, { ip: request.ip });
    await endSession(db, request, reply);
    return { ok: true };
  });

  app.get('/api/officer/session', async (request) => sessionView(await guard(request, null)));

  app.post('/api/officer/password', { schema: { body: ChangePasswordBody } }, async (request, reply) => {
    const session = await guard(request, null);
    const body = request.body as ChangePasswordBody;
    await db.transaction(async (tx) => {
      await changeOwnPassword(tx, session.officerId, session.username, body.currentPassword, body.newPassword);
      await audit(tx, session, 'password_change', session.username, {}, { ip: request.ip });
    });
    await endSession(db, request, reply);
    return { ok: true };
  });

  app.post('/api/officer/totp/enrol', async (request) => {
    const session = await guard(request, null);
    if (session.totpEnabled) throw new HttpError(409, 'totp_already_enabled', null);
    const secret = newTotpSecret();
    await db.query('UPDATE officers SET totp_secret = $2 WHERE id = $1', [session.officerId, secret]);
    return { secret, uri: otpauthUri(secret, session.username) };
  });

  app.post('/api/officer/totp/confirm', { schema: { body: TotpConfirmBody } }, async (request) => {
    const session = await guard(request, null);
    const rows = await db.query<{ totp_secret: string | null; totp_enabled: boolean }>('SELECT totp_secret, totp_enabled FROM officers WHERE id = $1', [session.officerId]);
    const secret = rows[0]?.totp_secret;
    if (rows[0]?.totp_enabled) throw new HttpError(409, 'totp_already_enabled', null);
    if (!secret) throw new HttpError(400, 'totp_not_started', 'code');
    const step = verifyTotp(secret, (request.body as { code: string }).code.trim(), ctx.now().getTime());
    if (step === null) throw new HttpError(400, 'totp_invalid', 'code');
    await db.transaction(async (tx) => {
      await tx.query('UPDATE officers SET totp_enabled = true, totp_last_step = $2 WHERE id = $1', [session.officerId, step]);
      await audit(tx, session, 'totp_enabled', session.username, {}, { ip: request.ip });
    });
    return { ok: true };
  });
}
