import type { Widen } from '../../ui/i18n/types';

/**
 * The complaints' tasks and cards on the portal home and on a citizen's home: they ship with the portal's first load
 * (see the manifest), the rest of the namespace with the complaints pages.
 */
export const homeId = {
  home: {
    file: 'Sampaikan pengaduan',
    fileDescription: 'Laporkan pelayanan yang buruk, sampaikan aspirasi atau minta informasi.',
    followTitle: 'Ikuti pengaduan',
    followLabel: 'Kode pelacakan atau tautan pengaduan',
    followHint: 'Tempel tautan dari e-mail atau tanda terima, atau ketik kode pelacakan (contoh: {{example}}).',
    followSubmit: 'Ikuti',
    followInvalid: 'Masukkan kode pelacakan atau tautan pengaduan dari e-mail Anda.',
    statsTitle: 'Statistik pengaduan',
    statsText: 'Jumlah pengaduan yang diterima dan dijawab tepat waktu, per perangkat daerah dan kategori.',
    statsLink: 'Lihat statistik pengaduan',
    publicTitle: 'Pengaduan publik',
    publicText: 'Pengaduan warga yang dipublikasikan beserta jawabannya.',
    publicLink: 'Lihat pengaduan publik',
    mineTitle: 'Pengaduan saya',
    mineEmpty: 'Anda belum menyampaikan pengaduan. Sampaikan yang pertama bila ada pelayanan yang perlu diperbaiki.',
    mineAll: 'Lihat semua pengaduan saya',
    mineMore: 'dan {{count}} lainnya',
  },
} as const;

export const homeEn: Widen<typeof homeId> = {
  home: {
    file: 'File a complaint',
    fileDescription: 'Report poor service, share an aspiration or ask for information.',
    followTitle: 'Follow a complaint',
    followLabel: 'Tracking code or complaint link',
    followHint: 'Paste the link from your e-mail or receipt, or type the tracking code (for example {{example}}).',
    followSubmit: 'Follow',
    followInvalid: 'Enter the tracking code or the complaint link from your e-mail.',
    statsTitle: 'Complaint statistics',
    statsText: 'How many complaints were received and answered on time, by agency and category.',
    statsLink: 'See complaint statistics',
    publicTitle: 'Public complaints',
    publicText: "Citizens' complaints that were published, with their answers.",
    publicLink: 'See public complaints',
    mineTitle: 'My complaints',
    mineEmpty: 'You have not filed a complaint yet. File your first one when a service needs fixing.',
    mineAll: 'See all my complaints',
    mineMore: 'and {{count}} more',
  },
};
