/** The IKM dashboard route (supervisors): PermenPANRB 14/2017 index over the surveys of a period. */
import type { FastifyInstance } from 'fastify';
import { IkmQuery } from '../../shared/api/officerSchemas';
import { computeIkm, IKM_ELEMENTS, tabulateProfiles, type RespondentProfile } from '../../shared/ikm';
import { audit } from '../auditLog';
import type { ServerContext } from '../serverContext';
import type { Guard } from './officerGuard';
import { witaStart } from './officerItemRoutes';

/** Registers GET /api/officer/ikm. */
export function registerOfficerIkmRoutes(app: FastifyInstance, ctx: ServerContext, guard: Guard): void {
  const { db } = ctx;
  app.get('/api/officer/ikm', { schema: { querystring: IkmQuery } }, async (request) => {
    const session = await guard(request, 'ikm.read');
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
    await audit(db, session, 'read_ikm', null, { from: q.from ?? null, to: q.to ?? null }, { ip: request.ip });
    const elements = [...IKM_ELEMENTS];
    const profiles = tabulateProfiles(rows.map((r) => r.profile));
    if (rows.length === 0) return { count: 0, elementMeans: [], index: null, grade: null, gradeLabel: null, elements, profiles };
    const result = computeIkm(rows.map((r) => r.answers));
    return { ...result, elements, profiles };
  });
}
