import type { PanelControl, PanelScreen } from './panelScreen';

/** A rectangle on a panel in metres, centred coordinates: x to the visitor's right, y up. */
export interface PanelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A laid-out text block. */
export interface LaidText {
  rect: PanelRect;
  text: string;
  /** Letter (cap) height in metres. */
  size: number;
  role: 'title' | 'subtitle' | 'body' | 'fieldLabel' | 'fieldValue' | 'fieldError' | 'notice' | 'speech' | 'big';
  tone?: string;
  /** Overrides the role's alignment (titles centred, the rest left). */
  align?: 'left' | 'center';
}

/** A laid-out control with its rectangle. */
export interface LaidControl {
  rect: PanelRect;
  control: PanelControl;
  textSize: number;
}

/** The result of laying out a screen on a panel. */
export interface PanelLayout {
  width: number;
  height: number;
  texts: LaidText[];
  controls: LaidControl[];
  /** True when the content did not fit and controls had to be squeezed below their minimum height. */
  overflow: boolean;
  /** Framed boxes drawn behind texts (a field's value box; `active` is the field the keys type into). */
  frames?: { rect: PanelRect; tone: 'field' | 'active' | 'error' }[];
  /** A QR code to draw: dark modules as true, row by row, in a square rectangle (quiet zone included in `rect`). */
  qr?: { rect: PanelRect; modules: boolean[][] };
}

/** Panel sizes and type sizes, in metres. Keys stay at least 3 cm for a fingertip. */
export const PANEL_METRICS = {
  padding: 0.03,
  gap: 0.012,
  title: 0.038,
  subtitle: 0.024,
  body: 0.02,
  controlText: 0.024,
  minControlHeight: 0.05,
  maxControlHeight: 0.08,
  footerHeight: 0.06,
};

/** How big a panel's text is drawn: `scale` for all text (100/125/150 %), `caption` on top of it for the officer's spoken line. */
export interface TextStyle {
  scale: number;
  caption: number;
}

/** Text as designed: 100 %, normal captions. */
export const PLAIN_TEXT: TextStyle = { scale: 1, caption: 1 };

/** Lines the officer's spoken line may take on a panel: more when it is drawn bigger, so it is not cut short. */
export function speechLines(style: TextStyle): number {
  return Math.round(2 * style.scale * style.caption);
}

/**
 * How the painter draws a layout: texture pixels per metre of panel (about 11 px per centimetre, crisp at arm's
 * length on a Quest), font size per letter size, and the widest border a control box gets (focused).
 */
export const PAINT = { pixelsPerMetre: 1100, fontPerLetter: 1.35, maxBorderPx: 8 };

/** A control label's font height relative to its letter size, and the line height relative to the font (as the painter draws). */
const FONT = { perLetter: PAINT.fontPerLetter, line: 1.2 };

/** Average advance of a character per letter size used when fitting (wider than {@link CHAR_ADVANCE}: bold and wide words). */
const FIT_ADVANCE = 0.9;

/**
 * The largest letter size, at most `size`, at which `text` wrapped to `w` fits `h` (metres) with no word wider
 * than the box; it steps down 5 % at a time. For labels in fixed boxes (keys sized for fingertips, field tabs).
 */
export function fitSize(text: string, w: number, h: number, size: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  const fits = (sz: number) => {
    const perLine = Math.floor(w / (sz * FIT_ADVANCE));
    if (words.some((word) => word.length > perLine)) return false;
    let lines = 1;
    let used = 0;
    for (const word of words) {
      if (used && used + 1 + word.length > perLine) {
        lines++;
        used = word.length;
      } else used += (used ? 1 : 0) + word.length;
    }
    return lines * sz * FONT.perLetter * FONT.line <= h;
  };
  while (size > 0.004 && !fits(size)) size *= 0.95;
  return size;
}

/** Makes every control's label fit inside its box's widest border (see {@link fitSize}). */
export function fitLabels(controls: LaidControl[]): LaidControl[] {
  const border = (2 * PAINT.maxBorderPx) / PAINT.pixelsPerMetre;
  return controls.map((c) => {
    const size = fitSize(c.control.label, c.rect.w - border, c.rect.h - border, c.textSize);
    return size === c.textSize ? c : { ...c, textSize: size };
  });
}

/** Line height per letter size: room for accents above and descenders below (measured in Chromium, `test/e2e/textFit.test.ts`). */
export const LINE_HEIGHT = 1.55;

/** The width to wrap a line of `role` to: bold titles and codes and italic captions run wider than the average. */
export function wrapWidth(w: number, role: LaidText['role']): number {
  return role === 'title' || role === 'big' ? w * 0.86 : role === 'speech' ? w * 0.92 : w * 0.95;
}

/** How much taller (and larger in type) the featured control is than the others. */
const FEATURED = 1.4;

/** Advance width of an average character relative to the cap height, for wrapping (sans-serif, measured). */
const CHAR_ADVANCE = 0.76;

/** Wraps text into lines that fit `width` at letter size `size`. */
export function wrapText(text: string, width: number, size: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * CHAR_ADVANCE)));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && (line + ' ' + word).length > perLine) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Lays a screen out on a panel of `width` x `height` metres: title and text from the top,
 * the footer at the bottom, and the controls in a grid in between.
 */
export function layoutPanel(screen: PanelScreen, width: number, height: number, style: TextStyle = PLAIN_TEXT): PanelLayout {
  const base = screen.density === 'compact' ? { ...PANEL_METRICS, title: 0.028, subtitle: 0.018, body: 0.0135, controlText: 0.018, footerHeight: 0.05 } : PANEL_METRICS;
  const k = style.scale;
  const m = { ...base, title: base.title * k, subtitle: base.subtitle * k, body: base.body * k, controlText: base.controlText * k, maxControlHeight: base.maxControlHeight * k, footerHeight: Math.max(base.footerHeight, base.controlText * k * 2.2) };
  const inner = width - 2 * m.padding;
  const left = -width / 2 + m.padding;
  const texts: LaidText[] = [];
  const controls: LaidControl[] = [];
  let top = height / 2 - m.padding;

  const addLines = (text: string, size: number, role: LaidText['role'], tone?: string) => {
    for (const line of wrapText(text, wrapWidth(inner, role), size)) {
      const h = size * LINE_HEIGHT;
      texts.push({ rect: { x: 0, y: top - h / 2, w: inner, h }, text: line, size, role, tone });
      top -= h;
    }
  };

  if (screen.title) addLines(screen.title, m.title, 'title');
  if (screen.subtitle) addLines(screen.subtitle, m.subtitle, 'subtitle');
  if (screen.speech) addLines(screen.speech, m.body * style.caption, 'speech');
  top -= m.gap / 2;
  for (const p of screen.body ?? []) addLines(p, m.body, 'body');
  if (screen.notice) addLines(screen.notice.text, m.body, 'notice', screen.notice.tone);

  for (const f of screen.fields ?? []) {
    const h = m.body * 2.2;
    const labelW = inner * 0.42;
    texts.push({ rect: { x: left + labelW / 2, y: top - h / 2, w: labelW, h }, text: f.label, size: m.body, role: 'fieldLabel' });
    texts.push({
      rect: { x: left + labelW + (inner - labelW) / 2, y: top - h / 2, w: inner - labelW, h },
      text: f.value,
      size: m.body,
      role: 'fieldValue',
      tone: f.active ? 'active' : undefined,
    });
    top -= h;
    if (f.error) addLines(f.error, m.body * 0.9, 'fieldError');
  }

  const footer = screen.footer ?? [];
  const bottom = -height / 2 + m.padding + (footer.length ? m.footerHeight + m.gap : 0);
  if (footer.length) {
    const w = (inner - m.gap * (footer.length - 1)) / footer.length;
    footer.forEach((control, i) => {
      controls.push({
        rect: { x: left + w / 2 + i * (w + m.gap), y: -height / 2 + m.padding + m.footerHeight / 2, w, h: m.footerHeight },
        control,
        textSize: m.controlText * 0.9,
      });
    });
  }

  let overflow = false;
  const cols = Math.max(1, screen.columns ?? (screen.controls.length > 4 ? 2 : 1));
  // The most common choice, first, takes a whole row FEATURED times as tall (issue 8).
  const featured = screen.controls[0]?.featured ? 1 : 0;
  const rows = featured + Math.ceil((screen.controls.length - featured) / cols);
  if (rows > 0) {
    const available = top - m.gap - bottom;
    const fit = (available - m.gap * (rows - 1)) / (rows + featured * (FEATURED - 1));
    overflow = fit < m.minControlHeight;
    const h = Math.min(m.maxControlHeight, Math.max(m.minControlHeight, fit));
    const w = (inner - m.gap * (cols - 1)) / cols;
    let rowTop = top - m.gap;
    if (featured) {
      const fh = h * FEATURED;
      controls.push({ rect: { x: 0, y: rowTop - fh / 2, w: inner, h: fh }, control: screen.controls[0], textSize: Math.min(m.controlText * FEATURED, fh * 0.4) });
      rowTop -= fh + m.gap;
    }
    screen.controls.slice(featured).forEach((control, i) => {
      const r = Math.floor(i / cols);
      const c = i % cols;
      controls.push({
        rect: { x: left + w / 2 + c * (w + m.gap), y: rowTop - h / 2 - r * (h + m.gap), w, h },
        control,
        textSize: Math.min(m.controlText, h * 0.4),
      });
    });
  }
  return { width, height, texts, controls: fitLabels(controls), overflow };
}
