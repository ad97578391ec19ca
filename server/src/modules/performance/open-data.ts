import type { OpenDataset } from '../../platform/module';

/** The published performance results as an open dataset (the same public endpoint, CSV and JSON). */
export function performanceOpenData(tenant: { slug: string; name: string }, year: number): OpenDataset[] {
  const url = (format: 'csv' | 'json') => `/api/t/${tenant.slug}/performance/published?year=${year}&format=${format}`;
  return [
    {
      id: 'performance-results',
      title: {
        id: `Hasil evaluasi kinerja ASN per unit ${year}`,
        en: `Civil servants' performance results per unit ${year}`,
      },
      description: {
        id: `${tenant.name}: jumlah pegawai yang dinilai, sebaran predikat (persen) dan ketepatan waktu pelaporan per unit. Tanpa data perorangan.`,
        en: `${tenant.name}: employees evaluated, predikat distribution (percent) and on-time reporting per unit. No individual data.`,
      },
      distributions: [
        { format: 'csv', url: url('csv'), period: String(year) },
        { format: 'json', url: url('json'), period: String(year) },
      ],
      updated: 'continuous',
      licence: 'CC-BY-4.0',
    },
  ];
}
