import { ERROR_MESSAGES } from '../http/errors';

/** The messaging layer's error codes with their Indonesian and English messages, added to the shared table. */
export const MESSAGING_ERRORS = {
  messaging_channel_unavailable: {
    id: 'Saluran {channel} belum tersedia di pemerintah daerah ini.',
    en: 'The {channel} channel is not available in this government.',
  },
  messaging_channel_not_linked: {
    id: 'Hubungkan {channel} ke akun Anda terlebih dahulu dengan mengirim kode tautan.',
    en: 'Link {channel} to your account first by sending the link code.',
  },
  messaging_signature_invalid: {
    id: 'Tanda tangan webhook tidak sah.',
    en: 'The webhook signature is not valid.',
  },
  messaging_verify_failed: {
    id: 'Token verifikasi webhook tidak cocok.',
    en: 'The webhook verify token does not match.',
  },
  messaging_not_configured: {
    id: 'Saluran Meta belum diatur untuk pemerintah daerah ini.',
    en: "Meta's channels are not set up for this government.",
  },
} as const;

Object.assign(ERROR_MESSAGES, MESSAGING_ERRORS);
