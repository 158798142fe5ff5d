/**
 * The IKM survey and the anonymous feedback channel.
 *
 * IKM rule: a survey counts only when it names the tracking code of an item filed through the hall (a request,
 * complaint or appointment), and only once per code. The kiosk asks for the survey on the result screen right
 * after filing, so "a real filed item, once per code" is what a completed interaction can mean here. Opinions
 * without a code go to /api/feedback: stored apart, rate-limited per address (or per booth), never in the IKM.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CreateFeedbackBody, CreateSurveyBody } from '../../shared/api/schemas';
import { HttpError } from '../apiError';
import { addressKey } from '../bookingLimits';
import { isUniqueViolation, type IdempotencyRecord } from '../idempotency';
import type { ServerContext } from '../serverContext';
import type { Queryable } from '../storage/db';
import { boothOf, idempotentPost, type Handler } from './submission';

/**
 * Stores one row under an Idempotency-Key: the key row goes first (a concurrent retry blocks on it and then
 * replays this answer), then `insert`, then the answer is saved with the key.
 */
async function storeOnce(ctx: ServerContext, rec: IdempotencyRecord, insert: (tx: Queryable) => Promise<{ id: number; created_at: Date }>) {
  return ctx.db.transaction(async (tx) => {
    await tx.query('INSERT INTO idempotency_keys (scope, key, body_hash) VALUES ($1, $2, $3)', [rec.scope, rec.key, rec.hash]);
    const row = await insert(tx);
    const answer = { id: Number(row.id), createdAt: new Date(row.created_at).toISOString() };
    await tx.query('UPDATE idempotency_keys SET status_code = 201, response = $3 WHERE scope = $1 AND key = $2', [rec.scope, rec.key, JSON.stringify(answer)]);
    return { status: 201, body: answer };
  });
}

/** Inserts an IKM survey tied to a filed item; 404 for an unknown code, 409 when the code already has one. */
async function insertSurvey(tx: Queryable, body: CreateSurveyBody) {
  const found = await tx.query<{ id: number; service_id: string }>('SELECT id, service_id FROM items WHERE tracking_code = $1', [body.trackingCode]);
  if (found.length === 0) throw new HttpError(404, 'not_found', 'trackingCode');
  const rows = await tx
    .query<{ id: number; created_at: Date }>(
      'INSERT INTO surveys (item_id, service_id, answers, suggestion, profile) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at',
      [Number(found[0].id), found[0].service_id, JSON.stringify(body.answers), body.suggestion?.trim() || null, body.profile ? JSON.stringify(body.profile) : null],
    )
    .catch((err: unknown) => {
      throw isUniqueViolation(err, 'surveys_one_per_item') ? new HttpError(409, 'survey_exists', 'trackingCode') : err;
    });
  return rows[0];
}

/** Counts one feedback post against the address's (or booth's) hourly allowance; 429 beyond it. */
function limitFeedback(ctx: ServerContext, request: FastifyRequest, reply: FastifyReply): void {
  const booth = boothOf(request);
  const wait = booth ? ctx.booking.boothFeedbackLimiter.hit(`booth:${booth.id}`) : ctx.booking.feedbackLimiter.hit(addressKey(request.ip));
  if (wait > 0) {
    reply.header('Retry-After', String(wait));
    throw new HttpError(429, 'rate_limited', null);
  }
}

/** Handlers of the survey and feedback routes, keyed by operation id. */
export function surveyHandlers(ctx: ServerContext): Record<string, Handler> {
  const feedback = idempotentPost(
    ctx,
    'feedback',
    (rec, body: CreateFeedbackBody, _locale, request) =>
      storeOnce(ctx, rec, async (tx) => {
        const rows = await tx.query<{ id: number; created_at: Date }>(
          'INSERT INTO feedback (answers, suggestion, booth_id) VALUES ($1, $2, $3) RETURNING id, created_at',
          [JSON.stringify(body.answers), body.suggestion?.trim() || null, boothOf(request)?.id ?? null],
        );
        return rows[0];
      }),
    () => undefined,
  );
  return {
    createSurvey: idempotentPost(ctx, 'surveys', (rec, body: CreateSurveyBody) => storeOnce(ctx, rec, (tx) => insertSurvey(tx, body)), () => undefined),
    createFeedback: async (request, reply) => {
      limitFeedback(ctx, request, reply);
      return feedback(request, reply);
    },
  };
}
