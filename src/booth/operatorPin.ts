/** A PIN check kept on the device: PBKDF2-SHA-256 of the PIN with a random salt (WebCrypto), never the PIN itself. */
export interface PinCheck {
  salt: string;
  hash: string;
  iterations: number;
}

const ITERATIONS = 200_000;
const hex = (b: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (s: string): Uint8Array<ArrayBuffer> => new Uint8Array((s.match(/../g) ?? []).map((x) => parseInt(x, 16)));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return hex(bits);
}

/**
 * Makes the check stored at enrolment, after the server accepted the PIN. Later the operator menu opens
 * against it, so it opens with the server unreachable too (the menu says whether the server is reachable).
 */
export async function makePinCheck(pin: string): Promise<PinCheck> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS };
}

/** True when `pin` matches the stored check. */
export async function pinMatches(pin: string, check: PinCheck): Promise<boolean> {
  return (await derive(pin, unhex(check.salt), check.iterations)) === check.hash;
}

/**
 * Wrong PINs on the device: from the third in a row, each further try waits 30 s, doubling up to 1 h (as the
 * server's enrolment does), so the menu cannot be guessed at the kiosk.
 */
export class PinAttempts {
  private failures = 0;
  private lockedUntil = 0;

  /** Seconds to wait before the next try (0: try now). */
  waitSeconds(now: number): number {
    return Math.max(0, Math.ceil((this.lockedUntil - now) / 1000));
  }

  /** A wrong PIN. */
  fail(now: number): void {
    this.failures++;
    if (this.failures >= 3) this.lockedUntil = now + Math.min(3_600_000, 30_000 * 2 ** (this.failures - 3));
  }

  /** The right PIN. */
  succeed(): void {
    this.failures = 0;
    this.lockedUntil = 0;
  }
}
