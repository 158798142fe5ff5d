import { CatalogueError } from './catalogueError';
import type { Localized } from './types';

/** One of the city's innovation programmes, shown as a card in the Informasi gallery. */
export interface Innovation {
  id: string;
  /** Programme name as citizens know it (usually Indonesian or Makassarese; not translated). */
  name: string;
  /** Which field it serves, e.g. "Kesehatan" / "Health". */
  area: Localized;
  summary: Localized;
  /** Year it started, when known. */
  since?: number;
}

/** The validated scenes/innovations.json. */
export interface InnovationGallery {
  version: 1;
  /** Shown under the gallery: the descriptions are illustrative sample content. */
  disclaimer: Localized;
  innovations: Innovation[];
}

/** Fails with the file, JSON path and expectation, like parseCatalogue. */
function fail(file: string, path: string, expected: string, actual: unknown): never {
  throw new CatalogueError(file, path, expected, actual);
}

/** Checks a {id, en} text. */
function localized(file: string, path: string, value: unknown): Localized {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, path, 'an object {id, en}', value);
  for (const k of Object.keys(v)) if (k !== 'id' && k !== 'en') fail(file, `${path}.${k}`, 'no such key (allowed: id, en)', v[k]);
  for (const k of ['id', 'en'] as const) {
    if (typeof v[k] !== 'string' || (v[k] as string).trim() === '') fail(file, `${path}.${k}`, 'a non-empty string', v[k]);
  }
  return { id: v.id as string, en: v.en as string };
}

/** Validates scenes/innovations.json (the Informasi kiosk gallery), so a typo fails at start-up with its path. */
export function parseInnovations(data: unknown, file: string): InnovationGallery {
  const root = data as Record<string, unknown> | null;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) fail(file, '(root)', 'an object', data);
  for (const k of Object.keys(root)) {
    if (!['$comment', 'version', 'disclaimer', 'innovations'].includes(k)) {
      fail(file, k, 'no such key (allowed: version, disclaimer, innovations)', root[k]);
    }
  }
  if (root.version !== 1) fail(file, 'version', 'the number 1', root.version);
  const disclaimer = localized(file, 'disclaimer', root.disclaimer);
  if (!Array.isArray(root.innovations) || root.innovations.length === 0) {
    fail(file, 'innovations', 'an array with at least 1 item(s)', root.innovations);
  }
  const seen = new Set<string>();
  const innovations = root.innovations.map((item: unknown, i: number): Innovation => {
    const path = `innovations[${i}]`;
    const o = item as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) fail(file, path, 'an object', item);
    for (const k of Object.keys(o)) {
      if (!['id', 'name', 'area', 'summary', 'since'].includes(k)) fail(file, `${path}.${k}`, 'no such key (allowed: id, name, area, summary, since)', o[k]);
    }
    if (typeof o.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(o.id)) fail(file, `${path}.id`, 'a lowercase id (a-z, 0-9, -)', o.id);
    if (seen.has(o.id)) fail(file, `${path}.id`, 'an id not used by another innovation', o.id);
    seen.add(o.id);
    if (typeof o.name !== 'string' || o.name.trim() === '') fail(file, `${path}.name`, 'a non-empty string', o.name);
    const innovation: Innovation = {
      id: o.id,
      name: o.name,
      area: localized(file, `${path}.area`, o.area),
      summary: localized(file, `${path}.summary`, o.summary),
    };
    if (o.since !== undefined) {
      if (typeof o.since !== 'number' || !Number.isInteger(o.since) || o.since < 1990 || o.since > 2100) {
        fail(file, `${path}.since`, 'a year between 1990 and 2100', o.since);
      }
      innovation.since = o.since;
    }
    return innovation;
  });
  return { version: 1, disclaimer, innovations };
}
