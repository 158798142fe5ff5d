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
