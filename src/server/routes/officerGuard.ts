/** The check every officer route runs first: session, CSRF on state changes, TOTP for admins, and the role. */
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../apiError';
import { audit } from '../auditLog';
import { checkCsrf, requireSession, type OfficerSession } from '../officerSession';
import { requirePermission, type Permission } from '../officerRoles';
import type { Db } from '../storage/db';

/** Runs the checks of one route; null permission means any signed-in officer. */
export type Guard = (request: FastifyRequest, permission: Permission | null) => Promise<OfficerSession>;

/** The route a request matched (its pattern, so a tracking code in the URL is not copied into the audit log). */
function routeOf(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? ''}`;
}

/**
 * Builds the guard. Admins must have confirmed TOTP before any admin permission works (they may still enrol,
 * change their password and log out). Every 401 and 403 it answers is written to the audit log.
 */
export function createGuard(db: Db): Guard {
  return async (request, permission) => {
    let session: OfficerSession | null = null;
    try {
      session = await requireSession(db, request);
      if (request.method !== 'GET' && request.method !== 'HEAD') checkCsrf(request, session);
      if (permission !== null) {
        requirePermission(session.role, permission);
        if (session.role === 'admin' && !session.totpEnabled) throw new HttpError(403, 'totp_enrolment_required', 'totp');
      }
      return session;
    } catch (err) {
      if (err instanceof HttpError && (err.status === 401 || err.status === 403)) {
        const actor = session ?? { officerId: null, username: null };
        await audit(db, actor, err.status === 401 ? 'unauthenticated' : 'forbidden', null, { code: err.code, route: routeOf(request) }, { ip: request.ip });
      }
      throw err;
    }
  };
}

/** Audits and answers 403 for an item outside the officer's service units. */
export async function forbidItem(db: Db, session: OfficerSession, request: FastifyRequest, code: string): Promise<never> {
  await audit(db, session, 'forbidden', code, { code: 'forbidden', route: routeOf(request) }, { ip: request.ip });
  throw new HttpError(403, 'forbidden', null);
}
