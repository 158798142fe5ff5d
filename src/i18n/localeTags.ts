import type { Locale } from '../shared/catalogue/types';

/** BCP 47 tags used for Intl formatting per hall locale (English uses British day-month order). */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' };

/** Makassar's time zone (WITA, UTC+8): every date a citizen sees is local to the city, not to the server. */
export const HALL_TIME_ZONE = 'Asia/Makassar';

/** The supported locales, default first. */
export const LOCALES: readonly Locale[] = ['id', 'en'];
