/** The visitor's system accessibility settings that the hall honours, on the page and in the headset. */
export interface SystemPreferences {
  /** `prefers-reduced-motion: reduce`: travel jumps instead of gliding (XAUR REQ 9, WCAG 2.3.3). */
  reducedMotion: boolean;
  /** `prefers-contrast: more`: panels use the high-contrast skin (XAUR REQ 6). */
  moreContrast: boolean;
}

const QUERIES: Record<keyof SystemPreferences, string> = {
  reducedMotion: '(prefers-reduced-motion: reduce)',
  moreContrast: '(prefers-contrast: more)',
};

/** The part of `window.matchMedia` this needs, so the rules test in Node. */
export type MediaMatcher = (query: string) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

/**
 * Calls back at once with the system preferences, and again whenever the visitor changes one in
 * the system settings while the hall is open (no reload). Returns the function that stops watching.
 */
export function watchSystemPreferences(onChange: (p: SystemPreferences) => void, media: MediaMatcher = (q) => matchMedia(q)): () => void {
  const lists = { reducedMotion: media(QUERIES.reducedMotion), moreContrast: media(QUERIES.moreContrast) };
  const report = (): void => onChange({ reducedMotion: lists.reducedMotion.matches, moreContrast: lists.moreContrast.matches });
  for (const l of Object.values(lists)) l.addEventListener('change', report);
  report();
  return () => {
    for (const l of Object.values(lists)) l.removeEventListener('change', report);
  };
}
