import { z } from 'zod';

/** The one error shape every endpoint answers with. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/**
 * Messages for the stable error codes, in Indonesian and English.
 * `{name}` placeholders are filled from the error's params.
 */
export const ERROR_MESSAGES: Record<string, Record<Lang, string>> = {
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  route_not_found: { id: 'Alamat {path} tidak dikenal.', en: 'Unknown address {path}.' },
  tenant_not_found: { id: 'Pemerintah daerah "{slug}" tidak ditemukan.', en: 'Government "{slug}" not found.' },
  unauthenticated: { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  forbidden: { id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  csrf_invalid: {
    id: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
    en: 'The security (CSRF) token is missing or does not match. Reload the page and try again.',
  },
  validation_failed: { id: 'Data yang dikirim tidak valid.', en: 'The data sent is not valid.' },
  conflict: { id: 'Data bertentangan dengan data yang sudah ada.', en: 'This conflicts with existing data.' },
  payload_too_large: {
    id: 'Data yang dikirim terlalu besar (batas {limit}).',
    en: 'The request body is too large (limit {limit}).',
  },
  rate_limited: {
    id: 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
    en: 'Too many requests. Try again in {seconds} seconds.',
  },
  invalid_credentials: { id: 'Login atau kata sandi salah.', en: 'Wrong login or password.' },
  login_throttled: {
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.',
    en: 'Too many failed login attempts. Try again in {seconds} seconds.',
  },
  account_locked: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit atau atur ulang kata sandi.',
    en: 'The account is locked for a while after too many failed attempts. Try again in {minutes} minutes or reset the password.',
  },
  email_not_verified: {
    id: 'Alamat e-mail belum diverifikasi. Buka tautan verifikasi yang kami kirim.',
    en: 'The e-mail address is not verified yet. Open the verification link we sent.',
  },
  email_taken: { id: 'Alamat e-mail ini sudah terdaftar.', en: 'This e-mail address is already registered.' },
  password_too_short: {
    id: 'Kata sandi minimal {min} karakter.',
    en: 'The password must have at least {min} characters.',
  },
  password_too_common: {
    id: 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.',
    en: 'This password is too common and easy to guess. Choose another.',
  },
  token_invalid: {
    id: 'Tautan tidak valid atau sudah kedaluwarsa.',
    en: 'The link is invalid or has expired.',
  },
  role_already_granted: { id: 'Peran ini sudah diberikan.', en: 'This role is already granted.' },
  account_not_found: {
    id: 'Tidak ada akun dengan login "{login}".',
    en: 'There is no account with the login "{login}".',
  },
  holiday_exists: { id: 'Tanggal {date} sudah tercatat sebagai hari libur.', en: '{date} is already a holiday.' },
  slug_taken: { id: 'Kode "{slug}" sudah dipakai.', en: 'The code "{slug}" is already used.' },
  internal: { id: 'Terjadi kesalahan pada server.', en: 'Something went wrong on the server.' },
};

export function errorMessage(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const template = ERROR_MESSAGES[code]?.[lang] ?? ERROR_MESSAGES.internal?.[lang] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Paged list envelope used by every list endpoint. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
