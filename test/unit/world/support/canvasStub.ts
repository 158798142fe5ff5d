/**
 * A recording stand-in for OffscreenCanvas so Babylon's DynamicTexture works under NullEngine in Node:
 * it keeps every fillText with its font, so tests can check what the signs say and how big.
 */

/** One fillText call as the stub saw it. */
export interface DrawnText {
  text: string;
  font: string;
  /** Font size in pixels parsed from the CSS font string. */
  px: number;
}

/** Installed stub: what was drawn, and how to remove it again. */
export interface CanvasStub {
  texts: DrawnText[];
  uninstall(): void;
}

const fontPx = (font: string): number => Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10);

/** Installs `globalThis.OffscreenCanvas` (only if missing) and returns the shared record of drawn text. */
export function installCanvasStub(): CanvasStub {
  const texts: DrawnText[] = [];
  const g = globalThis as Record<string, unknown>;
  const had = 'OffscreenCanvas' in g;
  class StubContext {
    font = '10px sans-serif';
    fillStyle = '#000';
    textAlign = 'start';
    textBaseline = 'alphabetic';
    fillText(text: string): void {
      texts.push({ text, font: this.font, px: fontPx(this.font) });
    }
    measureText(text: string): { width: number } {
      // A typical sans-serif advance: about 0.58 em per character.
      return { width: text.length * fontPx(this.font) * 0.58 };
    }
  }
  const noop = new Proxy(new StubContext(), {
    get(target, prop) {
      if (prop in target) return (target as unknown as Record<string | symbol, unknown>)[prop];
      return () => undefined;
    },
  });
  class StubCanvas {
    constructor(
      public width: number,
      public height: number,
    ) {}
    getContext(): unknown {
      return noop;
    }
  }
  if (!had) g.OffscreenCanvas = StubCanvas;
  return {
    texts,
    uninstall() {
      if (!had) delete g.OffscreenCanvas;
    },
  };
}
