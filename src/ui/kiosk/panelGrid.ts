import { fitLabels, LINE_HEIGHT, PLAIN_TEXT, wrapText, wrapWidth, type LaidControl, type LaidText, type PanelRect, type TextStyle } from '../panelLayout';
import type { PanelControl } from '../panelScreen';

/** Spacing of kiosk screens, metres. Keys never get smaller than `minKey` (a fingertip). */
export const KIOSK_METRICS = {
  padding: 0.03,
  gap: 0.01,
  minKey: 0.03,
  maxKey: 0.07,
  footerHeight: 0.06,
  title: 0.028,
  speech: 0.017,
  small: 0.015,
};

/**
 * A cursor that stacks texts and control rows down a panel, for the kiosk's custom screens
 * (form, result); it records whether anything went past the bottom limit.
 */
export class PanelGrid {
  /** Texts placed so far. */
  readonly texts: LaidText[] = [];
  /** Controls placed so far. */
  readonly controls: LaidControl[] = [];
  /** The y of the next free line (top edge), metres. */
  top: number;
  /** Left edge of the content, metres. */
  readonly left: number;
  /** Content width, metres. */
  readonly inner: number;
  /** True once something had to be drawn below `bottom` or keys below their minimum size. */
  overflow = false;

  constructor(
    readonly width: number,
    readonly height: number,
    /** The lowest y content may reach (above the footer). */
    public bottom: number,
    /** Text size (100–150 %) and caption size: every size given to {@link lines} and {@link rows} is multiplied by it. */
    readonly style: TextStyle = PLAIN_TEXT,
  ) {
    this.top = height / 2 - KIOSK_METRICS.padding;
    this.left = -width / 2 + KIOSK_METRICS.padding;
    this.inner = width - 2 * KIOSK_METRICS.padding;
  }

  /** Adds wrapped lines of text across `w` metres starting at `x0` (default: full width), at most `maxLines`. */
  lines(text: string, size: number, role: LaidText['role'], opts: { maxLines?: number; tone?: string; x0?: number; w?: number } = {}): void {
    const w = opts.w ?? this.inner;
    const x0 = opts.x0 ?? this.left;
    size *= this.style.scale * (role === 'speech' ? this.style.caption : 1);
    let lines = wrapText(text, wrapWidth(w, role), size);
    if (opts.maxLines && lines.length > opts.maxLines) {
      lines = lines.slice(0, opts.maxLines);
      lines[lines.length - 1] = `${lines[lines.length - 1]}…`;
    }
    for (const line of lines) {
      const h = size * LINE_HEIGHT;
      this.texts.push({ rect: { x: x0 + w / 2, y: this.top - h / 2, w, h }, text: line, size, role, ...(opts.tone ? { tone: opts.tone } : {}) });
      this.top -= h;
    }
    this.check();
  }

  /** Leaves a gap. */
  space(h = KIOSK_METRICS.gap): void {
    this.top -= h;
  }

  /**
   * Adds rows of controls; each row's widths are in `units` of a `unitsPerRow` grid spanning `w`, centred.
   * Row height is `rowHeight`, never below a fingertip. `x0` puts the rows' area at that left edge instead.
   */
  rows(rows: { control: PanelControl; units: number }[][], opts: { unitsPerRow: number; rowHeight: number; w?: number; x0?: number; textSize?: number }): void {
    const g = KIOSK_METRICS.gap;
    const w = opts.w ?? this.inner;
    const unit = (w - g * (opts.unitsPerRow - 1)) / opts.unitsPerRow;
    const h = opts.rowHeight;
    if (h < KIOSK_METRICS.minKey - 1e-9) this.overflow = true;
    for (const row of rows) {
      const units = row.reduce((s, k) => s + k.units, 0);
      const rowW = units * unit + (units - 1) * g;
      let x = -rowW / 2 + (opts.x0 === undefined ? this.left + this.inner / 2 : opts.x0 + w / 2);
      for (const k of row) {
        const kw = k.units * unit + (k.units - 1) * g;
        const rect: PanelRect = { x: x + kw / 2, y: this.top - h / 2, w: kw, h };
        this.controls.push({ rect, control: k.control, textSize: (opts.textSize ?? Math.min(0.022, h * 0.4)) * this.style.scale });
        x += kw + g;
      }
      this.top -= h + g;
    }
    this.top += g;
    this.check();
  }

  /** Height each of `n` rows may take in what is left above `bottom`, capped at `max`. */
  rowHeightFor(n: number, max = KIOSK_METRICS.maxKey, reserve = 0): number {
    const left = this.top - this.bottom - reserve - KIOSK_METRICS.gap * (n - 1);
    return Math.min(max, left / n);
  }

  private check(): void {
    if (this.top < this.bottom - 1e-9) this.overflow = true;
  }
}

/** Lays the footer controls out in one row along the panel's bottom edge (labels fitted to their keys). */
export function footerRow(footer: PanelControl[], width: number, height: number, style: TextStyle = PLAIN_TEXT): LaidControl[] {
  const m = KIOSK_METRICS;
  const inner = width - 2 * m.padding;
  const w = (inner - m.gap * (footer.length - 1)) / footer.length;
  return fitLabels(
    footer.map((control, i) => ({
      rect: { x: -width / 2 + m.padding + w / 2 + i * (w + m.gap), y: -height / 2 + m.padding + m.footerHeight / 2, w, h: m.footerHeight },
      control,
      textSize: 0.019 * style.scale,
    })),
  );
}

/** The lowest y content may use above a footer. */
export function footerTop(height: number): number {
  return -height / 2 + KIOSK_METRICS.padding + KIOSK_METRICS.footerHeight + KIOSK_METRICS.gap;
}
