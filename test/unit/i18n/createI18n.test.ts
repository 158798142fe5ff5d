import { expect } from 'chai';
import { createI18n } from '../../../src/i18n/createI18n';

const messages = {
  id: { greet: 'Halo, {name}!', items: { other: '{count} layanan' }, nested: { deep: { key: 'dalam' } }, onlyId: 'hanya id' },
  en: { greet: 'Hello, {name}!', items: { zero: 'no services', one: '{count} service', other: '{count} services' }, nested: { deep: { key: 'deep' } } },
};

describe('createI18n', () => {
  it('speaks Indonesian by default and switches to English', () => {
    const i18n = createI18n({ messages });
    expect(i18n.locale).to.equal('id');
    expect(i18n.t('greet', { name: 'Daeng' })).to.equal('Halo, Daeng!');
    i18n.setLocale('en');
    expect(i18n.locale).to.equal('en');
    expect(i18n.t('greet', { name: 'Daeng' })).to.equal('Hello, Daeng!');
  });

  it('reads nested keys with dots', () => {
    expect(createI18n({ messages }).t('nested.deep.key')).to.equal('dalam');
  });

  it('picks plural forms by count, with an explicit zero form', () => {
    const i18n = createI18n({ messages, locale: 'en' });
    expect(i18n.t('items', { count: 0 })).to.equal('no services');
    expect(i18n.t('items', { count: 1 })).to.equal('1 service');
    expect(i18n.t('items', { count: 3 })).to.equal('3 services');
    i18n.setLocale('id');
    expect(i18n.t('items', { count: 1 })).to.equal('1 layanan');
  });

  it('leaves unknown placeholders visible instead of printing undefined', () => {
    expect(createI18n({ messages }).t('greet')).to.equal('Halo, {name}!');
  });

  it('reports a missing key once, falls back to the other locale, then to the key', () => {
    const missing: string[] = [];
    const i18n = createI18n({ messages, locale: 'en', onMissing: (key, locale) => missing.push(`${locale}:${key}`) });
    expect(i18n.t('onlyId')).to.equal('hanya id');
    expect(i18n.t('nope.nothing')).to.equal('nope.nothing');
    i18n.t('nope.nothing');
    expect(missing).to.deep.equal(['en:onlyId', 'en:nope.nothing']);
    expect(i18n.has('items')).to.equal(true);
    expect(i18n.has('nope.nothing')).to.equal(false);
  });

  it('notifies subscribers on a language change, and stops after unsubscribe', () => {
    const i18n = createI18n({ messages });
    const seen: string[] = [];
    const off = i18n.onChange((l) => seen.push(l));
    i18n.setLocale('en');
    i18n.setLocale('en');
    off();
    i18n.setLocale('id');
    expect(seen).to.deep.equal(['en']);
  });

  it('works with destructured members (panels take { t } from it)', () => {
    const i18n = createI18n({ messages });
    const { t } = i18n;
    i18n.setLocale('en');
    expect(t('nested.deep.key')).to.equal('deep');
  });

  it('formats rupiah, numbers and dates per locale', () => {
    const i18n = createI18n({ messages });
    expect(i18n.formatCurrency(1500000)).to.equal('Rp 1.500.000');
    expect(i18n.formatNumber(1234.5)).to.equal('1.234,5');
    expect(i18n.formatDate('2026-09-30', 'long')).to.equal('30 September 2026');
    expect(i18n.formatDate('2026-12-01', 'weekday')).to.equal('Selasa, 1 Desember 2026');
    i18n.setLocale('en');
    expect(i18n.formatCurrency(1500000)).to.equal('Rp 1,500,000');
    expect(i18n.formatNumber(1234.5)).to.equal('1,234.5');
    expect(i18n.formatDate('2026-09-30', 'long')).to.equal('30 September 2026');
    expect(i18n.formatDate('2026-12-01', 'weekday')).to.match(/^Tuesday,? 1 December 2026$/);
  });

  it('shows instants in Makassar time (WITA, UTC+8)', () => {
    const i18n = createI18n({ messages, locale: 'en' });
    // 20:30 UTC is 04:30 the next day in Makassar
    expect(i18n.formatDate('2026-11-27T20:30:00Z', 'dateTime')).to.match(/^28 Nov 2026,? 04:30$/);
    expect(i18n.formatDate(new Date('2026-11-27T20:30:00Z'), 'date')).to.equal('28 Nov 2026');
  });

  it('rejects an invalid date instead of printing "Invalid Date"', () => {
    expect(() => createI18n({ messages }).formatDate('not a date')).to.throw(RangeError);
  });

  it('loads the bundled locale files by default', () => {
    const i18n = createI18n();
    expect(i18n.t('kiosk.status.title')).to.equal('Cek Status');
    i18n.setLocale('en');
    expect(i18n.t('avatar.ktpInPerson')).to.equal('KTP-el recording needs you in person: let me book you a slot.');
  });
});
