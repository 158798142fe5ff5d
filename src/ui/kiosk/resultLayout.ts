import type { ViewModel } from '../../services';
import { blockLines } from '../flowPanelScreen';
import { PLAIN_TEXT, speechLines, type PanelLayout, type TextStyle } from '../panelLayout';
import type { PanelControl } from '../panelScreen';
import { footerRow, footerTop, KIOSK_METRICS, PanelGrid } from './panelGrid';
import { qrMatrix } from './qrMatrix';

/** Side of the QR code on the panel, metres: big enough for a phone camera at 30–50 cm. */
const QR_SIZE = 0.24;

/**
 * Lays out the result screen: the tracking code and queue number in large type on the left,
 * the other facts and next steps under them, and the status link as a real QR code on the right
 * with its caption; the actions run along the bottom.
 */
export function resultLayout(view: ViewModel, footer: PanelControl[], width: number, height: number, style: TextStyle = PLAIN_TEXT): PanelLayout {
  const m = KIOSK_METRICS;
  const grid = new PanelGrid(width, height, footerTop(height), style);
  grid.lines(view.title, m.title, 'title', { maxLines: 1 });
  grid.lines(view.say, m.speech, 'speech', { maxLines: speechLines(style) });
  if (view.notice) grid.lines(view.notice.text, m.speech, 'notice', { maxLines: 2, tone: view.notice.tone });
  grid.space();

  const qrBlock = view.blocks.find((b) => b.kind === 'qr');
  const columnW = qrBlock ? grid.inner - QR_SIZE - 2 * m.gap : grid.inner;
  const top = grid.top;
  let qr: PanelLayout['qr'];
  if (qrBlock?.kind === 'qr') {
    const rect = { x: grid.left + grid.inner - QR_SIZE / 2, y: top - QR_SIZE / 2, w: QR_SIZE, h: QR_SIZE };
    qr = { rect, modules: qrMatrix(qrBlock.url) };
    grid.top = top - QR_SIZE - 0.004;
    grid.lines(qrBlock.caption, 0.013, 'subtitle', { maxLines: 3, x0: rect.x - QR_SIZE / 2, w: QR_SIZE });
  }
  const qrBottom = grid.top;
  grid.top = top;
  for (const b of view.blocks) {
    if (b.kind === 'qr') continue;
    if (b.kind === 'facts') {
      for (const r of b.rows) {
        if (r.emphasis) {
          grid.lines(r.label, m.small, 'fieldLabel', { w: columnW });
          // Codes are already 5 cm tall: they grow at most 20 %, leaving the room to the rest of the text.
          grid.lines(r.value, (0.05 * Math.min(grid.style.scale, 1.2)) / grid.style.scale, 'big', { w: columnW, maxLines: 1 });
          grid.space(0.006);
        } else {
          grid.lines(`${r.label}: ${r.value}`, 0.016, 'body', { w: columnW, maxLines: 3 });
        }
      }
      continue;
    }
    for (const line of blockLines(b)) grid.lines(line, 0.016, 'body', { w: columnW, maxLines: 4 });
  }
  grid.top = Math.min(grid.top, qrBottom);
  return { width, height, texts: grid.texts, controls: footerRow(footer, width, height, style), overflow: grid.overflow, ...(qr ? { qr } : {}) };
}
