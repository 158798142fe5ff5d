import type { Locale } from '../shared/catalogue/types';
import { HALL_TIME_ZONE, LOCALE_TAGS } from './localeTags';

/** How much of a date/time to show. */
export type DateStyle = 'date' | 'long' | 'weekday' | 'dateTime' | 'time';

/** Locale-aware formatting of numbers, dates and rupiah amounts. */
export interface Formatters {
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDate(value: Date | string | number, style?: DateStyle): string;
  formatCurrency(rupiah: number): string;
}

const DATE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
};

/**
 * Builds formatters for one locale. A plain `YYYY-MM-DD` string is a calendar day (an appointment date) and is
 * shown as that day everywhere; instants (Date, ISO date-time, epoch ms) are shown in Makassar time (WITA).
 */
export function createFormatters(locale: Locale): Formatters {
  const tag = LOCALE_TAGS[locale];
  // Made on first use: the page's first Intl formatter loads locale data, which the first frame never needs.
  let currency: Intl.NumberFormat | null = null;
  const rupiah = () =>
    (currency ??= new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'IDR',
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    }));
  return {
    formatNumber: (value, options) => new Intl.NumberFormat(tag, options).format(value),
    formatDate: (value, style = 'date') => {
      const calendarDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
      const date = calendarDay ? new Date(`${value}T12:00:00Z`) : new Date(value);
      if (Number.isNaN(date.getTime())) throw new RangeError(`formatDate: not a date: ${String(value)}`);
      return new Intl.DateTimeFormat(tag, { ...DATE_OPTIONS[style], timeZone: calendarDay ? 'UTC' : HALL_TIME_ZONE }).format(date);
    },
    formatCurrency: (amount) => rupiah().format(amount).replace(/\u00a0/g, ' '),
  };
}
