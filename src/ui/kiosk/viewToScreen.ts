import type { ViewModel } from '../../services';
import { actionControl, flowPanelScreen } from '../flowPanelScreen';
import { layoutPanel, PLAIN_TEXT, type PanelLayout, type TextStyle } from '../panelLayout';
import type { PanelControl, PanelScreen } from '../panelScreen';
import { formLayout, type FormText } from './formLayout';
import type { FormUiState, InputCommand } from './inputCommand';
import { resultLayout } from './resultLayout';

/** One kiosk screen ready to draw: what it shows, where everything is, and what its form controls do. */
export interface KioskScreen {
  screen: PanelScreen;
  layout: PanelLayout;
  /** Form controls (keys, field tabs, options, date steppers) by control id; flow actions are not in it. */
  commands: Map<string, InputCommand>;
}

/** Footer of the form and result screens: back, cancel, language, then the screen's actions with the primary one last. */
function footerOf(view: ViewModel, language: PanelControl): PanelControl[] {
  const order = { back: 0, cancel: 1, choice: 3, secondary: 3, primary: 4 } as const;
  const actions = [...view.actions].sort((a, b) => order[a.role] - order[b.role]).map((a) => actionControl(a, view.busy));
  const i = actions.findIndex((c) => c.tone !== 'quiet' && c.tone !== 'danger');
  actions.splice(i < 0 ? actions.length : i, 0, language);
  return actions;
}

/**
 * Maps the flow's view model to a kiosk panel screen: screens with fields get the form layout with
 * the input widget each field needs, the result gets large codes and a QR code, every other
 * screen the standard panel layout. Pure: tested in Node.
 */
export function viewToScreen(view: ViewModel, ui: FormUiState, text: FormText, language: PanelControl, size: { width: number; height: number }, style: TextStyle = PLAIN_TEXT): KioskScreen {
  const screen = flowPanelScreen(view, language);
  if (view.blocks.some((b) => b.kind === 'qr')) {
    return { screen, layout: stepDown(style, (st) => resultLayout(view, footerOf(view, language), size.width, size.height, st)), commands: new Map() };
  }
  if (view.fields.length > 0) {
    let commands = new Map<string, InputCommand>();
    const layout = stepDown(style, (st) => {
      const form = formLayout(view, ui, text, footerOf(view, language), size.width, size.height, st);
      commands = form.commands;
      return form.layout;
    });
    return { screen, layout, commands };
  }
  return standardScreen(screen, ui.page ?? 0, size, style);
}

/**
 * Lays a fixed-height screen (a form with its keys, the result with its QR code) out at `style`; if it does not
 * fit even on the grown panel, large captions step back towards normal, then all text 5 % at a time (never
 * below 100 %), so nothing is cut off.
 */
function stepDown(style: TextStyle, lay: (style: TextStyle) => PanelLayout): PanelLayout {
  let st = style;
  let layout = lay(st);
  while (layout.overflow && (st.caption > 1 || st.scale > 1)) {
    st = st.caption > 1 ? { ...st, caption: Math.max(1, st.caption - 0.05) } : { ...st, scale: Math.max(1, st.scale - 0.05) };
    layout = lay(st);
  }
  return layout;
}

/**
 * A text screen (services, requirements, consent, information): normal type if it fits, else
 * compact type, else its text in pages with page buttons in the footer, so nothing is ever cut off.
 */
function standardScreen(screen: PanelScreen, page: number, size: { width: number; height: number }, style: TextStyle): KioskScreen {
  for (const density of ['normal', 'compact'] as const) {
    const layout = layoutPanel({ ...screen, density }, size.width, size.height, style);
    if (!layout.overflow) return { screen: { ...screen, density }, layout, commands: new Map() };
  }
  const body = screen.body ?? [];
  let last: KioskScreen | null = null;
  for (let per = Math.max(1, body.length - 1); per >= 1; per--) {
    const pages = Math.ceil(body.length / per);
    const p = Math.min(Math.max(0, page), pages - 1);
    const pager: PanelControl[] = [
      { id: 'page.prev', label: '‹', kind: 'button', tone: 'normal', enabled: p > 0 },
      { id: 'page.next', label: `${p + 1}/${pages} ›`, kind: 'button', tone: 'normal', enabled: p < pages - 1 },
    ];
    const paged: PanelScreen = { ...screen, density: 'compact', body: body.slice(p * per, (p + 1) * per), footer: [...(screen.footer ?? []), ...pager] };
    const commands = new Map<string, InputCommand>([
      ['page.prev', { kind: 'page', delta: -1 }],
      ['page.next', { kind: 'page', delta: 1 }],
    ]);
    last = { screen: paged, layout: layoutPanel(paged, size.width, size.height, style), commands };
    if (!last.layout.overflow) return last;
  }
  return last ?? { screen, layout: layoutPanel(screen, size.width, size.height, style), commands: new Map() };
}
