/** Nested locale JSON as authored in static/locales/*.json. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Flattens nested locale JSON into dotted keys (`{ kiosk: { status: { title } } }` -> `kiosk.status.title`). */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of flattenMessages(value, full)) out.set(k, v);
    else throw new TypeError(`locale key ${full} must be a string or an object`);
  }
  return out;
}
