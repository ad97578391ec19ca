import { ERROR_MESSAGES } from '../http/errors';

/**
 * The surveys module's error codes with their Indonesian and English messages, added to the shared table. A period
 * is said in words (`periodParams`: `{periodId}`, `{periodEn}`), never by its code.
 */
export const SURVEYS_ERRORS = {
  survey_link_unknown: {
    id: 'Tautan survei ini tidak dikenal. Periksa kembali alamatnya.',
    en: 'This survey link is unknown. Check the address.',
  },
  survey_link_used: {
    id: 'Survei untuk kunjungan ini sudah diisi. Terima kasih atas tanggapan Anda.',
    en: 'The survey for this visit has been answered already. Thank you for your response.',
  },
  survey_link_expired: {
    id: 'Tautan survei ini sudah kedaluwarsa.',
    en: 'This survey link has expired.',
  },
  survey_period_closed: {
    id: 'Laporan SKM {periodId} untuk unit ini sudah terbit; tanggapan untuk periode itu tidak diterima lagi.',
    en: "This unit's SKM report for {periodEn} is published; responses for that period are no longer accepted.",
  },
  survey_paper_duplicate: {
    id: 'Formulir kertas nomor {formNumber} sudah dimasukkan untuk unit ini pada {periodId}.',
    en: 'Paper form number {formNumber} has already been entered for this unit in {periodEn}.',
  },
  survey_service_unknown: {
    id: 'Layanan ini tidak ada pada unit tersebut.',
    en: 'This service does not exist in that unit.',
  },
  survey_no_responses: {
    id: 'Belum ada tanggapan terverifikasi untuk unit ini pada {periodId}; laporan belum dapat diterbitkan.',
    en: 'There are no verified responses for this unit in {periodEn} yet; the report cannot be published.',
  },
  survey_already_published: {
    id: 'Laporan SKM {periodId} untuk unit ini sudah terbit dan tidak dapat diubah.',
    en: "This unit's SKM report for {periodEn} is already published and cannot be changed.",
  },
  survey_period_future: {
    id: 'Periode SKM {periodId} belum dimulai.',
    en: 'The SKM period of {periodEn} has not started yet.',
  },
  survey_questions_limit: {
    id: 'Paling banyak {max} pertanyaan tambahan aktif sekaligus. Nonaktifkan satu pertanyaan terlebih dahulu.',
    en: 'At most {max} extra questions can be active at once. Deactivate one first.',
  },
  survey_rate_limited: {
    id: 'Terlalu banyak tanggapan dari alamat ini. Coba lagi nanti.',
    en: 'Too many responses from this address. Try again later.',
  },
} as const;

Object.assign(ERROR_MESSAGES, SURVEYS_ERRORS);
