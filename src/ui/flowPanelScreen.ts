import type { ViewAction, ViewBlock, ViewModel } from '../services';
import type { PanelControl, PanelScreen } from './panelScreen';

/** Flattens a render-neutral content block into lines of panel text. */
export function blockLines(block: ViewBlock): string[] {
  switch (block.kind) {
    case 'text':
      return [block.text];
    case 'list':
      return [block.title, ...block.items.map((i) => `• ${i}`)];
    case 'facts':
      return block.rows.map((r) => `${r.label}: ${r.value}`);
    case 'qr':
      return [block.caption, block.url];
    case 'timeline':
      return [block.title, ...block.entries.map((e) => `${e.at} · ${e.label}${e.note ? ` — ${e.note}` : ''}`)];
    case 'cards':
      return [...block.cards.map((c) => `${c.title} (${c.tag}): ${c.body}`), ...(block.footnote ? [block.footnote] : [])];
  }
}

/** A flow action as a panel control: primary in gold, cancel in red, back quiet; only cancel works while busy. */
export function actionControl(a: ViewAction, busy: boolean): PanelControl {
  return {
    id: a.id,
    label: a.label,
    kind: a.role === 'choice' ? 'choice' : 'button',
    enabled: a.enabled && (!busy || a.role === 'cancel'),
    tone: a.role === 'primary' ? 'primary' : a.role === 'cancel' ? 'danger' : a.role === 'back' ? 'quiet' : 'normal',
    ...(a.featured ? { featured: true } : {}),
  };
}

/**
 * Turns the flow's view model into what a kiosk panel shows: content as text, fields with their
 * errors next to them, choices and the primary action as big buttons, back / cancel / language
 * in the footer.
 */
export function flowPanelScreen(view: ViewModel, language: PanelControl): PanelScreen {
  const main: PanelControl[] = [];
  const footer: PanelControl[] = [];
  for (const a of view.actions) {
    const control = actionControl(a, view.busy);
    (a.role === 'back' || a.role === 'cancel' ? footer : main).push(control);
  }
  footer.push(language);
  return {
    title: view.title,
    subtitle: view.subtitle ?? undefined,
    speech: view.say,
    body: view.blocks.flatMap(blockLines),
    fields: view.fields.map((f) => ({ id: f.name, label: f.label, value: f.value, error: f.error?.message })),
    notice: view.notice ? { text: view.notice.text, tone: view.notice.tone } : undefined,
    controls: main,
    columns: main.length > 4 ? 2 : 1,
    footer,
  };
}
