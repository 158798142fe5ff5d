import { expect } from 'chai';
import { layoutPanel, wrapText, type PanelRect } from '../../../src/ui/panelLayout';
import type { PanelScreen } from '../../../src/ui/panelScreen';

const overlaps = (a: PanelRect, b: PanelRect) =>
  Math.abs(a.x - b.x) < (a.w + b.w) / 2 - 1e-9 && Math.abs(a.y - b.y) < (a.h + b.h) / 2 - 1e-9;
const inside = (r: PanelRect, w: number, h: number) =>
  r.x - r.w / 2 >= -w / 2 - 1e-9 && r.x + r.w / 2 <= w / 2 + 1e-9 && r.y - r.h / 2 >= -h / 2 - 1e-9 && r.y + r.h / 2 <= h / 2 + 1e-9;

function screen(buttons: number, extra: Partial<PanelScreen> = {}): PanelScreen {
  return {
    title: 'Kependudukan',
    subtitle: 'Akta, KK, KIA, KTP-el',
    controls: Array.from({ length: buttons }, (_, i) => ({ id: `b${i}`, label: `Layanan ${i}`, kind: 'button' as const })),
    footer: [
      { id: 'back', label: 'Kembali', kind: 'button' },
      { id: 'language', label: 'English', kind: 'toggle' },
    ],
    ...extra,
  };
}

describe('layoutPanel', () => {
  for (const n of [1, 4, 7, 10]) {
    it(`keeps ${n} controls and the footer apart and inside a kiosk panel`, () => {
      const layout = layoutPanel(screen(n), 0.86, 0.68);
      expect(layout.overflow).to.equal(false);
      const rects = layout.controls.map((c) => c.rect);
      rects.forEach((r, i) => {
        expect(inside(r, 0.86, 0.68), `control ${i} inside`).to.equal(true);
        rects.slice(i + 1).forEach((o) => expect(overlaps(r, o), 'controls overlap').to.equal(false));
      });
    });
  }

  it('keeps every control at least 3 cm tall and wide, large enough for a fingertip', () => {
    const keypad = screen(12, { columns: 3 });
    for (const c of layoutPanel(keypad, 0.86, 0.68).controls) {
      expect(c.rect.h).to.be.at.least(0.03);
      expect(c.rect.w).to.be.at.least(0.03);
    }
  });

  it('puts text above the controls so nothing is drawn over a button', () => {
    const layout = layoutPanel(screen(4, { body: ['Syarat: surat keterangan lahir dari bidan atau rumah sakit.'] }), 0.86, 0.68);
    const lowestText = Math.min(...layout.texts.map((t) => t.rect.y - t.rect.h / 2));
    const highestControl = Math.max(...layout.controls.map((c) => c.rect.y + c.rect.h / 2));
    expect(lowestText).to.be.greaterThan(highestControl);
  });

  it('reports overflow instead of silently overlapping when a screen holds too much', () => {
    const crowded = screen(30, { body: Array.from({ length: 6 }, () => 'Teks panjang yang memenuhi panel dengan banyak kata sekali lagi.') });
    expect(layoutPanel(crowded, 0.86, 0.68).overflow).to.equal(true);
  });

  it('wraps long text into lines that fit the width', () => {
    const lines = wrapText('Aula ini buka 24 jam. Datangi kios untuk mengurus dokumen dan menyampaikan pengaduan.', 0.3, 0.02);
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) expect(l.length * 0.02 * 0.76).to.be.at.most(0.3 + 0.02);
  });
});
