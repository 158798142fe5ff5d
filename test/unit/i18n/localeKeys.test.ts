import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { flattenMessages, type MessageTree } from '../../../src/i18n/flattenMessages';
import { ITEM_STATUSES } from '../../../src/shared/api/schemas';
import { KIOSK_IDS } from '../../../src/shared/catalogue';
import { FIELD_ERROR_MESSAGES, type FieldErrorCode } from '../../../src/shared/validation';

const locales = {
  id: flattenMessages(JSON.parse(readFileSync('static/locales/id.json', 'utf8')) as MessageTree),
  en: flattenMessages(JSON.parse(readFileSync('static/locales/en.json', 'utf8')) as MessageTree),
};
const PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** True when a key resolves in one locale, directly or as a plural. */
const hasKey = (table: Map<string, string>, key: string) => table.has(key) || table.has(`${key}.other`);
const missingIn = (keys: Iterable<string>) =>
  [...new Set(keys)].flatMap((key) => (['id', 'en'] as const).filter((l) => !hasKey(locales[l], key)).map((l) => `${l}: ${key}`));

/** All .ts files under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every string value of a `...Key` property in a JSON tree. */
function jsonKeys(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => jsonKeys(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (/Key$/.test(k) && typeof v === 'string') out.push(v);
      else jsonKeys(v, out);
    }
  }
  return out;
}

describe('locale files', () => {
  it('define the same keys in Indonesian and English', () => {
    const base = (k: string) => k.replace(new RegExp(`\\.(${PLURALS.join('|')})$`), '');
    const id = new Set([...locales.id.keys()].map(base));
    const en = new Set([...locales.en.keys()].map(base));
    expect([...id].filter((k) => !en.has(k)), 'missing in en').to.deep.equal([]);
    expect([...en].filter((k) => !id.has(k)), 'missing in id').to.deep.equal([]);
  });

  it('have no empty texts and the same {placeholders} in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    const problems: string[] = [];
    for (const [key, id] of locales.id) {
      if (id.trim() === '') problems.push(`id: ${key} is empty`);
      const en = locales.en.get(key);
      if (en !== undefined && en.trim() === '') problems.push(`en: ${key} is empty`);
      if (en !== undefined && placeholders(en) !== placeholders(id)) problems.push(`${key}: {${placeholders(id)}} vs {${placeholders(en)}}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('have every key that code under src/ passes to t() as a literal', () => {
    const used: string[] = [];
    for (const file of sourceFiles('src')) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*(['"`])([^'"`$]+)\1/g)) used.push(m[2]);
    }
    expect(used.length).to.be.greaterThan(20);
    expect(missingIn(used)).to.deep.equal([]);
  });

  it('have every key literal the kiosk flow passes around (action labels, notices, avatar lines)', () => {
    const used: string[] = [];
    for (const file of sourceFiles('src/services')) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/'((?:flow|avatar|survey|lookup|status|validation|info)\.[A-Za-z0-9_.]+)'/g)) used.push(m[1]);
    }
    expect(used).to.include('flow.error.network');
    expect(missingIn(used)).to.deep.equal([]);
  });

  it('have every label key that scenes/*.json uses', () => {
    const used = readdirSync('scenes')
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => jsonKeys(JSON.parse(readFileSync(join('scenes', f), 'utf8'))));
    expect(used).to.include('hall.welcome.title');
    expect(missingIn(used)).to.deep.equal([]);
  });

  it('have the key families built at run time (kiosks, statuses, validation, survey, VR button, device hints)', () => {
    const keys = [
      ...KIOSK_IDS.flatMap((k) => [`kiosk.${k}.title`, `kiosk.${k}.subtitle`]),
      ...ITEM_STATUSES.map((s) => `status.value.${s}`),
      ...['request', 'complaint', 'appointment'].map((k) => `status.kind.${k}`),
      ...Object.keys(FIELD_ERROR_MESSAGES).map((c) => `validation.${c}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `survey.element.${n}`),
      ...[1, 2, 3, 4].flatMap((n) => [`survey.scale.${n}`, `survey.costScale.${n}`]),
      ...['checking', 'ready', 'presenting', 'unsupported', 'error'].map((s) => `xr.button.${s}`),
      ...['desktop', 'touch', 'xr', 'xrHands', 'xrControllers'].map((m) => `hall.hint.${m}`),
      'hall.welcome.title',
      'hall.welcome.body',
      'avatar.ktpInPerson',
      'error.network.offline',
    ];
    expect(missingIn(keys)).to.deep.equal([]);
  });

  it('word validation errors exactly like the shared messages the server sends', () => {
    for (const [code, message] of Object.entries(FIELD_ERROR_MESSAGES) as [FieldErrorCode, { id: string; en: string }][]) {
      expect(locales.id.get(`validation.${code}`), code).to.equal(message.id);
      expect(locales.en.get(`validation.${code}`), code).to.equal(message.en);
    }
  });
});
