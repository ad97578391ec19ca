import type { Lang } from './errors';

/**
 * The field messages our own schemas and use cases write (a pattern's explanation, a cross-field rule), in both
 * languages. zod's locale words its built-in checks; these are the messages it cannot know. The server and the web
 * forms look a message up here before showing it, so a schema keeps one short text and the user reads it in theirs.
 */
export const FIELD_MESSAGES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'YYYY-MM-DD': { id: 'Tanggal dengan format TTTT-BB-HH.', en: 'A date as YYYY-MM-DD.' },
  'a real calendar date, YYYY-MM-DD': {
    id: 'Tanggal yang ada di kalender, format TTTT-BB-HH.',
    en: 'A real calendar date, as YYYY-MM-DD.',
  },
  'lowercase letters, digits and hyphens, starting with a letter': {
    id: 'Huruf kecil, angka dan tanda hubung, diawali huruf.',
    en: 'Lowercase letters, digits and hyphens, starting with a letter.',
  },
  'an IANA time zone such as Asia/Jakarta': {
    id: 'Zona waktu IANA, misalnya Asia/Jakarta.',
    en: 'An IANA time zone such as Asia/Jakarta.',
  },
  'three or four capital letters': { id: 'Tiga atau empat huruf kapital.', en: 'Three or four capital letters.' },
  'letters, digits, dot, hyphen or underscore': {
    id: 'Huruf, angka, titik, tanda hubung atau garis bawah.',
    en: 'Letters, digits, dot, hyphen or underscore.',
  },
  'a phone number such as 0812 3456 7890': {
    id: 'Nomor telepon, misalnya 0812 3456 7890.',
    en: 'A phone number such as 0812 3456 7890.',
  },
  'name at least one change: position, rank, status or employment': {
    id: 'Sebutkan paling sedikit satu perubahan: jabatan, pangkat, status atau kepegawaian.',
    en: 'Name at least one change: position, rank, status or employment.',
  },
  'name at least one field to correct': {
    id: 'Sebutkan paling sedikit satu data yang perlu diperbaiki.',
    en: 'Name at least one field to correct.',
  },
  'name either the absent superior or the unit': {
    id: 'Sebutkan atasan yang berhalangan atau unitnya, salah satu saja.',
    en: 'Name either the absent superior or the unit, not both.',
  },
  'lat and lng go together': {
    id: 'Garis lintang dan garis bujur diisi bersama.',
    en: 'Latitude and longitude go together.',
  },
  'not a Telegram bot token': { id: 'Bukan token bot Telegram.', en: 'Not a Telegram bot token.' },
  'from is after to': { id: 'Tanggal awal sesudah tanggal akhir.', en: 'The start date is after the end date.' },
  'at most three years': { id: 'Paling lama tiga tahun.', en: 'At most three years.' },
  'unknown employee': { id: 'Pegawai tidak ditemukan.', en: 'Unknown employee.' },
  'no file': { id: 'Pilih paling sedikit satu berkas.', en: 'Choose at least one file.' },
  multipart: { id: 'Kirim berkas sebagai multipart/form-data.', en: 'Send the files as multipart/form-data.' },
  'not JSON': { id: 'Bukan JSON yang sah.', en: 'Not valid JSON.' },
  missing: { id: 'Wajib diisi.', en: 'Required.' },
};

const OUTSIDE_INDONESIA = /^outside Indonesia \((.*)\)$/;

/** A schema's or use case's own field message in `lang`; a message this table does not know is returned as it is. */
export function fieldMessage(message: string, lang: Lang): string {
  const known = FIELD_MESSAGES[message];
  if (known) return known[lang];
  const outside = OUTSIDE_INDONESIA.exec(message);
  if (outside)
    return lang === 'id' ? `Di luar wilayah Indonesia (${outside[1]}).` : `Outside Indonesia (${outside[1]}).`;
  return message;
}
