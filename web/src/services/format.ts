import { DOCUMENT_TYPES, type DocumentType, formatFee, type RequestStatus } from '@lentera/common';
import type { MantineColor } from '@mantine/core';

/** The fee as a standard writes it, or null when the standard has none yet (the page says "not set"). */
export function feeWords(fee: number | null, words: { free: string; notSet: string }): string {
  if (fee === null) return words.notSet;
  return fee === 0 ? words.free : formatFee(fee);
}

const TYPE_NAMES: Record<DocumentType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };

/** "PDF, JPG" */
export function documentTypesText(types: readonly string[]): string {
  return DOCUMENT_TYPES.filter((type) => types.includes(type))
    .map((type) => TYPE_NAMES[type])
    .join(', ');
}

/** What a file input accepts: the MIME types and their extensions. */
export function acceptAttribute(types: readonly string[]): string {
  const extensions: Record<DocumentType, string> = {
    'application/pdf': '.pdf',
    'image/jpeg': '.jpg,.jpeg',
    'image/png': '.png',
  };
  return DOCUMENT_TYPES.filter((type) => types.includes(type))
    .flatMap((type) => [type, extensions[type]])
    .join(',');
}

/** "2 MB", "1,5 MB", "500 KB" */
export function sizeText(bytes: number, lang: 'id' | 'en'): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  if (bytes >= 1024 * 1024)
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}

export const STATUS_COLORS: Record<RequestStatus, MantineColor> = {
  pending_email: 'gray',
  submitted: 'blue',
  incomplete: 'orange',
  in_process: 'cyan',
  approved: 'teal',
  refused: 'red',
  ready: 'grape',
  done: 'green',
};

/** A rupiah amount typed by a person ("25.000", "Rp 25.000", "25000") as an integer, or null. */
export function parseRupiah(text: string): number | null {
  const digits = text.replace(/[^\d]/g, '');
  if (!digits) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}
