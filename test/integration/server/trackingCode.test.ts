import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { generateTrackingCode, isTrackingCode, normalizeTrackingCode, TRACKING_CODE_ALPHABET } from '../../../src/shared/trackingCode';

describe('tracking codes', () => {
  it('uses no look-alike symbols', () => {
    for (const ch of '0O1IL') expect(TRACKING_CODE_ALPHABET).to.not.include(ch);
    expect(new Set(TRACKING_CODE_ALPHABET).size).to.equal(TRACKING_CODE_ALPHABET.length);
  });

  it('draws well-formed, distinct, non-sequential codes', () => {
    const codes = Array.from({ length: 5000 }, () => generateTrackingCode((n) => randomBytes(n)));
    expect(codes.every(isTrackingCode)).to.equal(true);
    expect(new Set(codes).size).to.equal(codes.length);
    // Every symbol shows up in every position: no position is fixed or counting.
    for (let pos = 0; pos < 9; pos++) {
      if (pos === 4) continue;
      expect(new Set(codes.map((c) => c[pos])).size, `position ${pos}`).to.equal(TRACKING_CODE_ALPHABET.length);
    }
  });

  it('normalizes what a citizen types', () => {
    expect(normalizeTrackingCode('k7qm4ztx')).to.equal('K7QM-4ZTX');
    expect(normalizeTrackingCode(' K7QM - 4ZTX ')).to.equal('K7QM-4ZTX');
    expect(normalizeTrackingCode('K7QM-4ZT')).to.equal(null);
    expect(normalizeTrackingCode('K7QM-4ZT0')).to.equal(null);
    expect(isTrackingCode('k7qm-4ztx')).to.equal(false);
  });
});
