import type { Widen } from '../../ui/i18n/types';

/** The queue's task on the portal home: ships with the portal's first load, the rest with the queue's pages. */
export const portalId = {
  portal: { take: 'Ambil nomor antrian', takeText: 'Antrian layanan hari ini, pesan jadwal, papan antrian.' },
} as const;

export const portalEn: Widen<typeof portalId> = {
  portal: { take: 'Take a queue number', takeText: "Today's service queues, booking a time, queue boards." },
};
