import { ERROR_MESSAGES } from '../http/errors';
import { FIELD_MESSAGES } from '../http/validation-messages';

/** The services module's error codes with their Indonesian and English messages, added to the shared table. */
export const SERVICES_ERRORS = {
  services_not_published: {
    id: 'Layanan ini belum memiliki standar pelayanan yang terbit, sehingga belum menerima permohonan.',
    en: 'This service has no published standard yet, so it takes no requests.',
  },
  services_form_version: {
    id: 'Formulir layanan ini sudah diganti. Muat ulang halaman dan isi formulir yang baru.',
    en: "This service's form has been replaced. Reload the page and fill in the new form.",
  },
  services_request_state: {
    id: 'Permohonan {code} berstatus "{status}"; tindakan ini tidak dapat dilakukan.',
    en: 'Request {code} is "{status}"; this action is not possible.',
  },
  services_standard_incomplete: {
    id: 'Standar belum lengkap: {missing}. Lengkapi unsur yang wajib diumumkan sebelum disetujui.',
    en: 'The standard is incomplete: {missing}. Complete the published elements before approval.',
  },
  services_standard_state: {
    id: 'Standar ini berstatus "{status}"; tindakan ini tidak dapat dilakukan.',
    en: 'This standard is "{status}"; this action is not possible.',
  },
  services_sign_in: {
    id: 'Masuk dengan akun warga, atau isi nama dan e-mail Anda untuk menerima tautan konfirmasi.',
    en: 'Sign in with a citizen account, or give your name and e-mail to receive a confirmation link.',
  },
  services_link_invalid: {
    id: 'Tautan ini tidak berlaku atau sudah dipakai.',
    en: 'This link is not valid or has been used already.',
  },
  services_output_missing: {
    id: 'Unggah surat yang sudah ditandatangani (PDF) atau pilih surat yang dibuat dari templat.',
    en: 'Upload the signed letter (PDF) or choose the letter generated from the template.',
  },
  services_draft_exists: {
    id: 'Versi {version} masih dalam penyusunan atau menunggu keputusan; ubah versi itu.',
    en: 'Version {version} is still being drafted or awaits a decision; edit that one.',
  },
} as const;

Object.assign(ERROR_MESSAGES, SERVICES_ERRORS);

/**
 * Field messages the request check writes (`check-request.ts`), in both languages. Exported as well as added to the
 * shared table: the web build drops common modules none of whose exports a page uses, side effects included, so the
 * browser reads them from here (`web/src/services/request-form.ts`).
 */
export const SERVICES_FIELD_MESSAGES: Readonly<Record<string, Record<'id' | 'en', string>>> = {
  nik_length: { id: 'NIK terdiri atas 16 angka.', en: 'A NIK has 16 digits.' },
  nik_region: { id: 'Kode wilayah pada NIK tidak sah.', en: 'The region code in this NIK is not valid.' },
  nik_date: { id: 'Bagian tanggal lahir pada NIK tidak sah.', en: 'The birth-date part of this NIK is not valid.' },
  nik_serial: { id: 'Nomor urut NIK tidak boleh 0000.', en: 'The serial number of a NIK cannot be 0000.' },
  document_missing: { id: 'Unggah dokumen ini.', en: 'Upload this document.' },
  document_type: { id: 'Jenis berkas ini tidak diizinkan.', en: 'This file type is not allowed.' },
  document_too_large: { id: 'Berkas melebihi ukuran yang diizinkan.', en: 'The file is larger than allowed.' },
  document_too_many: { id: 'Paling banyak 5 berkas.', en: 'At most 5 files.' },
  not_a_number: { id: 'Isi dengan angka.', en: 'Enter a number.' },
  out_of_range: { id: 'Angka di luar batas yang diizinkan.', en: 'The number is outside the allowed range.' },
  not_a_choice: { id: 'Pilih salah satu pilihan.', en: 'Choose one of the options.' },
  too_long: { id: 'Terlalu panjang.', en: 'Too long.' },
  'unknown field': { id: 'Isian ini tidak ada di formulir.', en: 'This field is not on the form.' },
  'at least two choices': { id: 'Paling sedikit dua pilihan.', en: 'At least two choices.' },
  'at least one file type': { id: 'Paling sedikit satu jenis berkas.', en: 'At least one file type.' },
  'min above max': { id: 'Batas bawah di atas batas atas.', en: 'The minimum is above the maximum.' },
  'duplicate key': { id: 'Kunci isian sudah dipakai.', en: 'This field key is used already.' },
  'lowercase letters, digits and _': {
    id: 'Huruf kecil, angka dan garis bawah, diawali huruf.',
    en: 'Lowercase letters, digits and _, starting with a letter.',
  },
  services_unit_unknown: { id: 'Unit ini tidak ada atau sudah ditutup.', en: 'This unit does not exist or is closed.' },
  services_unit_not_yours: {
    id: 'Anda tidak mengelola layanan unit ini.',
    en: "You do not manage this unit's services.",
  },
  services_not_document_field: {
    id: 'Bukan isian dokumen pada formulir permohonan ini.',
    en: "Not a document field of this request's form.",
  },
  services_date_before_from: { id: 'Tanggal akhir sebelum tanggal awal.', en: 'The end date is before the start.' },
};
Object.assign(FIELD_MESSAGES as Record<string, Record<'id' | 'en', string>>, SERVICES_FIELD_MESSAGES);
