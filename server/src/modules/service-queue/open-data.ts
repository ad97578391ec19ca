import type { Services } from '../../platform/context';
import type { OpenDataset } from '../../platform/module';
import { queueRepo } from './repository';

/** Each location's busy hours and typical waits (the last 60 days), as the public page shows them. */
export async function queueOpenData(
  tenant: { id: string; slug: string; name: string },
  _year: number,
  services: Services,
): Promise<OpenDataset[]> {
  const locations = await queueRepo.locations(services.db, tenant.id, true);
  return locations.map((location) => ({
    id: `queue-busy-hours-${location.id}`,
    title: {
      id: `Jam ramai dan lama menunggu — ${location.name}`,
      en: `Busy hours and typical waits — ${location.name}`,
    },
    description: {
      id: 'Rata-rata jumlah antrian per hari kerja dan jam, serta median lama menunggu per layanan, 60 hari terakhir. Tidak memuat data pengunjung.',
      en: 'Average tickets per weekday and hour, and the median wait per service, over the last 60 days. No visitor data.',
    },
    // The CSV holds the hours; the JSON also the typical wait per service.
    distributions: (['csv', 'json'] as const).map((format) => ({
      format,
      url: `/api/t/${tenant.slug}/queue/locations/${location.id}/busy-hours?format=${format}`,
      period: 'last-60-days',
    })),
    updated: 'daily',
    licence: 'CC-BY-4.0',
    changesWith: ['queue_location', 'queue_service'],
  }));
}
