import {
  type ElementCode,
  GRADE_LABELS,
  type Grade,
  type Lang,
  type ResponseChannel,
  SURVEY_ELEMENTS,
} from '@lentera/common';
import type { TFunction } from 'i18next';
import { formatNumber } from '../ui/format';

const ELEMENTS = new Map(SURVEY_ELEMENTS.map((element) => [element.code, element]));

/** An element's name in the language ("Persyaratan"); never its code alone. */
export function elementName(code: ElementCode | string, lang: Lang): string {
  return ELEMENTS.get(code as ElementCode)?.name[lang] ?? code;
}

/** "B — Baik" (English: "B — Good"): the letter with its word, never the letter alone. */
export function gradeWords(grade: Grade | string, lang: Lang): string {
  const label = GRADE_LABELS[grade as Grade];
  return label ? `${grade} — ${label[lang]}` : grade;
}

/** A survey period code ("2026-S1") in words: "Semester I 2026 (Januari–Juni)". */
export function periodWords(period: string, lang: Lang): string {
  const match = /^(\d{4})-S([12])$/.exec(period);
  if (!match) return period;
  const [, year, half] = match;
  if (lang === 'en')
    return half === '1' ? `First half of ${year} (January–June)` : `Second half of ${year} (July–December)`;
  return half === '1' ? `Semester I ${year} (Januari–Juni)` : `Semester II ${year} (Juli–Desember)`;
}

/** An NRR or IKM (1–4) with two decimals in the language's format: "3,12". */
export function formatScore(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** The converted index (25–100) as published: two decimals ("82,47"). */
export const formatConverted = formatScore;

export const GRADE_COLORS: Record<Grade, string> = { A: 'teal', B: 'blue', C: 'orange', D: 'red' };

/** Channels in the order a report lists them; the open public link last, apart. */
export const CHANNEL_ORDER: readonly ResponseChannel[] = ['visit_link', 'kiosk', 'paper', 'public_link'];

/** A whole number with the language's grouping ("1.234"). */
export const count = (value: number, lang: Lang) => formatNumber(value, lang, 0);

/** The semester of `today` and the `back` semesters before it, newest first: `['2026-S2', '2026-S1', '2025-S2']`. */
export function recentPeriods(today: string, back = 5): string[] {
  let year = Number(today.slice(0, 4));
  let half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const periods: string[] = [];
  for (let i = 0; i <= back; i += 1) {
    periods.push(`${year}-S${half}`);
    if (half === 1) {
      year -= 1;
      half = 2;
    } else half = 1;
  }
  return periods;
}

/**
 * A service's name with where it is given ("Akta Kelahiran (di loket)"): a unit may offer the same service at the
 * counter and online, and the two are reported apart.
 */
export function serviceLabel(serviceKey: string, serviceName: string, t: TFunction): string {
  const source = serviceKey.split(':')[0];
  return source === 'queue' || source === 'services'
    ? `${serviceName} (${t(`surveys.words.source.${source}`)})`
    : serviceName;
}
