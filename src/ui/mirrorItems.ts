import type { PanelScreen } from './panelScreen';

/** A line of a panel's text as the DOM mirror reads it. */
export interface MirrorText {
  role: 'heading' | 'text' | 'alert';
  text: string;
}

/** One entry of the mirror, in reading order: a panel's text, or one of its controls. */
export type MirrorItem = { key: string; text: MirrorText } | { key: string; control: string };

/**
 * What a screen says, in the panel's reading order: the title as a heading, then subtitle, the
 * officer's line, the body and the notice (an error notice as an alert). Fields are left out:
 * each is a control whose name carries its label, value and error.
 */
export function screenTexts(screen: PanelScreen): MirrorText[] {
  const out: MirrorText[] = [{ role: 'heading', text: screen.title }];
  const add = (text: string | undefined) => text?.trim() && out.push({ role: 'text', text: text.trim() });
  add(screen.subtitle);
  add(screen.speech);
  for (const line of screen.body ?? []) add(line);
  if (screen.notice) out.push({ role: screen.notice.tone === 'error' ? 'alert' : 'text', text: screen.notice.text });
  return out;
}

/**
 * Interleaves panels' texts with their controls: each group's texts come right before its first
 * listed control, so a screen reader reads heading, instructions and errors, then the buttons.
 */
export function mirrorItems(controls: readonly { id: string; group: string }[], textsOf: (group: string) => readonly MirrorText[]): MirrorItem[] {
  const items: MirrorItem[] = [];
  const seen = new Set<string>();
  for (const c of controls) {
    if (!seen.has(c.group)) {
      seen.add(c.group);
      textsOf(c.group).forEach((text, i) => items.push({ key: `${c.group}#${i}`, text }));
    }
    items.push({ key: c.id, control: c.id });
  }
  return items;
}

/** The current texts of every panel, by group; listeners hear every change. */
export class PanelTexts {
  private readonly byGroup = new Map<string, MirrorText[]>();
  private readonly listeners = new Set<() => void>();

  /** Sets a panel's texts (a new screen), or removes them (`null`: the panel is gone). */
  set(group: string, texts: MirrorText[] | null): void {
    if (texts) this.byGroup.set(group, texts);
    else this.byGroup.delete(group);
    for (const l of this.listeners) l();
  }

  /** A panel's texts (empty when it has none). */
  get(group: string): readonly MirrorText[] {
    return this.byGroup.get(group) ?? [];
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
