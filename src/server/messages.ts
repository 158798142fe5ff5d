import type { Locale, Localized } from '../shared/catalogue';
import { FIELD_ERROR_MESSAGES } from '../shared/validation';
import errorMessages from './errorMessages.json';
import officerMessages from './officerMessages.json';

/** Error wording of the officer console's account, TOTP and data-subject routes (officerMessages.json). */
const OFFICER_MESSAGES: Readonly<Record<string, Localized>> = officerMessages;

/** Server error wording (data in errorMessages.json), Indonesian first; field validation codes come from the shared validation module. */
const MESSAGES: Readonly<Record<string, Localized>> = errorMessages;

/** The message of an error code in the caller's language (falls back to a generic message, never to the code). */
export function errorMessage(code: string, locale: Locale): string {
  const m = MESSAGES[code] ?? OFFICER_MESSAGES[code] ?? (FIELD_ERROR_MESSAGES as Record<string, Localized>)[code] ?? MESSAGES.invalid_value;
  return m[locale];
}

/** Picks Indonesian or English from an Accept-Language header, by quality; Indonesian by default. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'id';
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag.split('-')[0];
    const locale: Locale | null = lang === 'en' ? 'en' : lang === 'id' || lang === 'in' ? 'id' : null;
    if (locale && Number.isFinite(q) && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? 'id';
}
