/**
 * Live consultation routes (issue 11): the citizen's anonymous token, office hours for the hall, and the two
 * WebSockets: `/api/live/socket` (kiosks, token in the first message) and `/api/officer/live` (console, session
 * cookie checked before the upgrade).
 */
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { KIOSK_IDS } from '../../shared/catalogue';
import { unitHours, type OfficeHours } from '../../shared/live/officeHours';
import { HttpError } from '../apiError';
import { requireSession, type OfficerSession } from '../officerSession';
import type { ServerContext } from '../serverContext';
import { serveCitizen } from './citizenSocket';
import { createLiveBus, type LiveBus } from './liveBus';
import { createLiveHub } from './liveHub';
import type { IceServer } from './iceServers';
import { issueToken, unitsOnDuty } from './liveStore';
import { loadOfficeHours } from './officeHoursLoader';
import { serveOfficer } from './officerSocket';

/** Live options of createServer. */
export interface LiveOptions {
  /** Office hours; default scenes/officeHours.json. */
  officeHours?: OfficeHours;
  /** Bus between processes; default LISTEN/NOTIFY on PostgreSQL, in-process on PGlite. */
  bus?: LiveBus;
  /** STUN/TURN servers handed to the browsers (ICE_SERVERS); default none (LAN). */
  iceServers?: IceServer[];
}

/** Largest WebSocket message accepted, bytes (signalling is a few kB). */
const MAX_FRAME = 16 * 1024;

/** A browser's socket must come from our own page (or an allowed origin): no cross-site socket hijacking. */
function checkOrigin(request: FastifyRequest, allowed: readonly string[]): void {
  const origin = request.headers.origin;
  if (origin && origin !== `${request.protocol}://${request.headers.host ?? ''}` && !allowed.includes(origin)) throw new HttpError(403, 'origin_forbidden', 'Origin');
}

/** Registers the WebSocket plugin, the live hub of this process and the routes. */
export async function registerLiveRoutes(app: FastifyInstance, ctx: ServerContext, options: LiveOptions & { allowedOrigins: readonly string[] }): Promise<void> {
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_FRAME } });
  const hours = options.officeHours ?? (await loadOfficeHours());
  const hub = await createLiveHub({ db: ctx.db, bus: options.bus ?? createLiveBus(ctx.db), hours, now: ctx.now, log: app.log });
  app.addHook('onClose', async () => hub.close());
  const sessions = new WeakMap<FastifyRequest, OfficerSession>();

  app.post('/api/live/token', async (_request, reply) => {
    const { token, expiresAt } = await issueToken(ctx.db, ctx.now());
    return reply.status(201).send({ token, expiresAt: expiresAt.toISOString() });
  });
  app.get('/api/live/hours', async () => {
    const at = ctx.now();
    const onDuty = await unitsOnDuty(ctx.db);
    return { units: Object.fromEntries(KIOSK_IDS.map((u) => [u, unitHours(hours, u, at)])), onDuty, iceServers: options.iceServers ?? [] };
  });
  app.get('/api/live/socket', { websocket: true, preValidation: async (request) => checkOrigin(request, options.allowedOrigins) }, (socket) => serveCitizen(hub, socket));
  app.get(
    '/api/officer/live',
    {
      websocket: true,
      preValidation: async (request) => {
        checkOrigin(request, []);
        const session = await requireSession(ctx.db, request);
        if (session.role !== 'officer') throw new HttpError(403, 'forbidden', null);
        sessions.set(request, session);
      },
    },
    (socket, request) => serveOfficer(hub, socket, sessions.get(request)!),
  );
}
