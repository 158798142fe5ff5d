import type { StatusResponse } from '../shared/api/schemas';
import type { ServiceDef } from '../shared/catalogue/types';
import type { Locale } from '../shared/catalogue/types';
import { addWorkingDays } from '../services/workingDays';

/** The text functions the status page needs (the app's I18n fits). */
export interface StatusText {
  t(key: string, params?: Record<string, string | number>): string;
  readonly locale: Locale;
  formatDate(value: Date | string | number, style?: 'date' | 'long' | 'weekday' | 'dateTime' | 'time'): string;
}

/** What the light status page shows, already in words. */
export interface StatusModel {
  heading: string;
  service: string;
  status: string;
  rows: { label: string; value: string }[];
  timeline: { label: string; at: string; note?: string }[];
  notes: string[];
  masked: { label: string; value: string }[];
}

/** Statuses after which nothing more is expected. */
const FINAL = new Set(['completed', 'rejected', 'cancelled', 'answered']);

/**
 * The status in words: service name, current status, queue number, appointment or expected date (the
 * service's working days after filing), the timeline, the officer's notes and reply, and the masked data
 * labelled with the service's own field names.
 */
export function statusModel(s: StatusResponse, service: ServiceDef | undefined, text: StatusText): StatusModel {
  const { t, locale } = text;
  const rows: StatusModel['rows'] = [];
  if (s.queueNumber) rows.push({ label: t('flow.result.queueNumber'), value: s.queueNumber });
  if (s.appointment) rows.push({ label: t('flow.result.appointment'), value: `${text.formatDate(s.appointment.date, 'long')} ${s.appointment.time}` });
  else if (service && s.kind === 'request' && !FINAL.has(s.status)) {
    rows.push({ label: t('booth.status.expected'), value: text.formatDate(addWorkingDays(new Date(s.createdAt), service.durationDays), 'weekday') });
  }
  const notes = s.timeline.flatMap((e) => (e.note ? [e.note] : []));
  if (s.reply) notes.push(t('status.reply', { text: s.reply.text, date: text.formatDate(s.reply.at, 'dateTime') }));
  const fieldLabel = (name: string) => service?.fields.find((f) => f.name === name)?.label[locale] ?? name;
  return {
    heading: t('booth.status.heading', { code: s.trackingCode }),
    service: service ? service.name[locale] : t(`status.kind.${s.kind}`),
    status: t(`status.value.${s.status}`),
    rows,
    timeline: s.timeline.map((e) => ({ label: t(`status.value.${e.status}`), at: text.formatDate(e.at, 'dateTime'), ...(e.note ? { note: e.note } : {}) })),
    notes,
    masked: Object.entries(s.masked).map(([k, v]) => ({ label: fieldLabel(k), value: v })),
  };
}
