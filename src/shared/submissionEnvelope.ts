/**
 * The sealed form of a queued submission: ECDH P-256 (an ephemeral key per envelope) + HKDF-SHA-256 + AES-256-GCM,
 * all through WebCrypto, so the kiosk (page and service worker) seals and the server (Node's webcrypto) opens with
 * the same code. Only the holder of the server's private key can read a queued body; the kiosk keeps no secret.
 */

/** Public half of the server's submission key as JSON Web Key, with the id envelopes name it by. */
export interface SubmissionPublicKey {
  kid: string;
  jwk: JsonWebKey;
}

/** An encrypted submission body as queued on the device and as POSTed (`{ envelope }`). */
export interface Envelope {
  v: 1;
  /** Id of the server key it was sealed to. */
  kid: string;
  /** The sender's ephemeral public key (P-256, JWK with crv, kty, x, y). */
  epk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  /** AES-GCM nonce, base64url (12 bytes). */
  iv: string;
  /** Ciphertext and tag, base64url. */
  ct: string;
}

const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** HKDF info: names this protocol and version, so a key derived here is good for nothing else. */
const INFO = new TextEncoder().encode('makassar-hall submission v1');

/** base64url of bytes (no padding); btoa exists in browsers, workers and Node 20. */
export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url string; throws on anything else. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TypeError('not base64url');
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The AES key both sides derive from the ECDH secret; `aad` binds it to one route (a complaint cannot pose as a request). */
async function aesKey(privateKey: CryptoKey, publicKey: CryptoKey, usage: KeyUsage): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: INFO }, hkdf, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** Additional data of an envelope for a route scope (`requests`, `complaints`, `appointments`, `surveys`). */
function aadOf(scope: string, kid: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${scope}|${kid}`);
}

/** Seals `body` (any JSON) for the server key, for the route `scope`. */
export async function sealSubmission(body: unknown, key: SubmissionPublicKey, scope: string): Promise<Envelope> {
  const server = await crypto.subtle.importKey('jwk', key.jwk, EC, false, []);
  const eph = (await crypto.subtle.generateKey(EC, true, ['deriveBits'])) as CryptoKeyPair;
  const aes = await aesKey(eph.privateKey, server, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(body));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aadOf(scope, key.kid) }, aes, plain));
  const { x, y } = await crypto.subtle.exportKey('jwk', eph.publicKey);
  return { v: 1, kid: key.kid, epk: { kty: 'EC', crv: 'P-256', x: x!, y: y! }, iv: toBase64Url(iv), ct: toBase64Url(ct) };
}

/** Opens an envelope with the server's private key; throws when it was not sealed for this key and scope, or was altered. */
export async function openSubmission(envelope: Envelope, privateKey: CryptoKey, scope: string): Promise<unknown> {
  const epk = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: envelope.epk.x, y: envelope.epk.y }, EC, false, []);
  const aes = await aesKey(privateKey, epk, 'decrypt');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(envelope.iv), additionalData: aadOf(scope, envelope.kid) },
    aes,
    fromBase64Url(envelope.ct),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

/** Key id of a public key: base64url SHA-256 of its coordinates, first 16 characters (stable, no registry needed). */
export async function keyIdOf(jwk: JsonWebKey): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${jwk.crv}|${jwk.x}|${jwk.y}`));
  return toBase64Url(new Uint8Array(digest)).slice(0, 16);
}
