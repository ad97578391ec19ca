import { ERROR_MESSAGES } from '../http/errors';

/** The training module's error codes with their Indonesian and English messages, added to the shared table. */
export const TRAINING_ERRORS = {
  training_not_employee: {
    id: 'Akun Anda tidak terhubung dengan data pegawai.',
    en: 'Your account is not linked to an employee record.',
  },
  training_programme_code_taken: {
    id: 'Kode program {code} sudah dipakai.',
    en: 'The programme code {code} is already in use.',
  },
  training_trainer_unknown: {
    id: 'Pelatih yang dipilih tidak memiliki peran pelatih pada pemerintah daerah ini.',
    en: 'The chosen trainer does not hold the trainer role in this government.',
  },
  training_event_dates: {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  training_event_closed: {
    id: 'Kegiatan ini sudah dimulai, selesai atau dibatalkan; pendaftaran tidak dibuka lagi.',
    en: 'This event has started, finished or been cancelled; registration is closed.',
  },
  training_event_full: {
    id: 'Kuota kegiatan ini dan daftar tunggunya sudah penuh.',
    en: 'This event and its waiting list are full.',
  },
  training_not_eligible: {
    id: 'Kegiatan ini tidak terbuka untuk pegawai dengan unit atau status kepegawaian Anda.',
    en: 'This event is not open to employees of your unit or employment status.',
  },
  training_already_registered: {
    id: 'Pegawai ini sudah terdaftar pada kegiatan ini.',
    en: 'This employee is already registered for this event.',
  },
  training_no_superior: {
    id: 'Atasan langsung Anda belum tercatat; hubungi BKPSDM.',
    en: 'Your direct superior is not recorded; contact the HR agency.',
  },
  training_registration_state: {
    id: 'Pendaftaran ini tidak dapat diubah pada statusnya sekarang ({status}).',
    en: 'This registration cannot be changed in its current state ({status}).',
  },
  training_approval_overdue: {
    id: 'Batas waktu persetujuan sudah lewat ({due}).',
    en: 'The deadline for approval has passed ({due}).',
  },
  training_code_invalid: {
    id: 'Kode kehadiran tidak sah.',
    en: 'The attendance code is not valid.',
  },
  training_code_other_event: {
    id: 'Kode kehadiran ini milik kegiatan lain.',
    en: 'This attendance code belongs to another event.',
  },
  training_not_confirmed: {
    id: 'Peserta ini belum mendapat kursi pada kegiatan ini.',
    en: 'This participant has no confirmed seat at this event.',
  },
  training_event_not_started: {
    id: 'Kegiatan ini belum dimulai.',
    en: 'This event has not started yet.',
  },
  training_event_completed: {
    id: 'Kegiatan ini sudah ditutup; kehadiran dan nilai tidak dapat diubah lagi.',
    en: 'This event is closed; attendance and scores can no longer be changed.',
  },
  training_not_attendee: {
    id: 'Hanya peserta yang hadir yang dapat memberi penilaian.',
    en: 'Only participants who attended can give feedback.',
  },
  training_feedback_given: {
    id: 'Anda sudah memberi penilaian untuk kegiatan ini.',
    en: 'You have already given feedback for this event.',
  },
  training_certificate_unknown: {
    id: 'Sertifikat dengan kode ini tidak ditemukan atau sudah dicabut.',
    en: 'No valid certificate has this code (unknown or revoked).',
  },
  training_certificate_revoked: {
    id: 'Sertifikat ini sudah dicabut.',
    en: 'This certificate has already been revoked.',
  },
  training_evidence_type: {
    id: 'Bukti harus berupa berkas PDF atau gambar (JPEG, PNG, WebP).',
    en: 'The evidence must be a PDF or an image (JPEG, PNG, WebP).',
  },
  training_evidence_too_large: {
    id: 'Berkas bukti terlalu besar (batas {limit}).',
    en: 'The evidence file is too large (limit {limit}).',
  },
  training_evidence_missing: {
    id: 'Lampirkan berkas sertifikat sebagai bukti.',
    en: 'Attach the certificate file as evidence.',
  },
  training_external_decided: {
    id: 'Laporan pelatihan ini sudah diputuskan.',
    en: 'This training report has already been decided.',
  },
  training_programme_inactive: {
    id: 'Program ini tidak aktif.',
    en: 'This programme is not active.',
  },
} as const;

Object.assign(ERROR_MESSAGES, TRAINING_ERRORS);
