import type { Widen } from '../../ui/i18n/types';

/** The services' task and card on the portal home: ship with the portal's first load, the rest with the pages. */
export const portalId = {
  portal: {
    apply: 'Ajukan layanan online',
    applyText: 'Daftar layanan, persyaratan, biaya dan waktu penyelesaian; ajukan permohonan dan ikuti prosesnya.',
    statsTitle: 'Kinerja pelayanan',
    statsText: 'Berapa permohonan diterima dan diselesaikan, dan berapa yang selesai tepat waktu, per layanan.',
    statsLink: 'Lihat statistik layanan',
  },
} as const;

export const portalEn: Widen<typeof portalId> = {
  portal: {
    apply: 'Apply for a service online',
    applyText: 'Services with their requirements, fees and time to complete; apply and follow your request.',
    statsTitle: 'Service performance',
    statsText: 'How many requests were received and completed, and how many on time, per service.',
    statsLink: 'See service statistics',
  },
};
