import type { Lang } from '@lentera/common';

const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** Indonesia's three zones by their official abbreviations, used in both languages. */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export function timeZoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  const known = ZONE_ABBREVIATIONS[timeZone];
  if (known) return known;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "23 November 2026 14.05 WIB" (English: "23 November 2026 14:05 WIB"), in the tenant's time zone. */
export function formatDateTime(value: string | Date, timeZone: string, lang: Lang): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const separator = lang === 'id' ? '.' : ':';
  const time = `${part(parts, 'hour')}${separator}${part(parts, 'minute')}`;
  return `${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')} ${time} ${timeZoneAbbreviation(timeZone, date)}`;
}

/** "23 November 2026" for an instant, in the tenant's time zone. */
export function formatDate(value: string | Date, timeZone: string, lang: Lang): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/**
 * A calendar date without a time ("2026-08-17") as "Senin, 17 Agustus 2026". Formatted in UTC so that the day
 * never shifts with the viewer's zone.
 */
export function formatCalendarDate(isoDate: string, lang: Lang, withWeekday = true): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    timeZone: 'UTC',
    weekday: withWeekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** Today's date ("2026-11-23") in the given zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "1.234.567" (English: "1,234,567"). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** Integer rupiah as "Rp 1.234.567" (English: "Rp 1,234,567"). */
export function formatRupiah(value: number, lang: Lang): string {
  const amount = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 0 }).format(Math.abs(value));
  return `${value < 0 ? '-' : ''}Rp\u00a0${amount}`;
}

/** The first characters of a hash, enough to compare by eye. */
export function shortHash(hash: string | null | undefined, length = 12): string {
  return hash ? hash.slice(0, length) : '—';
}
