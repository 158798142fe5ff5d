import type { Localized } from './catalogue/types';

/** The 9 IKM survey elements of PermenPANRB 14/2017, in the order answers are given (answers[0] = Persyaratan). */
export const IKM_ELEMENTS: readonly Localized[] = [
  { id: 'Persyaratan', en: 'Requirements' },
  { id: 'Sistem, mekanisme dan prosedur', en: 'Procedure' },
  { id: 'Waktu penyelesaian', en: 'Completion time' },
  { id: 'Biaya/tarif', en: 'Cost' },
  { id: 'Produk spesifikasi jenis pelayanan', en: 'Product matches what was promised' },
  { id: 'Kompetensi pelaksana', en: 'Staff competence' },
  { id: 'Perilaku pelaksana', en: 'Staff conduct' },
  { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints and suggestions' },
  { id: 'Sarana dan prasarana', en: 'Facilities' },
];

/** IKM grade letters, A best. */
export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** Grade names (mutu pelayanan) by PermenPANRB 14/2017. */
export const IKM_GRADE_LABELS: Readonly<Record<IkmGrade, Localized>> = {
  A: { id: 'Sangat Baik', en: 'Very good' },
  B: { id: 'Baik', en: 'Good' },
  C: { id: 'Kurang Baik', en: 'Fair' },
  D: { id: 'Tidak Baik', en: 'Poor' },
};

/** Result of an IKM computation, as shown on the officer dashboard. */
export interface IkmResult {
  /** Mean answer (1–4) per element, unrounded, in IKM_ELEMENTS order. */
  elementMeans: number[];
  /** The index (25–100), rounded to 2 decimals as published. */
  index: number;
  grade: IkmGrade;
  gradeLabel: Localized;
  /** Number of responses the index is based on. */
  count: number;
}

/** True when a value is a valid single IKM answer (an integer 1–4). */
export function isIkmAnswer(value: unknown): value is 1 | 2 | 3 | 4 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;
}

/** Rounds a published index to 2 decimals, half up, immune to float noise like 88.30999999. */
export function roundIndex(value: number): number {
  return Math.round(value * 100 + 1e-9) / 100;
}

/**
 * Grade of an index already rounded to 2 decimals: 88.31–100 A, 76.61–88.30 B, 65.00–76.60 C, 25.00–64.99 D.
 * Comparisons are done in hundredths (integers), so 88.31 is A and 88.30 is B exactly.
 */
export function ikmGrade(index: number): IkmGrade {
  const hundredths = Math.round(index * 100);
  if (hundredths >= 8831) return 'A';
  if (hundredths >= 7661) return 'B';
  if (hundredths >= 6500) return 'C';
  return 'D';
}

/**
 * Computes the Indeks Kepuasan Masyarakat from survey responses (each 9 answers of 1–4):
 * index = mean of the 9 element means × 25, rounded to 2 decimals, then graded.
 * Throws RangeError for no responses (the caller shows "no responses yet") or a malformed response.
 */
export function computeIkm(responses: number[][]): IkmResult {
  if (responses.length === 0) throw new RangeError('computeIkm: no responses yet; check the count before computing');
  const sums = new Array<number>(IKM_ELEMENTS.length).fill(0);
  responses.forEach((answers, r) => {
    if (answers.length !== IKM_ELEMENTS.length || !answers.every(isIkmAnswer)) {
      throw new RangeError(`computeIkm: response ${r} must be ${IKM_ELEMENTS.length} integers from 1 to 4`);
    }
    answers.forEach((a, i) => {
      sums[i] += a;
    });
  });
  const elementMeans = sums.map((s) => s / responses.length);
  // Mean of means computed from the integer total, so the only division error is one final step.
  const total = sums.reduce((a, b) => a + b, 0);
  const index = roundIndex((total * 25) / (responses.length * IKM_ELEMENTS.length));
  const grade = ikmGrade(index);
  return { elementMeans, index, grade, gradeLabel: IKM_GRADE_LABELS[grade], count: responses.length };
}

/** Education levels as the PermenPANRB 14/2017 questionnaire lists them; anything else counts as `Lainnya`. */
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1-D3', 'D4', 'S1', 'S2', 'S3'] as const;
/** Occupations as the PermenPANRB 14/2017 questionnaire lists them (Wiraswasta counts as Wirausaha). */
export const OCCUPATIONS = ['PNS', 'TNI', 'POLRI', 'Swasta', 'Wirausaha', 'Lainnya'] as const;
/** Age bands of the respondent table (years, inclusive lower bound). */
export const AGE_BANDS: readonly { label: string; from: number }[] = [
  { label: '< 20', from: 0 },
  { label: '20–29', from: 20 },
  { label: '30–39', from: 30 },
  { label: '40–49', from: 40 },
  { label: '50–59', from: 50 },
  { label: '≥ 60', from: 60 },
];
/** Label of a profile item the respondent left out. */
export const NOT_GIVEN = 'Tidak diisi';

/** A respondent's profile as the survey posts it (every item optional). */
export interface RespondentProfile {
  sex?: 'male' | 'female';
  age?: number;
  education?: string;
  occupation?: string;
}

/** One row of a profile table: a category and its number of respondents. */
export interface ProfileCount {
  category: string;
  count: number;
}

/** The respondent profile tables of an IKM report: sex, age band, education and occupation. */
export interface RespondentProfiles {
  sex: ProfileCount[];
  age: ProfileCount[];
  education: ProfileCount[];
  occupation: ProfileCount[];
}

/** Matches a free-text answer to a listed category, case-insensitively, else `fallback`. */
function category(value: string | undefined, listed: readonly string[], fallback: string): string {
  if (value === undefined || value.trim() === '') return NOT_GIVEN;
  const v = value.trim().toLowerCase().replace(/\s+/g, '');
  if (v === 'wiraswasta') return 'Wirausaha';
  return listed.find((c) => c.toLowerCase() === v) ?? fallback;
}

/** The age band of an age, or NOT_GIVEN. */
function ageBand(age: number | undefined): string {
  if (age === undefined) return NOT_GIVEN;
  return [...AGE_BANDS].reverse().find((b) => age >= b.from)!.label;
}

/** Counts each category in the fixed order given, then NOT_GIVEN; rows with no respondents are kept (a report shows 0). */
function tally(values: string[], order: readonly string[]): ProfileCount[] {
  return [...order, NOT_GIVEN].map((c) => ({ category: c, count: values.filter((v) => v === c).length }));
}

/**
 * Tabulates respondent profiles the way PermenPANRB 14/2017 reports them: counts by sex (Laki-laki/Perempuan),
 * age band, education and occupation. Missing profiles count as "Tidak diisi".
 */
export function tabulateProfiles(profiles: (RespondentProfile | null)[]): RespondentProfiles {
  const ps = profiles.map((p) => p ?? {});
  const sexLabel = (s: RespondentProfile['sex']) => (s === 'male' ? 'Laki-laki' : s === 'female' ? 'Perempuan' : NOT_GIVEN);
  return {
    sex: tally(ps.map((p) => sexLabel(p.sex)), ['Laki-laki', 'Perempuan']),
    age: tally(ps.map((p) => ageBand(p.age)), AGE_BANDS.map((b) => b.label)),
    education: tally(ps.map((p) => category(p.education, EDUCATION_LEVELS, 'Lainnya')), [...EDUCATION_LEVELS, 'Lainnya']),
    occupation: tally(ps.map((p) => category(p.occupation, OCCUPATIONS, 'Lainnya')), OCCUPATIONS),
  };
}
