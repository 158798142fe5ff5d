/** The respondent profile tables of the IKM dashboard (PermenPANRB 14/2017): sex, age band, education, occupation. */
import { el } from './dom';

/** Counts per category, keyed by table (as GET /api/officer/ikm answers them). */
export type ProfileTables = Record<string, { category: string; count: number }[]>;

/** Indonesian titles of the tables, in report order. */
const TITLES: readonly [string, string][] = [
  ['sex', 'Jenis kelamin'],
  ['age', 'Umur'],
  ['education', 'Pendidikan'],
  ['occupation', 'Pekerjaan'],
];

/** One small table per profile item: category, respondents, share of all respondents. */
export function profileTables(profiles: ProfileTables | undefined): HTMLElement {
  const box = el('div', { class: 'profiles' }, el('h3', {}, 'Profil responden'));
  for (const [key, title] of TITLES) {
    const rows = profiles?.[key] ?? [];
    const total = rows.reduce((n, r) => n + r.count, 0);
    const body = rows.map((r) =>
      el('tr', {}, el('td', {}, r.category), el('td', {}, String(r.count)), el('td', {}, total ? `${((r.count / total) * 100).toFixed(1)}%` : '–')),
    );
    box.append(
      el('table', { 'data-profile': key }, el('caption', {}, title), el('thead', {}, el('tr', {}, el('th', {}, title), el('th', {}, 'Jumlah'), el('th', {}, '%'))), el('tbody', {}, ...body)),
    );
  }
  return box;
}
