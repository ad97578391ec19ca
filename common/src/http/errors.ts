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
  address_invalid: {
    id: 'Alamat halaman tidak sah (pengodean karakter rusak).',
    en: 'The address is not valid (broken character encoding).',
  },
  address_too_long: { id: 'Alamat halaman terlalu panjang.', en: 'The address is too long.' },
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
  multipart_malformed: {
    id: 'Formulir unggahan rusak atau tidak lengkap (multipart/form-data). Kirim ulang formulir beserta berkasnya.',
    en: 'The upload form is damaged or incomplete (multipart/form-data). Send the form and its files again.',
  },
  upload_file_too_large: {
    id: 'Berkas terlalu besar: paling banyak {limit} per berkas.',
    en: 'File too large: at most {limit} per file.',
  },
  upload_too_many_files: { id: 'Paling banyak {max} berkas.', en: 'At most {max} files.' },
  file_heic_unsupported: {
    id: 'Foto "{name}" berformat HEIC/HEIF yang belum dapat kami baca. Kirim foto dalam format JPEG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel).',
    en: 'The photo "{name}" is in HEIC/HEIF, which we cannot read yet. Send it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible).',
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
  unit_code_taken: { id: 'Kode unit "{code}" sudah dipakai.', en: 'The unit code "{code}" is already used.' },
  unit_closed: { id: 'Unit {name} sudah ditutup.', en: 'The unit {name} is closed.' },
  unit_move_into_itself: {
    id: 'Unit {name} tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya.',
    en: 'The unit {name} cannot be moved under itself or one of its sub-units.',
  },
  unit_has_employees: {
    id: 'Unit {name} tidak dapat ditutup: masih ada {count} pegawai aktif di unit ini atau sub-unitnya.',
    en: 'The unit {name} cannot be closed: {count} active employees are still in it or its sub-units.',
  },
  unit_has_open_children: {
    id: 'Unit {name} tidak dapat ditutup: {count} sub-unit masih aktif.',
    en: 'The unit {name} cannot be closed: {count} sub-units are still open.',
  },
  position_exists: {
    id: 'Jabatan "{name}" sudah ada di unit ini.',
    en: 'The position "{name}" already exists in this unit.',
  },
  unit_has_head_position: {
    id: 'Unit {name} sudah memiliki jabatan kepala.',
    en: 'The unit {name} already has a head position.',
  },
  position_unknown: { id: 'Jabatan tidak ditemukan.', en: 'Position not found.' },
  employee_invalid: { id: 'Data pegawai tidak valid.', en: 'The employee data is not valid.' },
  nip_taken: { id: 'NIP {nip} sudah dipakai pegawai lain.', en: 'The NIP {nip} is already held by another employee.' },
  superior_cycle: {
    id: 'Atasan ini berada di bawah pegawai tersebut dalam garis pelaporan; pilih atasan lain.',
    en: 'This superior reports (directly or indirectly) to the employee; choose another superior.',
  },
  employee_edited_meanwhile: {
    id: 'Data ini baru saja diubah oleh {by} pada {at}. Muat ulang untuk melihat perubahan itu, lalu simpan lagi.',
    en: 'This record was just changed by {by} at {at}. Reload to see that change, then save again.',
  },
  employee_record_missing: {
    id: 'Akun Anda belum terhubung dengan data pegawai.',
    en: 'Your account is not linked to an employee record.',
  },
  correction_already_decided: {
    id: 'Permintaan perbaikan ini sudah diputuskan.',
    en: 'This correction request was already decided.',
  },
  import_unreadable: { id: 'Berkas {file} tidak dapat dibaca.', en: 'The file {file} cannot be read.' },
  import_format: {
    id: 'Berkas {file} tidak didukung: unggah CSV atau XLSX.',
    en: 'The file {file} is not supported: upload CSV or XLSX.',
  },
  import_no_file: { id: 'Pilih berkas CSV atau XLSX untuk diunggah.', en: 'Choose a CSV or XLSX file to upload.' },
  import_not_applicable: {
    id: 'Impor ini tidak dapat diterapkan (status: {status}).',
    en: 'This import cannot be applied (status: {status}).',
  },
  import_has_errors: {
    id: 'Impor dibatalkan: {count} baris bermasalah. Tidak ada data yang diubah.',
    en: 'Import cancelled: {count} rows have problems. Nothing was changed.',
  },
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
