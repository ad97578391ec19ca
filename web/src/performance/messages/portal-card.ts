import type { Widen } from '../../ui/i18n/types';

/** The performance results' card on the portal home: ships with the portal's first load (see the manifest). */
export const portalCardId = {
  portalCard: {
    title: 'Kinerja ASN',
    text: 'Sebaran predikat kinerja tahunan dan ketepatan pelaporan per unit kerja.',
    link: 'Lihat hasil kinerja',
  },
} as const;

export const portalCardEn: Widen<typeof portalCardId> = {
  portalCard: {
    title: 'Civil servant performance',
    text: 'Annual predikat distribution and on-time reporting per unit.',
    link: 'See performance results',
  },
};
