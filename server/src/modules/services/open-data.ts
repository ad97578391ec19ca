import { type Ctx, requireTenant, type Services } from '../../platform/context';
import type { HeadlineFigure, OpenDataset } from '../../platform/module';
import { statsRepo } from './repository/stats';
import { serviceStats } from './use-cases/stats';

/**
 * The yearly statistics of service requests (received, completed, share within the standard's time, median and
 * p90 working days, refusals), one dataset per year from the first request on, as CSV (one row per service) and
 * JSON at stable URLs. No applicant data.
 */
export async function servicesOpenData(
  tenant: { id: string; slug: string; name: string },
  year: number,
  services: Services,
): Promise<OpenDataset[]> {
  const { first } = await statsRepo.years(services.db, tenant.id);
  const firstYear = first ? Math.min(year, Number(String(first).slice(0, 4))) : year;
  const years = Array.from({ length: year - firstYear + 1 }, (_, i) => year - i);
  return years.map((y) => ({
    id: `services-requests-${y}`,
    title: { id: `Statistik permohonan layanan ${y}`, en: `Service request statistics ${y}` },
    description: {
      id: 'Per layanan dan unit: permohonan diterima, selesai, persentase selesai dalam waktu standar pelayanan, median dan persentil ke-90 hari kerja, dan permohonan ditolak. Tidak memuat data pemohon.',
      en: "Per service and unit: requests received, completed, the share completed within the standard's time, median and 90th percentile working days, and requests refused. No applicant data.",
    },
    distributions: (['csv', 'json'] as const).map((format) => ({
      format,
      url: `/api/t/${tenant.slug}/services/stats?year=${y}&format=${format}`,
      period: String(y),
    })),
    updated: 'continuous',
    licence: 'CC-BY-4.0',
    changesWith: ['services_request'],
  }));
}

/** The year's share of requests completed within their standard's working days (the statistics' total). */
export async function servicesHeadline(ctx: Ctx, year: number): Promise<HeadlineFigure[]> {
  requireTenant(ctx);
  const { totals } = await serviceStats(ctx, { year });
  return [
    { key: 'services.received', kind: 'count', value: totals.received },
    { key: 'services.completedOnTime', kind: 'percent', value: totals.withinStandardPercent },
  ];
}
