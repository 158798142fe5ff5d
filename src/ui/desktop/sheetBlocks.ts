import type { ViewBlock } from '../../services';
import { qrImage } from './qrImage';
import { h } from './sheetDom';

/** Draws one render-neutral content block (text, list, facts, QR, timeline, cards) as plain semantic HTML. */
export function renderBlock(block: ViewBlock): HTMLElement {
  switch (block.kind) {
    case 'text':
      return h('p', { class: 'sheet-text' }, block.text);
    case 'list':
      return h('section', { class: 'sheet-list' }, h('h3', {}, block.title), h('ul', {}, ...block.items.map((i) => h('li', {}, i))));
    case 'facts':
      return h(
        'dl',
        { class: 'sheet-facts' },
        ...block.rows.map((r) =>
          h('div', { class: r.emphasis ? 'sheet-fact emphasis' : 'sheet-fact' }, h('dt', {}, r.label), h('dd', r.emphasis ? { translate: 'no' } : {}, r.value)),
        ),
      );
    case 'qr':
      return h(
        'figure',
        { class: 'sheet-qr' },
        h('img', { src: qrImage(block.url), alt: block.caption, width: 160, height: 160 }),
        h('figcaption', {}, block.caption),
      );
    case 'timeline':
      return h(
        'section',
        { class: 'sheet-timeline' },
        h('h3', {}, block.title),
        h(
          'ol',
          {},
          ...block.entries.map((e) =>
            h('li', { 'data-status': e.status }, h('strong', {}, e.label), ' ', h('span', { class: 'sheet-time' }, e.at), ...(e.note ? [h('p', {}, e.note)] : [])),
          ),
        ),
      );
    case 'cards':
      return h(
        'section',
        { class: 'sheet-cards' },
        h('ul', {}, ...block.cards.map((c) => h('li', {}, h('h3', {}, c.title), h('p', { class: 'sheet-tag' }, c.tag), h('p', {}, c.body)))),
        ...(block.footnote ? [h('p', { class: 'sheet-footnote' }, block.footnote)] : []),
      );
  }
}
