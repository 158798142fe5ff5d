import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { catalogueScreens, type CatalogueScreen } from '../unit/ui/kiosk/catalogueScreens';
import { formText, LANGUAGE } from '../unit/ui/kiosk/kioskTestKit';
import { makeFlow } from '../unit/services/flowHarness';
import { viewToScreen } from '../../src/ui/kiosk/viewToScreen';
import { grownSize } from '../../src/ui/panelGrowth';
import { KIOSK_PANEL } from '../../src/ui/kioskPanel';
import { LARGE_CAPTION } from '../../src/ui/panelShelf';
import { PAINT, type PanelLayout } from '../../src/ui/panelLayout';
import { PANEL_THEME } from '../../src/ui/panelTheme';

/** One text block as the painter draws it: its text, CSS font and the box it must fit, in texture pixels. */
interface Block {
  where: string;
  text: string;
  font: string;
  w: number;
  h: number;
}

const px = (m: number) => Math.round(m * PAINT.pixelsPerMetre);
const font = (size: number, weight: string, style: string) => `${style} ${weight} ${Math.round(size * PAINT.pixelsPerMetre * PAINT.fontPerLetter)}px ${PANEL_THEME.font}`;

/** Every text block of a layout: free texts in their rectangles, control labels inside their boxes' widest border. */
function blocksOf(layout: PanelLayout, where: string): Block[] {
  const texts = layout.texts.map((t) => ({
    where: `${where} ${t.role}`,
    text: t.text,
    font: font(t.size, t.role === 'title' || t.role === 'big' ? 'bold' : 'normal', t.role === 'speech' ? 'italic' : ''),
    w: px(t.rect.w),
    h: px(t.rect.h),
  }));
  const labels = layout.controls.map((c) => ({
    where: `${where} ${c.control.id}`,
    text: c.control.label,
    font: font(c.textSize, 'normal', ''),
    w: px(c.rect.w) - 2 * PAINT.maxBorderPx,
    h: px(c.rect.h) - 2 * PAINT.maxBorderPx,
  }));
  return [...texts, ...labels];
}

/**
 * In the page: lays each block out exactly as Babylon GUI's TextBlock does (word wrap by `measureText`, line
 * height and ascent from the DOM like `GetFontOffset`, lines centred in the box) and returns those whose ink
 * leaves the box: a line wider than the box, or glyphs above its top or below its bottom.
 */
async function clipped(page: Page, blocks: Block[]): Promise<string[]> {
  return page.evaluate((list) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const offsets = new Map<string, { ascent: number; height: number }>();
    const offsetOf = (f: string) => {
      let o = offsets.get(f);
      if (o) return o;
      const text = document.createElement('span');
      text.textContent = 'Hg';
      text.style.font = f;
      const block = document.createElement('div');
      block.style.cssText = 'display:inline-block;width:1px;height:0px;vertical-align:bottom';
      const div = document.createElement('div');
      div.style.whiteSpace = 'nowrap';
      div.append(text, block);
      document.body.append(div);
      const height = block.getBoundingClientRect().top - text.getBoundingClientRect().top;
      block.style.verticalAlign = 'baseline';
      const ascent = block.getBoundingClientRect().top - text.getBoundingClientRect().top;
      div.remove();
      o = { ascent, height };
      offsets.set(f, o);
      return o;
    };
    const bad: string[] = [];
    for (const b of list) {
      ctx.font = b.font;
      const lines: string[] = [];
      for (const para of b.text.split('\n')) {
        const words = para.split(' ');
        let line = words[0];
        for (const w of words.slice(1)) {
          if (ctx.measureText(`${line} ${w}`).width > b.w) {
            lines.push(line);
            line = w;
          } else line = `${line} ${w}`;
        }
        lines.push(line);
      }
      const o = offsetOf(b.font);
      let baseline = o.ascent + (b.h - o.height * lines.length) / 2;
      let top = Infinity;
      let bottom = -Infinity;
      let widest = 0;
      for (const line of lines) {
        const m = ctx.measureText(line);
        widest = Math.max(widest, m.width);
        top = Math.min(top, baseline - m.actualBoundingBoxAscent);
        bottom = Math.max(bottom, baseline + m.actualBoundingBoxDescent);
        baseline += o.height;
      }
      // 1 px: the painter rounds every box to whole pixels.
      if (widest > b.w + 1 || top < -1 || bottom > b.h + 1) {
        bad.push(`${b.where}: "${b.text}" needs ${Math.ceil(widest)} x ${Math.ceil(bottom - Math.min(top, 0))} px in ${lines.length} line(s), has ${b.w} x ${b.h}`);
      }
    }
    return bad;
  }, blocks);
}

describe('text at 150 % on every kiosk screen of the catalogue, measured in Chromium as Babylon GUI draws it', function () {
  this.timeout(600_000);
  let browser: Browser;
  let page: Page;
  let screens: CatalogueScreen[];

  before(async () => {
    screens = await catalogueScreens();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page that helper.
    await page.evaluate('window.__name = (f) => f');
  });
  after(async () => {
    await browser?.close();
  });

  /** Every distinct text block of every screen at `scale`, with large captions. */
  function allBlocks(scale: number): Block[] {
    const size = grownSize(KIOSK_PANEL, scale, KIOSK_PANEL.grow);
    const seen = new Map<string, Block>();
    for (const s of screens) {
      const { i18n } = makeFlow(s.view.kioskId);
      i18n.setLocale(s.locale);
      const drawn = viewToScreen(s.view, s.ui, formText(i18n), LANGUAGE, size, { scale, caption: LARGE_CAPTION });
      for (const b of blocksOf(drawn.layout, s.name)) seen.set(`${b.text}|${b.font}|${b.w}|${b.h}`, b);
    }
    return [...seen.values()];
  }

  for (const scale of [1.5, 1.25]) {
    it(`clips no title, line, value, caption or key label at ${scale * 100} %`, async () => {
      const blocks = allBlocks(scale);
      expect(blocks.length, 'text blocks measured').to.be.greaterThan(1000);
      const bad = await clipped(page, blocks);
      expect(bad.slice(0, 25), `${bad.length} of ${blocks.length} blocks clipped`).to.deep.equal([]);
    });
  }

  it('does catch a clipped label: the same blocks in boxes too small for them are reported', async () => {
    const blocks = allBlocks(1.5);
    const longest = blocks.filter((b) => b.where.includes('service:')).sort((a, b) => b.text.length - a.text.length)[0];
    const line = blocks.find((b) => b.where.endsWith(' title'))!;
    const squeezed = [
      { ...longest, where: 'narrow key', w: Math.round(longest.w * 0.5), h: Math.round(longest.h * 0.6) },
      { ...line, where: 'short title box', w: Math.round(line.w * 0.3) },
    ];
    expect(await clipped(page, [longest, line]), 'as laid out, they fit').to.deep.equal([]);
    const bad = await clipped(page, squeezed);
    expect(bad.map((b) => b.split(':')[0])).to.deep.equal(['narrow key', 'short title box']);
  });
});
