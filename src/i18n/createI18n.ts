import type { Locale } from '../shared/catalogue/types';
import { DEFAULT_MESSAGES } from './defaultMessages';
import { flattenMessages, type MessageTree } from './flattenMessages';
import { createFormatters, type DateStyle } from './formatters';
import { LOCALE_TAGS } from './localeTags';

/** Values interpolated into `{name}` placeholders; `count` also picks the plural form. */
export type TranslateParams = Record<string, string | number>;

/** The one translation object of the app: every visible string goes through `t`. */
export interface I18n {
  /** Translates a key, filling `{param}` placeholders; a key with `.one`/`.other` children is a plural picked by `params.count`. */
  t(key: string, params?: TranslateParams): string;
  /** True when some locale file defines the key (directly or as a plural). */
  has(key: string): boolean;
  /** The current locale. */
  readonly locale: Locale;
  /** Switches language and notifies every subscriber (panels re-render, the avatar voice changes). */
  setLocale(locale: Locale): void;
  /** Subscribes to locale changes; returns the unsubscribe function. */
  onChange(callback: (locale: Locale) => void): () => void;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDate(value: Date | string | number, style?: DateStyle): string;
  formatCurrency(rupiah: number): string;
}

/** Options of createI18n. */
export interface I18nOptions {
  /** Starting locale; Bahasa Indonesia by default. */
  locale?: Locale;
  /** Locale messages; the bundled static/locales files by default (tests pass their own). */
  messages?: Readonly<Record<Locale, MessageTree>>;
  /** Called once per missing key, so a gap is reported instead of silently shown; console.warn by default. */
  onMissing?: (key: string, locale: Locale) => void;
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Creates the translator. All members are closures, so `const { t } = i18n` works. Missing keys fall back to the
 * other locale, then to the key itself, and are reported through onMissing.
 */
export function createI18n(options: I18nOptions = {}): I18n {
  const sources = options.messages ?? DEFAULT_MESSAGES;
  const tables: Record<Locale, Map<string, string>> = { id: flattenMessages(sources.id), en: flattenMessages(sources.en) };
  const onMissing =
    options.onMissing ?? ((key: string, locale: Locale) => console.warn(`i18n: missing key "${key}" for locale ${locale}`));
  const reported = new Set<string>();
  const listeners = new Set<(locale: Locale) => void>();
  let locale: Locale = options.locale ?? 'id';
  let formatters = createFormatters(locale);
  let plurals = new Intl.PluralRules(LOCALE_TAGS[locale]);

  const lookup = (table: Map<string, string>, key: string, params?: TranslateParams): string | undefined => {
    const direct = table.get(key);
    if (direct !== undefined) return direct;
    if (!table.has(`${key}.other`)) return undefined;
    const count = Number(params?.count ?? 0);
    if (count === 0 && table.has(`${key}.zero`)) return table.get(`${key}.zero`);
    return table.get(`${key}.${plurals.select(count)}`) ?? table.get(`${key}.other`);
  };

  const interpolate = (text: string, params?: TranslateParams): string =>
    params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;

  const t = (key: string, params?: TranslateParams): string => {
    let text = lookup(tables[locale], key, params);
    if (text === undefined) {
      const tag = `${locale}:${key}`;
      if (!reported.has(tag)) {
        reported.add(tag);
        onMissing(key, locale);
      }
      text = lookup(tables[locale === 'id' ? 'en' : 'id'], key, params) ?? key;
    }
    return interpolate(text, params);
  };

  const has = (key: string): boolean =>
    Object.values(tables).some((table) => table.has(key) || PLURAL_FORMS.some((f) => table.has(`${key}.${f}`)));

  return {
    t,
    has,
    get locale() {
      return locale;
    },
    setLocale(next: Locale) {
      if (next === locale) return;
      if (!(next in tables)) throw new RangeError(`i18n: unsupported locale ${String(next)}`);
      locale = next;
      formatters = createFormatters(locale);
      plurals = new Intl.PluralRules(LOCALE_TAGS[locale]);
      for (const listener of [...listeners]) listener(locale);
    },
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    formatNumber: (value, opts) => formatters.formatNumber(value, opts),
    formatDate: (value, style) => formatters.formatDate(value, style),
    formatCurrency: (rupiah) => formatters.formatCurrency(rupiah),
  };
}
