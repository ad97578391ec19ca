import { ERROR_MESSAGES } from '../http/errors';

/** The module's error codes with their Indonesian and English messages, added to the shared table. */
export const COMPLAINTS_ERRORS = {
  complaint_category_unknown: {
    id: 'Kategori pengaduan tidak dikenal.',
    en: 'Unknown complaint category.',
  },
  complaint_unit_unknown: { id: 'Unit yang dipilih tidak dikenal.', en: 'Unknown unit.' },
  complaint_contact_required: {
    id: 'Sebagai tamu, isi alamat e-mail atau nomor telepon agar kami dapat menghubungi Anda.',
    en: 'As a guest, give an e-mail address or a phone number so that we can reach you.',
  },
  complaint_outside_indonesia: {
    id: 'Koordinat berada di luar wilayah Indonesia.',
    en: 'The coordinates are outside Indonesia.',
  },
  complaint_rate_limited: {
    id: 'Anda sudah mengirim banyak pengaduan dalam waktu singkat. Coba lagi dalam {minutes} menit, atau masuk dengan akun.',
    en: 'You have sent many complaints in a short time. Try again in {minutes} minutes, or sign in with an account.',
  },
  complaint_attachment_type: {
    id: 'Lampiran "{name}" bukan foto (JPEG, PNG, WebP, HEIC) atau PDF, atau isinya tidak sesuai dengan namanya (diperiksa dari isinya).',
    en: 'Attachment "{name}" is not a photo (JPEG, PNG, WebP, HEIC) or a PDF, or its content does not match its name (checked by its content).',
  },
  complaint_attachment_too_large: {
    id: 'Lampiran terlalu besar: paling banyak 10 MB per berkas.',
    en: 'Attachment too large: at most 10 MB per file.',
  },
  complaint_too_many_attachments: {
    id: 'Paling banyak 5 lampiran.',
    en: 'At most 5 attachments.',
  },
  complaint_state: {
    id: 'Pengaduan berstatus {status}; tindakan ini tidak dapat dilakukan.',
    en: 'The complaint is {status}; this action is not possible.',
  },
  complaint_reopen_window_passed: {
    id: 'Batas waktu untuk membuka kembali pengaduan ({days} hari kerja setelah jawaban) sudah lewat.',
    en: 'The time to reopen the complaint ({days} working days after the answer) has passed.',
  },
  complaint_merge_invalid: {
    id: 'Pengaduan tidak dapat digabungkan ke pengaduan itu.',
    en: 'The complaint cannot be merged into that one.',
  },
  complaint_officer_unknown: {
    id: 'Petugas itu tidak berwenang menangani pengaduan unit ini.',
    en: 'That officer may not handle this unit’s complaints.',
  },
  complaint_telegram_not_configured: {
    id: 'Pasang token bot Telegram terlebih dahulu.',
    en: 'Set the Telegram bot token first.',
  },
  complaint_media_fetch_failed: {
    id: 'Gambar dari media_url tidak dapat diambil.',
    en: 'The image at media_url could not be fetched.',
  },
  complaint_already_rated: { id: 'Pengaduan ini sudah dinilai.', en: 'This complaint has already been rated.' },
  complaint_support_own: {
    id: 'Ini pengaduan Anda sendiri; dukungan "saya juga mengalami ini" datang dari warga lain.',
    en: 'This is your own complaint; "me too" support comes from other citizens.',
  },
  complaint_support_email_required: {
    id: 'Masuk dengan akun, atau isi alamat e-mail untuk menerima tautan konfirmasi.',
    en: 'Sign in, or give an e-mail address to receive a confirmation link.',
  },
  complaint_support_rate_limited: {
    id: 'Terlalu banyak permintaan konfirmasi untuk alamat e-mail ini. Coba lagi dalam satu jam.',
    en: 'Too many confirmation requests for this e-mail address. Try again in an hour.',
  },
  complaint_support_token_invalid: {
    id: 'Tautan konfirmasi ini tidak berlaku atau sudah kedaluwarsa. Minta tautan baru dari halaman pengaduan.',
    en: 'This confirmation link is not valid or has expired. Ask for a new one on the complaint page.',
  },
} as const;

Object.assign(ERROR_MESSAGES, COMPLAINTS_ERRORS);
