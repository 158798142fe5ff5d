/**
 * The officer console API, split by concern: log-in and session (officerAuthRoutes), items (officerItemRoutes),
 * IKM (officerIkmRoutes), accounts and audit (officerAdminRoutes), data-subject requests (officerDsrRoutes).
 * Every route passes the guard (session, CSRF, TOTP for admins, role) first.
 */
import type { FastifyInstance } from 'fastify';
import { registerOfficerContentSecurityPolicy } from '../officerContentSecurityPolicy';
import type { ServerContext } from '../serverContext';
import { registerOfficerAdminRoutes } from './officerAdminRoutes';
import { registerOfficerAuthRoutes } from './officerAuthRoutes';
import { registerOfficerDsrRoutes } from './officerDsrRoutes';
import { createGuard } from './officerGuard';
import { registerOfficerIkmRoutes } from './officerIkmRoutes';
import { registerOfficerItemRoutes } from './officerItemRoutes';

/** Registers the officer console API: log-in, items, IKM, accounts, audit log and data-subject requests. */
export function registerOfficerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  registerOfficerContentSecurityPolicy(app);
  const guard = createGuard(ctx.db);
  registerOfficerAuthRoutes(app, ctx, guard);
  registerOfficerItemRoutes(app, ctx, guard);
  registerOfficerIkmRoutes(app, ctx, guard);
  registerOfficerAdminRoutes(app, ctx, guard);
  registerOfficerDsrRoutes(app, ctx, guard);
}
