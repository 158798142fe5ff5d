/** Attributes and children for {@link h}; `null`/`undefined`/`false` attributes are left out. */
type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element with attributes and children: the few lines every sheet part needs, without a framework. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
  return el;
}

/** Sets or removes an attribute, touching the DOM only when it changes (screen readers re-announce changes). */
export function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets text only when it differs. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * Brings a container's children in line with a keyed list: existing nodes are kept (and moved when the
 * order changes), new ones created, old ones removed. Keeping nodes is what keeps focus and caret in a
 * field while the citizen types.
 */
export function reconcile<T, E extends Element>(
  container: Element,
  items: readonly T[],
  nodes: Map<string, E>,
  key: (item: T) => string,
  create: (item: T) => E,
  update: (node: E, item: T) => void,
): void {
  const wanted = new Set(items.map(key));
  for (const [k, node] of nodes) {
    if (!wanted.has(k)) {
      node.remove();
      nodes.delete(k);
    }
  }
  let previous: Element | null = null;
  for (const item of items) {
    const k = key(item);
    let node = nodes.get(k);
    if (!node) {
      node = create(item);
      nodes.set(k, node);
    }
    update(node, item);
    const expected: Element | null = previous ? previous.nextElementSibling : container.firstElementChild;
    if (expected !== node) container.insertBefore(node, expected);
    previous = node;
  }
}
