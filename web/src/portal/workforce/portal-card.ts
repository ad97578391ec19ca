import type { Widen } from '../../ui/i18n/types';

/** The workforce profile's card on the portal home: ships with the portal's first load (see the people manifest). */
export const portalCardId = {
  portalCard: {
    title: 'Profil ASN',
    text: 'Struktur organisasi, pimpinan unit, dan statistik pegawai menurut status, golongan, pendidikan, jenis kelamin, dan umur.',
    link: 'Lihat profil ASN',
  },
} as const;

export const portalCardEn: Widen<typeof portalCardId> = {
  portalCard: {
    title: 'Civil service profile',
    text: 'Organisation structure, heads of units, and employees by status, rank, education, sex and age.',
    link: 'See the civil service profile',
  },
};
