import type { StatusModel } from './statusModel';

/** A DOM element with text and children (text through textContent only: nothing from the API is parsed as HTML). */
function el(tag: string, className: string | null, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** A definition list of label/value rows. */
function facts(rows: { label: string; value: string }[]): HTMLElement {
  const dl = el('dl', 'facts');
  for (const r of rows) dl.append(el('dt', null, r.label), el('dd', null, r.value));
  return dl;
}

/** Section headings the view needs. */
export interface StatusLabels {
  current: string;
  timeline: string;
  notes: string;
  data: string;
}

/** Draws a status: the code large, the current status, the facts, the timeline, officer notes and masked data. */
export function renderStatus(m: StatusModel, labels: StatusLabels): HTMLElement {
  const main = el('section', 'status', el('h1', 'code', m.heading), el('p', 'service', m.service));
  main.append(el('p', 'current', `${labels.current}: `, el('strong', null, m.status)));
  if (m.rows.length) main.append(facts(m.rows));
  const timeline = el('ol', 'timeline');
  for (const e of m.timeline) timeline.append(el('li', null, el('time', null, e.at), ' ', e.label, ...(e.note ? [el('p', 'note', e.note)] : [])));
  main.append(el('h2', null, labels.timeline), timeline);
  if (m.notes.length) main.append(el('h2', null, labels.notes), ...m.notes.map((n) => el('p', 'note', n)));
  if (m.masked.length) main.append(el('h2', null, labels.data), facts(m.masked));
  return main;
}

/** A message line (loading, offline, not found); `role` makes screen readers announce it. */
export function messageLine(text: string, tone: 'info' | 'error'): HTMLElement {
  const p = el('p', `message ${tone}`, text);
  p.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  return p;
}
