import { expect } from 'chai';
import { qrMatrix } from '../../../../src/ui/kiosk/qrMatrix';

/** True when a 7x7 finder pattern (dark ring, light ring, 3x3 dark core) starts at (r, c). */
function finderAt(m: boolean[][], r: number, c: number): boolean {
  for (let i = 0; i < 7; i++) {
    for (let j = 0; j < 7; j++) {
      const ring = Math.max(Math.abs(i - 3), Math.abs(j - 3));
      const dark = ring !== 2;
      if (m[r + i][c + j] !== dark) return false;
    }
  }
  return true;
}

describe('qrMatrix (status link QR code)', () => {
  const url = 'http://127.0.0.1:8080/?status=K7QM-4ZTX';

  it('is a square of a valid QR version size with the three finder patterns', () => {
    const m = qrMatrix(url);
    const n = m.length;
    expect(m.every((row) => row.length === n)).to.equal(true);
    expect((n - 17) % 4, 'size is 17 + 4·version').to.equal(0);
    // 39 bytes at level M need version 3 (29 modules).
    expect(n).to.equal(29);
    expect(finderAt(m, 0, 0), 'top left').to.equal(true);
    expect(finderAt(m, 0, n - 7), 'top right').to.equal(true);
    expect(finderAt(m, n - 7, 0), 'bottom left').to.equal(true);
    expect(finderAt(m, n - 7, n - 7), 'no finder bottom right').to.equal(false);
    // Timing pattern between the finders alternates dark/light.
    for (let i = 8; i < n - 8; i++) expect(m[6][i]).to.equal(i % 2 === 0);
  });

  it('changes with the tracking code and grows with a longer link', () => {
    const a = qrMatrix(url);
    const b = qrMatrix(url.replace('K7QM', 'P2RT'));
    expect(JSON.stringify(a)).to.not.equal(JSON.stringify(b));
    expect(qrMatrix(`https://layanan.makassarkota.go.id/?status=K7QM-4ZTX&lang=en`).length).to.be.greaterThan(a.length);
  });
});
