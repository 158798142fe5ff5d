import { expect } from 'chai';
import { createI18n } from '../../../../src/i18n/createI18n';
import { stepText } from '../../../../src/ui/desktop/stepText';
import { qrImage } from '../../../../src/ui/desktop/qrImage';

describe('sheet texts and pictures', () => {
  it('says the step in both languages', () => {
    const i18n = createI18n({ onMissing: (key) => { throw new Error(`missing ${key}`); } });
    expect(stepText({ index: 2, count: 5 }, i18n.t)).to.equal('Langkah 2 dari 5');
    i18n.setLocale('en');
    expect(stepText({ index: 2, count: 5 }, i18n.t)).to.equal('Step 2 of 5');
    expect(stepText(null, i18n.t)).to.equal('');
  });

  it('draws the status link as an SVG data URL (no request, allowed by the CSP), different per code', () => {
    const a = qrImage('http://localhost:8080/?status=K7QM-4ZTX');
    const b = qrImage('http://localhost:8080/?status=P2RT-8WXY');
    expect(a).to.match(/^data:image\/svg\+xml;charset=utf-8,/);
    const svg = decodeURIComponent(a.slice(a.indexOf(',') + 1));
    expect(svg).to.match(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).to.include('<path');
    expect(a).to.not.equal(b);
  });
});
