/** Schemas of the live-consultation HTTP routes (issue 11), for the OpenAPI document and the route responses. */
import { Type } from '@sinclair/typebox';

const Localized = Type.Object({ id: Type.String(), en: Type.String() });

/** Where a unit stands now: open or not, today's windows (WITA) and the public holiday if today is one. */
export const UnitHoursSchema = Type.Object({
  open: Type.Boolean(),
  today: Type.Array(Type.String({ examples: ['08:00–11:30'] })),
  holiday: Type.Union([Localized, Type.Null()]),
});

/** Answer of GET /api/live/hours. */
export const LiveHoursResponse = Type.Object({
  units: Type.Record(Type.String(), UnitHoursSchema, { description: 'Per service unit (kiosk id)' }),
  onDuty: Type.Array(Type.String(), { description: 'Units with an officer available for calls now; elsewhere the kiosk offers "leave a message"' }),
  iceServers: Type.Array(
    Type.Object({ urls: Type.Union([Type.String(), Type.Array(Type.String())]), username: Type.Optional(Type.String()), credential: Type.Optional(Type.String()) }),
    { description: 'STUN/TURN servers from ICE_SERVERS (empty: LAN only)' },
  ),
});

/** Answer of POST /api/live/token. */
export const LiveTokenResponse = Type.Object({
  token: Type.String({ description: 'Anonymous, one socket, sent as the first message {t:"hello", token} on /api/live/socket' }),
  expiresAt: Type.String({ format: 'date-time' }),
});
