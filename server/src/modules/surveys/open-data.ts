import { type Ctx, requireTenant, type Services } from '../../platform/context';
import type { HeadlineFigure, OpenDataset } from '../../platform/module';
import { reportsRepo } from './repository/reports';
import { frozenOf } from './use-cases/results';

/**
 * One dataset per published period (SKM results per unit and service: respondents, NRR per element, IKM, converted
 * index, grade), as CSV and JSON at stable URLs. No respondent data.
 */
export async function surveysOpenData(
  tenant: { id: string; slug: string; name: string },
  _year: number,
  services: Services,
): Promise<OpenDataset[]> {
  const periods = await reportsRepo.publishedPeriods(services.db, tenant.id);
  return periods.map((period) => ({
    id: `surveys-skm-${period}`,
    title: { id: `Survei Kepuasan Masyarakat ${period}`, en: `Public satisfaction survey ${period}` },
    description: {
      id: 'Per unit dan layanan: jumlah responden terverifikasi, NRR per unsur (U1–U9), IKM, nilai konversi dan mutu pelayanan (PermenPANRB 14/2017). Tidak memuat data responden.',
      en: 'Per unit and service: verified respondents, NRR per element (U1–U9), IKM, converted index and grade (PermenPANRB 14/2017). No respondent data.',
    },
    distributions: (['csv', 'json'] as const).map((format) => ({
      format,
      url: `/api/t/${tenant.slug}/surveys/results?period=${period}&format=${format}`,
      period,
    })),
    updated: 'continuous',
    licence: 'CC-BY-4.0',
    changesWith: ['surveys_report'],
  }));
}

/** The year's verified respondents in published reports, and the share of published units graded A or B. */
export async function surveysHeadline(ctx: Ctx, year: number): Promise<HeadlineFigure[]> {
  const tenant = requireTenant(ctx);
  const reports = (await reportsRepo.reports(ctx.db, tenant.id)).filter((r) => r.period.startsWith(String(year)));
  const units = reports.map((r) => frozenOf(r).unit);
  const good = units.filter((u) => u.grade === 'A' || u.grade === 'B').length;
  return [
    { key: 'surveys.respondents', kind: 'count', value: units.reduce((acc, u) => acc + u.respondents, 0) },
    {
      key: 'surveys.unitsGoodOrBetter',
      kind: 'percent',
      value: units.length ? Math.round((100 * good) / units.length) : null,
    },
  ];
}
