/** Colours of kiosk panels: Makassar navy with gold accents, high contrast for readability. */
export const PANEL_THEME = {
  background: '#0f2a44f2',
  border: '#d4a72c',
  text: '#ffffff',
  muted: '#c9d6e3',
  error: '#ffb4a8',
  success: '#9be7b0',
  control: { normal: '#1f4e79', primary: '#b8860b', quiet: '#2b3f55', danger: '#8b2a2a' },
  hover: '#3d7cb8',
  pressed: '#0b1c2e',
  selected: '#2e7d4f',
  disabled: '#3a4450',
  focusRing: '#ffd54a',
  /** The officer's spoken line (subtitles). */
  speech: '#ffe08a',
  /** Background of a field's value box. */
  fieldBox: '#081a2c',
  font: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
};

/** The colours a panel is drawn with. */
export type PanelTheme = typeof PANEL_THEME;

/**
 * The high-contrast skin (XAUR REQ 6, `prefers-contrast: more`): black panels, white text and yellow focus;
 * every text and control colour pair reaches at least WCAG AA (4.5:1), checked in `test/unit/ui/panelTheme.test.ts`.
 */
export const HIGH_CONTRAST_PANEL_THEME: PanelTheme = {
  background: '#000000ff',
  border: '#ffffff',
  text: '#ffffff',
  muted: '#e6e6e6',
  error: '#ffb3b3',
  success: '#a6ffbf',
  control: { normal: '#1a1a1a', primary: '#003d80', quiet: '#262626', danger: '#800000' },
  hover: '#00305f',
  pressed: '#000000',
  selected: '#005a1e',
  disabled: '#404040',
  focusRing: '#ffff00',
  speech: '#ffff66',
  fieldBox: '#000000',
  font: PANEL_THEME.font,
};
