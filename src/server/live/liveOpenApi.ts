/**
 * The live-consultation routes in the OpenAPI document (issue 11): office hours, the kiosk's token, and the two
 * WebSockets (documented as GET upgrades; their JSON messages are the types of src/shared/live/protocol.ts).
 */
import type { TSchema } from '@sinclair/typebox';
import { LiveHoursResponse, LiveTokenResponse } from '../../shared/api/liveSchemas';
import { ErrorResponse } from '../../shared/api/schemas';

const json = (schema: TSchema) => ({ 'application/json': { schema: JSON.parse(JSON.stringify(schema)) as unknown } });

/** A WebSocket route as an OpenAPI GET with a 101 answer. */
function socket(operationId: string, summary: string, description: string) {
  return {
    get: {
      operationId,
      summary,
      description,
      responses: {
        '101': { description: 'Switching Protocols: one JSON object per message, `t` names it (src/shared/live/protocol.ts)' },
        '4XX': { description: 'Refused before the upgrade (foreign Origin 403; officer socket: no session 401, not an officer 403)', content: json(ErrorResponse) },
      },
    },
  };
}

/** The OpenAPI path items of the live routes. */
export function liveOpenApiPaths(): Record<string, Record<string, unknown>> {
  return {
    '/api/live/hours': {
      get: {
        operationId: 'liveHours',
        summary: "Each service unit's live-call office hours now (WITA, holidays), the units with an officer on duty, and the ICE servers",
        responses: { '200': { description: 'OK', content: json(LiveHoursResponse) } },
      },
    },
    '/api/live/token': {
      post: {
        operationId: 'liveToken',
        summary: "A 10-minute anonymous token for one kiosk live socket (no body, no Idempotency-Key: every call is a new token)",
        responses: { '201': { description: 'Created', content: json(LiveTokenResponse) }, '429': { description: 'Rate limited', content: json(ErrorResponse) } },
      },
    },
    '/api/live/socket': socket(
      'liveCitizenSocket',
      'Kiosk live socket: hello (token), call, leave, hangup, chat, consent, context, WebRTC signalling',
      'The first message must be {t:"hello", token} with a token of POST /api/live/token, else the socket closes with 4401.',
    ),
    '/api/officer/live': socket(
      'liveOfficerSocket',
      'Officer console live socket: presence, queue, accept, transfer, chat, highlight, hang-up, WebRTC signalling',
      'Needs the officer session cookie (role officer); checked before the upgrade.',
    ),
  };
}
