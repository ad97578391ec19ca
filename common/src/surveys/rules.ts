/**
 * The public satisfaction survey (SKM) of PermenPANRB 14/2017: the nine elements with their official questions and
 * answers, and the index (NRR, IKM, converted index, grade) and the Krejcie–Morgan sample size. Pure functions,
 * shared by the server (which computes) and the web (which shows the form and explains the figures).
 */

export const ELEMENT_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type ElementCode = (typeof ELEMENT_CODES)[number];

export interface SurveyElement {
  code: ElementCode;
  name: { id: string; en: string };
  question: { id: string; en: string };
  /** The four answers, worth 1 to 4, in the official Indonesian wording (with English). */
  answers: ReadonlyArray<{ id: string; en: string }>;
}

/**
 * The nine elements, stored by code and name (published questionnaires order the last two differently; Lentera
 * keeps the regulation's order: complaint handling U8, facilities U9).
 */
export const SURVEY_ELEMENTS: readonly SurveyElement[] = [
  {
    code: 'U1',
    name: { id: 'Persyaratan', en: 'Requirements' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well do the requirements fit the service?',
    },
    answers: [
      { id: 'Tidak sesuai', en: 'Not fitting' },
      { id: 'Kurang sesuai', en: 'Somewhat fitting' },
      { id: 'Sesuai', en: 'Fitting' },
      { id: 'Sangat sesuai', en: 'Very fitting' },
    ],
  },
  {
    code: 'U2',
    name: { id: 'Sistem, mekanisme dan prosedur', en: 'System, mechanism and procedure' },
    question: {
      id: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      en: 'How easy is the procedure of this unit?',
    },
    answers: [
      { id: 'Tidak mudah', en: 'Not easy' },
      { id: 'Kurang mudah', en: 'Somewhat easy' },
      { id: 'Mudah', en: 'Easy' },
      { id: 'Sangat mudah', en: 'Very easy' },
    ],
  },
  {
    code: 'U3',
    name: { id: 'Waktu penyelesaian', en: 'Time to complete' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      en: 'How fast was the service?',
    },
    answers: [
      { id: 'Tidak cepat', en: 'Not fast' },
      { id: 'Kurang cepat', en: 'Somewhat fast' },
      { id: 'Cepat', en: 'Fast' },
      { id: 'Sangat cepat', en: 'Very fast' },
    ],
  },
  {
    code: 'U4',
    name: { id: 'Biaya/tarif', en: 'Cost' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      en: 'How fair is the cost of the service?',
    },
    answers: [
      { id: 'Sangat mahal', en: 'Very expensive' },
      { id: 'Cukup mahal', en: 'Rather expensive' },
      { id: 'Murah', en: 'Cheap' },
      { id: 'Gratis', en: 'Free' },
    ],
  },
  {
    code: 'U5',
    name: { id: 'Produk spesifikasi jenis pelayanan', en: 'Product of the service' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'How well does what you received match the product the service standard names?',
    },
    answers: [
      { id: 'Tidak sesuai', en: 'Not matching' },
      { id: 'Kurang sesuai', en: 'Somewhat matching' },
      { id: 'Sesuai', en: 'Matching' },
      { id: 'Sangat sesuai', en: 'Fully matching' },
    ],
  },
  {
    code: 'U6',
    name: { id: 'Kompetensi pelaksana', en: 'Competence of the staff' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      en: 'How competent were the staff?',
    },
    answers: [
      { id: 'Tidak kompeten', en: 'Not competent' },
      { id: 'Kurang kompeten', en: 'Somewhat competent' },
      { id: 'Kompeten', en: 'Competent' },
      { id: 'Sangat kompeten', en: 'Very competent' },
    ],
  },
  {
    code: 'U7',
    name: { id: 'Perilaku pelaksana', en: 'Conduct of the staff' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      en: 'How polite and friendly were the staff?',
    },
    answers: [
      { id: 'Tidak sopan dan ramah', en: 'Not polite and friendly' },
      { id: 'Kurang sopan dan ramah', en: 'Somewhat polite and friendly' },
      { id: 'Sopan dan ramah', en: 'Polite and friendly' },
      { id: 'Sangat sopan dan ramah', en: 'Very polite and friendly' },
    ],
  },
  {
    code: 'U8',
    name: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints, suggestions and input' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      en: 'How are users’ complaints handled?',
    },
    answers: [
      { id: 'Tidak ada', en: 'There is none' },
      { id: 'Ada tetapi tidak berfungsi', en: 'There is one, but it does not work' },
      { id: 'Berfungsi kurang maksimal', en: 'It works, but not fully' },
      { id: 'Dikelola dengan baik', en: 'It is well managed' },
    ],
  },
  {
    code: 'U9',
    name: { id: 'Sarana dan prasarana', en: 'Facilities' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      en: 'How good are the facilities?',
    },
    answers: [
      { id: 'Buruk', en: 'Poor' },
      { id: 'Cukup', en: 'Fair' },
      { id: 'Baik', en: 'Good' },
      { id: 'Sangat baik', en: 'Very good' },
    ],
  },
];

/** Respondent details the regulation asks for (stored as these codes; labels in the web). */
export const SURVEY_AGE_BANDS = ['under_20', '20_29', '30_39', '40_49', '50_59', '60_plus'] as const;
export const SURVEY_SEXES = ['male', 'female'] as const;
export const SURVEY_EDUCATIONS = ['sd', 'smp', 'sma', 'd1_d3', 'd4_s1', 's2_plus'] as const;
export const SURVEY_OCCUPATIONS = ['pns', 'tni_polri', 'private', 'entrepreneur', 'student', 'other'] as const;

/** Where a response came from; each is counted apart in a report, and `public_link` is unverified. */
export const RESPONSE_CHANNELS = ['visit_link', 'kiosk', 'paper', 'public_link'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

export type Grade = 'A' | 'B' | 'C' | 'D';
export const GRADE_LABELS: Record<Grade, { id: string; en: string }> = {
  A: { id: 'Sangat Baik', en: 'Very good' },
  B: { id: 'Baik', en: 'Good' },
  C: { id: 'Kurang Baik', en: 'Poor' },
  D: { id: 'Tidak Baik', en: 'Bad' },
};

/** The grade of a converted index already rounded to two decimals (given in hundredths, 2500–10000). */
export function gradeOf(convertedHundredths: number): Grade {
  if (convertedHundredths >= 8831) return 'A';
  if (convertedHundredths >= 7661) return 'B';
  if (convertedHundredths >= 6500) return 'C';
  return 'D';
}

export interface IndexFigures {
  respondents: number;
  /** NRR per element: the element's sum of answers divided by the respondents. */
  nrr: Record<ElementCode, number>;
  /** IKM = the sum of the nine NRR × 1/9 (1–4). */
  ikm: number;
  /** IKM × 25, rounded half up to two decimals (25–100). */
  converted: number;
  grade: Grade;
}

/**
 * The index from the sums of answers per element and the number of respondents, exactly: the converted index is
 * rounded from the integer ratio 2500·Σ / (9·n) in hundredths, never from a float already rounded elsewhere.
 * Null when nobody answered.
 */
export function indexFromSums(sums: Record<ElementCode, number>, respondents: number): IndexFigures | null {
  if (respondents <= 0) return null;
  const total = ELEMENT_CODES.reduce((acc, code) => acc + sums[code], 0);
  const nrr = Object.fromEntries(ELEMENT_CODES.map((code) => [code, sums[code] / respondents])) as Record<
    ElementCode,
    number
  >;
  // hundredths of 25·total/(9·n), rounded half up, in integers: floor((2·2500·total + 9n) / (2·9n)).
  const denominator = 9 * respondents;
  const hundredths = Math.floor((2 * 2500 * total + denominator) / (2 * denominator));
  return { respondents, nrr, ikm: total / denominator, converted: hundredths / 100, grade: gradeOf(hundredths) };
}

/** Krejcie–Morgan: the least sample for a population of N visits (N=100 gives 80; N=1000 gives 278). */
export function krejcieMorgan(population: number): number {
  if (population <= 0) return 0;
  return Math.round((3.841 * population * 0.25) / (0.0025 * (population - 1) + 3.841 * 0.25));
}

/** The survey period (semester) of a local date: `2026-S1` (January–June) or `2026-S2`. */
export function semesterOf(date: string): string {
  return `${date.slice(0, 4)}-S${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** First and last local date of a semester code. */
export function semesterDates(period: string): { from: string; to: string } {
  const year = period.slice(0, 4);
  return period.endsWith('S1')
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}
