import type { Services } from '../../platform/context';
import type { OpenDataset } from '../../platform/module';
import { performanceRepo } from './repository';

/**
 * The published performance results as an open dataset (the same public endpoint, CSV and JSON), one download per
 * performance year the government has opened, newest first; none before the first year is opened.
 */
export async function performanceOpenData(
  tenant: { id: string; slug: string; name: string },
  _year: number,
  services: Services,
): Promise<OpenDataset[]> {
  const years = (await performanceRepo.years(services.db, tenant.id)).map((y) => y.year);
  if (years.length === 0) return [];
  const url = (year: number, format: 'csv' | 'json') =>
    `/api/t/${tenant.slug}/performance/published?year=${year}&format=${format}`;
  return [
    {
      id: 'performance-results',
      title: {
        id: 'Hasil evaluasi kinerja ASN per unit',
        en: "Civil servants' performance results per unit",
      },
      description: {
        id: `${tenant.name}: jumlah pegawai yang dinilai, sebaran predikat (persen) dan ketepatan waktu pelaporan per unit. Tanpa data perorangan.`,
        en: `${tenant.name}: employees evaluated, predikat distribution (percent) and on-time reporting per unit. No individual data.`,
      },
      distributions: years.flatMap((year) =>
        (['csv', 'json'] as const).map((format) => ({ format, url: url(year, format), period: String(year) })),
      ),
      updated: 'continuous',
      licence: 'CC-BY-4.0',
      changesWith: ['performance_annual', 'performance_report', 'performance_year', 'performance_unit_predikat'],
    },
  ];
}
