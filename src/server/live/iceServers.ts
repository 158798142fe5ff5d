/** ICE_SERVERS: the STUN/TURN servers WebRTC uses across networks (unset: none, peers meet on the LAN). */

/** One STUN/TURN server as RTCPeerConnection takes it. */
export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

const isUrl = (u: unknown) => typeof u === 'string' && /^(stun|stuns|turn|turns):/.test(u);

/**
 * Reads ICE_SERVERS: a JSON array like `[{"urls":"stun:stun.kota.go.id:3478"},{"urls":"turn:turn.kota.go.id","username":"hall","credential":"…"}]`.
 * Throws at start on anything else, so a typo never silently leaves calls LAN-only.
 */
export function parseIceServers(raw: string | undefined): IceServer[] {
  if (raw === undefined || raw.trim() === '') return [];
  const fail = () => new Error(`ICE_SERVERS must be a JSON array of {urls: "stun:…"|"turn:…", username?, credential?}, got ${raw.slice(0, 80)}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed)) throw fail();
  return parsed.map((s: unknown) => {
    const o = s as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null) throw fail();
    const urls = o.urls;
    if (!(isUrl(urls) || (Array.isArray(urls) && urls.length > 0 && urls.every(isUrl)))) throw fail();
    for (const k of ['username', 'credential'] as const) if (o[k] !== undefined && typeof o[k] !== 'string') throw fail();
    return { urls: urls as string | string[], ...(o.username ? { username: o.username as string } : {}), ...(o.credential ? { credential: o.credential as string } : {}) };
  });
}
