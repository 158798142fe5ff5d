import type { FastifyInstance, onRequestHookHandler, onSendHookHandler, RouteOptions } from 'fastify';
import { refuseForeignWrites } from './cors';
import { statusLookupGuard, type LookupGuardOptions } from './statusLookupGuard';
import type { Queryable } from './storage/db';

/** What the /api rules need. */
export interface ApiRuleOptions {
  db: Queryable;
  allowedOrigins: readonly string[];
  /** The API rate limit hook (null when rate limiting is off). */
  rateLimit: onRequestHookHandler | null;
  lookups: LookupGuardOptions;
}

/** Answers from the API are personal or live: never stored by a browser or a proxy. */
const noStore: onSendHookHandler = async (_request, reply, payload) => {
  reply.header('Cache-Control', 'no-store');
  return payload;
};

/**
 * Adds `hook` to a route's hook list once (Fastify calls onRoute again for the HEAD twin of a GET). Our request checks
 * (`ours`) go before the route's own hooks, so nothing a route checks first can answer without them.
 */
function addHook<T>(route: RouteOptions, name: 'onRequest' | 'onSend', hook: T, ours: ReadonlySet<unknown>): void {
  const current = route[name] as T | T[] | undefined;
  const list = current === undefined ? [] : Array.isArray(current) ? current : [current];
  if (list.includes(hook)) return;
  const next = name === 'onRequest' ? [...list.filter((h) => ours.has(h)), hook, ...list.filter((h) => !ours.has(h))] : [...list, hook];
  (route as unknown as Record<string, T[]>)[name] = next;
}

/**
 * Attaches the /api rules (origin refusal, rate limit, `Cache-Control: no-store`, and the tracking-code lookup guard)
 * to every route whose declared URL starts with /api/, when the route is registered. Rules live on the routes, not
 * in global hooks reading `request.url`, so no spelling of a path (`/%61pi/…`, an absolute URL) can avoid them.
 * Must be called before any route is registered. Log-in keeps its own limits (officer routes).
 */
export function registerApiRouteRules(app: FastifyInstance, options: ApiRuleOptions): void {
  const refuse = refuseForeignWrites(options.allowedOrigins);
  const guard = statusLookupGuard(options.db, options.lookups);
  const ours = new Set<unknown>([refuse, options.rateLimit, guard.onRequest]);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api/')) return;
    addHook(route, 'onRequest', refuse, ours);
    if (options.rateLimit && url !== '/api/officer/login') addHook(route, 'onRequest', options.rateLimit, ours);
    if (!url.startsWith('/api/officer') && url.includes(':code')) {
      addHook(route, 'onRequest', guard.onRequest, ours);
      addHook(route, 'onSend', guard.onSend, ours);
    }
    addHook(route, 'onSend', noStore, ours);
  });
}
