import type { Widen } from '../../ui/i18n/types';

/** The training module's card on the portal home: ships with the portal's first load, the rest with the pages. */
export const portalId = {
  portal: {
    verifyTitle: 'Verifikasi sertifikat pelatihan',
    verifyText: 'Periksa apakah sertifikat pelatihan seorang ASN asli, dengan kode yang tercetak pada sertifikat.',
    verifyLink: 'Periksa sertifikat',
  },
} as const;

export const portalEn: Widen<typeof portalId> = {
  portal: {
    verifyTitle: 'Verify a training certificate',
    verifyText: 'Check whether a civil servant’s training certificate is genuine, with the code printed on it.',
    verifyLink: 'Check a certificate',
  },
};
