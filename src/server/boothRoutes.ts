import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { BoothEnrolBody } from '../shared/api/schemas';
import { HttpError } from './apiError';
import { audit } from './auditLog';
import { addressKey } from './bookingLimits';
import { verifyBoothPin } from './boothPin';
import { boothOfRequest, createBooth, listBooths, revokeBooth } from './boothStore';
import { createGuard } from './routes/officerGuard';
import type { ServerContext } from './serverContext';

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Who the audit log names for booth enrolment: no officer is logged in at a booth. */
const BOOTH_ACTOR = { officerId: null, username: 'booth-enrolment' };

/** Public booth handlers by operation id: enrolment with the operator PIN, and the token check. */
export function boothHandlers(ctx: ServerContext): Record<string, Handler> {
  const { booking } = ctx;
  return {
    boothEnrol: async (request, reply) => {
      const { pin, name } = request.body as BoothEnrolBody;
      if (!booking.boothPinHash) throw new HttpError(403, 'booth_disabled', null);
      const key = addressKey(request.ip);
      const wait = booking.pinFailures.retryAfter(key);
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new HttpError(429, 'rate_limited', 'pin');
      }
      if (!(await verifyBoothPin(pin, booking.boothPinHash))) {
        booking.pinFailures.fail(key);
        await audit(ctx.db, BOOTH_ACTOR, 'booth_enrol_failed', null, { ip: request.ip });
        throw new HttpError(403, 'booth_pin_wrong', 'pin');
      }
      booking.pinFailures.succeed(key);
      const booth = await ctx.db.transaction(async (tx) => {
        const created = await createBooth(tx, name.trim() || 'booth');
        await audit(tx, BOOTH_ACTOR, 'booth_enrol', `booth:${created.id}`, { ip: request.ip, name: created.name });
        return created;
      });
      return reply.code(201).send({ boothId: booth.id, name: booth.name, token: booth.token });
    },
    boothStatus: async (request) => {
      const booth = await boothOfRequest(ctx.db, request);
      if (!booth) throw new HttpError(401, 'booth_token_invalid', 'X-Booth-Token');
      return { valid: true, boothId: booth.id, name: booth.name };
    },
  };
}

/** Admin routes of the officer console: list the enrolled booths and revoke one. */
export function registerBoothOfficerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = createGuard(ctx.db);
  app.get('/api/officer/booths', async (request) => {
    const session = await guard(request, 'booths.manage');
    await audit(ctx.db, session, 'list_booths', null);
    return { booths: await listBooths(ctx.db) };
  });
  // Path parameters arrive as strings (no type coercion), so the id is checked by pattern.
  const params = Type.Object({ id: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }) }, { additionalProperties: false });
  app.post('/api/officer/booths/:id/revoke', { schema: { params } }, async (request) => {
    const session = await guard(request, 'booths.manage');
    const id = Number((request.params as { id: string }).id);
    return ctx.db.transaction(async (tx) => {
      const booth = await revokeBooth(tx, id);
      await audit(tx, session, 'booth_revoke', `booth:${booth.id}`, { name: booth.name });
      return { id: booth.id, revoked: true };
    });
  });
}
