/**
 * The server's submission key pair (ECDH P-256): queued kiosk submissions are sealed to its public half
 * (src/shared/submissionEnvelope.ts). Generated on first start in the data directory, mode 0600, and reused after;
 * every server process of one deployment must see the same file (same DATA_DIR, or a copy of it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { keyIdOf, type SubmissionPublicKey } from '../shared/submissionEnvelope';

/** The key pair as the server holds it. */
export interface SubmissionKeys {
  publicKey: SubmissionPublicKey;
  privateKey: CryptoKey;
}

/** File name of the key pair inside the data directory. */
export const SUBMISSION_KEY_FILE = 'submission-key.json';

const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** Public JWK members only: never leak `d`. */
function publicJwk(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

/** Imports a stored private JWK into the server's key pair. */
async function fromPrivateJwk(jwk: JsonWebKey): Promise<SubmissionKeys> {
  const privateKey = await crypto.subtle.importKey('jwk', jwk, EC, false, ['deriveBits']);
  const pub = publicJwk(jwk);
  return { privateKey, publicKey: { kid: await keyIdOf(pub), jwk: pub } };
}

/** A fresh key pair, held in memory only (tests, and servers created without a data directory). */
export async function generateSubmissionKeys(): Promise<SubmissionKeys> {
  const pair = (await crypto.subtle.generateKey(EC, true, ['deriveBits'])) as CryptoKeyPair;
  return fromPrivateJwk(await crypto.subtle.exportKey('jwk', pair.privateKey));
}

/** Loads the key pair from `dataDir`, creating it on first start (exclusive create: two starting processes agree). */
export async function loadOrCreateSubmissionKeys(dataDir: string): Promise<SubmissionKeys> {
  const file = path.join(dataDir, SUBMISSION_KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  try {
    return await fromPrivateJwk(JSON.parse(await readFile(file, 'utf8')) as JsonWebKey);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file} is unreadable: ${(err as Error).message}`);
  }
  const pair = (await crypto.subtle.generateKey(EC, true, ['deriveBits'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  try {
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process created it first: use that one.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSubmissionKeys(dataDir);
    throw err;
  }
  return fromPrivateJwk(jwk);
}
