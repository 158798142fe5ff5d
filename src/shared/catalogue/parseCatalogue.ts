import { CatalogueError } from './catalogueError';
import {
  COMPLETIONS,
  FIELD_TYPES,
  KIOSK_IDS,
  type AppointmentLocation,
  type Catalogue,
  type ComplaintCategory,
  type FieldDef,
  type FieldOption,
  type Localized,
  type ServiceDef,
} from './types';

type Obj = Record<string, unknown>;

/** Reads fields of one JSON object, remembering the path so every error can point at the bad field. */
class Reader {
  constructor(
    private readonly file: string,
    private readonly path: string,
  ) {}

  fail(key: string | number | null, expected: string, actual: unknown): never {
    throw new CatalogueError(this.file, this.at(key), expected, actual);
  }

  at(key: string | number | null): string {
    if (key === null) return this.path;
    if (typeof key === 'number') return `${this.path}[${key}]`;
    return this.path ? `${this.path}.${key}` : key;
  }

  child(key: string | number): Reader {
    return new Reader(this.file, this.at(key));
  }

  object(value: unknown, allowed: readonly string[]): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(null, 'an object', value);
    const obj = value as Obj;
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.fail(key, `no such key (allowed: ${allowed.join(', ')})`, obj[key]);
    }
    return obj;
  }

  string(obj: Obj, key: string, pattern?: RegExp, patternText?: string): string {
    const value = obj[key];
    if (typeof value !== 'string' || value.trim() === '') this.fail(key, 'a non-empty string', value);
    if (pattern && !pattern.test(value)) this.fail(key, patternText ?? `a string matching ${pattern}`, value);
    return value;
  }

  boolean(obj: Obj, key: string): boolean {
    const value = obj[key];
    if (typeof value !== 'boolean') this.fail(key, 'true or false', value);
    return value;
  }

  integer(obj: Obj, key: string, min: number): number {
    const value = obj[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      this.fail(key, `an integer >= ${min}`, value);
    }
    return value;
  }

  oneOf<T extends string>(obj: Obj, key: string, allowed: readonly T[]): T {
    const value = obj[key];
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(key, `one of ${allowed.join(', ')}`, value);
    }
    return value as T;
  }

  array(obj: Obj, key: string, minLength = 0): unknown[] {
    const value = obj[key];
    if (!Array.isArray(value) || value.length < minLength) {
      this.fail(key, minLength > 0 ? `an array with at least ${minLength} item(s)` : 'an array', value);
    }
    return value;
  }

  localized(obj: Obj, key: string): Localized {
    const r = this.child(key);
    const loc = r.object(obj[key], ['id', 'en']);
    return { id: r.string(loc, 'id'), en: r.string(loc, 'en') };
  }

  localizedValue(value: unknown): Localized {
    const loc = this.object(value, ['id', 'en']);
    return { id: this.string(loc, 'id'), en: this.string(loc, 'en') };
  }
}

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const ID_TEXT = 'a lowercase id like "akta-kelahiran" (a-z, 0-9, -)';
const FIELD_NAME_PATTERN = /^[a-z][A-Za-z0-9]*$/;
const FIELD_NAME_TEXT = 'a camelCase field name like "childName"';

/** Validates one form field definition. */
function parseField(r: Reader, value: unknown): FieldDef {
  const obj = r.object(value, ['name', 'type', 'label', 'required', 'maxLength', 'minLength', 'options', 'hint']);
  const field: FieldDef = {
    name: r.string(obj, 'name', FIELD_NAME_PATTERN, FIELD_NAME_TEXT),
    type: r.oneOf(obj, 'type', FIELD_TYPES),
    label: r.localized(obj, 'label'),
    required: r.boolean(obj, 'required'),
  };
  if (obj.maxLength !== undefined) field.maxLength = r.integer(obj, 'maxLength', 1);
  if (obj.minLength !== undefined) field.minLength = r.integer(obj, 'minLength', 1);
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
    r.fail('minLength', `at most maxLength (${field.maxLength})`, field.minLength);
  }
  if (obj.hint !== undefined) field.hint = r.localized(obj, 'hint');
  if (field.type === 'choice') {
    const options = r.array(obj, 'options', 1);
    const seen = new Set<string>();
    field.options = options.map((item, i): FieldOption => {
      const or = r.child('options').child(i);
      const o = or.object(item, ['value', 'label']);
      const opt = { value: or.string(o, 'value'), label: or.localized(o, 'label') };
      if (seen.has(opt.value)) or.fail('value', 'a value not used by another option', opt.value);
      seen.add(opt.value);
      return opt;
    });
  } else if (obj.options !== undefined) {
    r.fail('options', 'no options (only "choice" fields have options)', obj.options);
  }
  return field;
}

/** Validates one service definition. */
function parseService(r: Reader, value: unknown): ServiceDef {
  const obj = r.object(value, [
    'id',
    'kiosk',
    'queuePrefix',
    'name',
    'description',
    'requirements',
    'feeRupiah',
    'durationDays',
    'completion',
    'fields',
    'inPersonReason',
    'nextSteps',
    'info',
    'gallery',
    'common',
  ]);
  const service: ServiceDef = {
    id: r.string(obj, 'id', ID_PATTERN, ID_TEXT),
    kiosk: r.oneOf(obj, 'kiosk', KIOSK_IDS),
    queuePrefix: r.string(obj, 'queuePrefix', /^[A-Z]{1,2}$/, 'one or two capital letters like "A"'),
    name: r.localized(obj, 'name'),
    description: r.localized(obj, 'description'),
    requirements: r.array(obj, 'requirements').map((item, i) => r.child('requirements').child(i).localizedValue(item)),
    feeRupiah: r.integer(obj, 'feeRupiah', 0),
    durationDays: r.integer(obj, 'durationDays', 0),
    completion: r.oneOf(obj, 'completion', COMPLETIONS),
    fields: [],
  };
  const seen = new Set<string>();
  service.fields = r.array(obj, 'fields').map((item, i) => {
    const fr = r.child('fields').child(i);
    const field = parseField(fr, item);
    if (seen.has(field.name)) fr.fail('name', 'a field name not used twice in one service', field.name);
    seen.add(field.name);
    return field;
  });
  if (obj.inPersonReason !== undefined) service.inPersonReason = r.localized(obj, 'inPersonReason');
  else if (service.completion === 'appointment') {
    r.fail('inPersonReason', 'a {id, en} reason why the citizen must come in person (completion is "appointment")', undefined);
  }
  if (obj.nextSteps !== undefined) service.nextSteps = r.localized(obj, 'nextSteps');
  if (obj.info !== undefined) service.info = r.array(obj, 'info').map((item, i) => r.child('info').child(i).localizedValue(item));
  if (obj.gallery !== undefined) service.gallery = r.oneOf(obj, 'gallery', ['innovations'] as const);
  if (obj.common !== undefined) service.common = r.boolean(obj, 'common');
  return service;
}

/**
 * Validates catalogue data (parsed JSON) and returns a typed copy; the server and the client both call it,
 * so bad data fails at start-up with `file: path: expected ..., got ...` instead of breaking a kiosk later.
 */
export function parseCatalogue(data: unknown, file: string): Catalogue {
  const r = new Reader(file, '');
  const obj = r.object(data, ['$schema', 'version', 'services', 'complaintCategories', 'appointmentLocations']);
  if (obj.version !== 1) r.fail('version', 'the number 1', obj.version);

  const services = r.array(obj, 'services', 1).map((item, i) => parseService(r.child('services').child(i), item));
  const ids = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const commonAt = new Map<string, number>();
  services.forEach((s, i) => {
    const sr = r.child('services').child(i);
    if (ids.has(s.id)) sr.fail('id', `an id not already used by services[${ids.get(s.id)}]`, s.id);
    if (prefixes.has(s.queuePrefix)) {
      sr.fail('queuePrefix', `a prefix not already used by services[${prefixes.get(s.queuePrefix)}]`, s.queuePrefix);
    }
    if (s.common && commonAt.has(s.kiosk)) {
      sr.fail('common', `not true: services[${commonAt.get(s.kiosk)}] is already the most common at kiosk "${s.kiosk}"`, s.common);
    }
    if (s.common) commonAt.set(s.kiosk, i);
    ids.set(s.id, i);
    prefixes.set(s.queuePrefix, i);
  });

  const categoryIds = new Set<string>();
  const complaintCategories = r.array(obj, 'complaintCategories', 1).map((item, i): ComplaintCategory => {
    const cr = r.child('complaintCategories').child(i);
    const c = cr.object(item, ['id', 'label']);
    const category = { id: cr.string(c, 'id', ID_PATTERN, ID_TEXT), label: cr.localized(c, 'label') };
    if (categoryIds.has(category.id)) cr.fail('id', 'an id not used by another category', category.id);
    categoryIds.add(category.id);
    return category;
  });

  const locationIds = new Set<string>();
  const appointmentLocations = r.array(obj, 'appointmentLocations', 1).map((item, i): AppointmentLocation => {
    const lr = r.child('appointmentLocations').child(i);
    const l = lr.object(item, ['id', 'name', 'address']);
    const location = { id: lr.string(l, 'id', ID_PATTERN, ID_TEXT), name: lr.localized(l, 'name'), address: lr.string(l, 'address') };
    if (locationIds.has(location.id)) lr.fail('id', 'an id not used by another location', location.id);
    locationIds.add(location.id);
    return location;
  });

  return { version: 1, services, complaintCategories, appointmentLocations };
}
