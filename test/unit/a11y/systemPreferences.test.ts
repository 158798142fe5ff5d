import { expect } from 'chai';
import { watchSystemPreferences, type MediaMatcher, type SystemPreferences } from '../../../src/a11y/systemPreferences';

/** A system whose accessibility settings the test changes, as a visitor does in the OS settings. */
function fakeSystem(initial: Record<string, boolean>) {
  const state = { ...initial };
  const listeners = new Map<string, Set<() => void>>();
  const media: MediaMatcher = (query) => ({
    get matches() {
      return state[query] ?? false;
    },
    addEventListener: (_type: string, l: () => void) => void (listeners.get(query) ?? listeners.set(query, new Set()).get(query)!).add(l),
    removeEventListener: (_type: string, l: () => void) => void listeners.get(query)?.delete(l),
  }) as ReturnType<MediaMatcher>;
  const set = (query: string, on: boolean) => {
    state[query] = on;
    for (const l of listeners.get(query) ?? []) l();
  };
  return { media, set };
}

describe('system accessibility preferences (watchSystemPreferences)', () => {
  const MOTION = '(prefers-reduced-motion: reduce)';
  const CONTRAST = '(prefers-contrast: more)';

  it('reports the settings at once, and each change while the hall is open', () => {
    const sys = fakeSystem({ [MOTION]: true });
    const seen: SystemPreferences[] = [];
    watchSystemPreferences((p) => seen.push(p), sys.media);
    expect(seen).to.deep.equal([{ reducedMotion: true, moreContrast: false }]);
    sys.set(CONTRAST, true);
    sys.set(MOTION, false);
    expect(seen.slice(1)).to.deep.equal([
      { reducedMotion: true, moreContrast: true },
      { reducedMotion: false, moreContrast: true },
    ]);
  });

  it('stops reporting once stopped', () => {
    const sys = fakeSystem({});
    const seen: SystemPreferences[] = [];
    const stop = watchSystemPreferences((p) => seen.push(p), sys.media);
    stop();
    sys.set(CONTRAST, true);
    expect(seen).to.have.length(1);
  });
});
