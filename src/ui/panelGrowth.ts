/** How large a panel may grow for larger text, metres: its width and height at the most. */
export interface PanelGrowth {
  width: number;
  height: number;
}

/**
 * A panel's size for a text scale: it grows in proportion, wider up to `grow.width` (default 1.5 x its width)
 * and taller up to `grow.height` (default: not taller, as its height is bounded by the 0.8–1.6 m band); the
 * layout reflows its lines into the room it gets.
 */
export function grownSize(base: { width: number; height: number }, scale: number, grow?: PanelGrowth): { width: number; height: number } {
  const max = grow ?? { width: base.width * 1.5, height: base.height };
  return {
    width: Math.max(base.width, Math.min(base.width * scale, max.width)),
    height: Math.max(base.height, Math.min(base.height * scale, max.height)),
  };
}
