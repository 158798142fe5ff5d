import { expect } from 'chai';
import { HIGH_CONTRAST_PANEL_THEME as HC } from '../../../src/ui/panelTheme';

/** WCAG 2.x relative luminance of a #rrggbb colour (alpha ignored: panels are drawn opaque). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the high-contrast panel skin (XAUR REQ 6)', () => {
  it('keeps every text colour at WCAG AA (4.5:1) or better on the panel and in the value box', () => {
    for (const text of [HC.text, HC.muted, HC.error, HC.success, HC.speech]) {
      expect(contrast(text, HC.background), `${text} on the panel`).to.be.at.least(4.5);
      expect(contrast(text, HC.fieldBox), `${text} in a value box`).to.be.at.least(4.5);
    }
  });

  it('keeps control labels at AA in every state: each tone, hovered, pressed, chosen and disabled', () => {
    const fills = [...Object.values(HC.control), HC.hover, HC.pressed, HC.selected, HC.disabled];
    for (const fill of fills) expect(contrast(HC.text, fill), `label on ${fill}`).to.be.at.least(4.5);
  });

  it('draws the focus ring and the border at 3:1 or better against the panel (non-text contrast)', () => {
    expect(contrast(HC.focusRing, HC.background)).to.be.at.least(3);
    expect(contrast(HC.border, HC.background)).to.be.at.least(3);
  });
});
