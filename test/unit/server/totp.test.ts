import { expect } from 'chai';
import { base32Decode, base32Encode, hotp, otpauthUri, totpStep, verifyTotp } from '../../../src/server/totp';

/** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890"; codes are 8 digits there. */
const SEED = Buffer.from('12345678901234567890', 'ascii');
const VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it('reproduces the RFC 6238 SHA-1 test vectors', () => {
    for (const [seconds, code] of VECTORS) expect(hotp(SEED, totpStep(seconds * 1000), 8), `T=${seconds}`).to.equal(code);
  });

  it('round-trips base32 secrets (RFC 4648 vector "foobar")', () => {
    expect(base32Encode(Buffer.from('foobar'))).to.equal('MZXW6YTBOI');
    expect(base32Decode('mzxw6ytboi======').toString()).to.equal('foobar');
    expect(() => base32Decode('not-base32!')).to.throw();
  });

  it('accepts the current step and one step of drift either way, not two, and refuses a replayed step', () => {
    const secret = base32Encode(SEED);
    const at = 1111111111 * 1000;
    const sixDigits = (seconds: number) => hotp(SEED, totpStep(seconds * 1000));
    expect(verifyTotp(secret, sixDigits(1111111111), at)).to.equal(totpStep(at));
    expect(verifyTotp(secret, sixDigits(1111111111 - 30), at)).to.equal(totpStep(at) - 1);
    expect(verifyTotp(secret, sixDigits(1111111111 + 30), at)).to.equal(totpStep(at) + 1);
    expect(verifyTotp(secret, sixDigits(1111111111 - 60), at)).to.equal(null);
    expect(verifyTotp(secret, sixDigits(1111111111), at, totpStep(at))).to.equal(null);
    expect(verifyTotp(secret, '12345', at)).to.equal(null);
  });

  it('builds an otpauth:// enrolment URI', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'admin'));
    expect(uri.protocol).to.equal('otpauth:');
    expect(uri.searchParams.get('secret')).to.equal('JBSWY3DPEHPK3PXP');
    expect(uri.searchParams.get('digits')).to.equal('6');
    expect(uri.searchParams.get('period')).to.equal('30');
    expect(decodeURIComponent(uri.pathname)).to.include('admin');
  });
});
