import type { Lang } from '../http/errors';
import type { ResponseChannel } from './rules';

/**
 * A survey period code in words, for the middle of a sentence: `2026-S2` is "semester 2 tahun 2026 (Juli–Desember)",
 * in English "the second half of 2026 (July–December)". Anything that is not a period code is given back as it is.
 */
export function periodInWords(period: string, lang: Lang): string {
  const match = /^(\d{4})-S([12])$/.exec(period);
  if (!match) return period;
  const [, year, half] = match;
  if (lang === 'en')
    return half === '1' ? `the first half of ${year} (January–June)` : `the second half of ${year} (July–December)`;
  return half === '1' ? `semester 1 tahun ${year} (Januari–Juni)` : `semester 2 tahun ${year} (Juli–Desember)`;
}

/**
 * The params of an error about a period: the code for programs (`period`), and its words in each language for the
 * messages (`periodId`, `periodEn`), since a message's placeholders are filled from the same params in both.
 */
export function periodParams(period: string): { period: string; periodId: string; periodEn: string } {
  return { period, periodId: periodInWords(period, 'id'), periodEn: periodInWords(period, 'en') };
}

/** The ways of answering in words, as reports and downloads name them. */
export const CHANNEL_LABELS: Record<ResponseChannel, { id: string; en: string }> = {
  visit_link: { id: 'Tautan setelah kunjungan', en: 'Link after a visit' },
  kiosk: { id: 'Perangkat di loket', en: 'Device at the counter' },
  paper: { id: 'Formulir kertas', en: 'Paper form' },
  public_link: { id: 'Tautan terbuka (tidak terverifikasi)', en: 'Open link (not verified)' },
};
