import type { OpenDataset } from '../../platform/module';

/** The complaint statistics, per unit and category, one stable URL per year and format (current and last year). */
export function complaintsOpenData(tenant: { slug: string; name: string }, year: number): OpenDataset[] {
  const years = [year, year - 1];
  return [
    {
      id: 'complaints-stats',
      title: {
        id: `Statistik pengaduan masyarakat — ${tenant.name}`,
        en: `Public complaint statistics — ${tenant.name}`,
      },
      description: {
        id: 'Per unit dan kategori: diterima, diverifikasi, dijawab, persentase dijawab tepat waktu, median dan persentil 90 hari kerja sampai tanggapan pertama dan sampai jawaban, rata-rata penilaian, tingkat dibuka kembali. Identitas pelapor tidak pernah disertakan.',
        en: 'Per unit and category: received, verified, answered, share answered on time, median and 90th percentile of working days to first response and to answer, mean rating, reopen rate. Reporters are never identified.',
      },
      distributions: years.flatMap((y) =>
        (['csv', 'json'] as const).map((format) => ({
          format,
          url: `/api/t/${tenant.slug}/complaints/stats?from=${y}-01-01&to=${y}-12-31&format=${format}`,
          period: String(y),
        })),
      ),
      updated: 'continuous',
      licence: 'CC-BY-4.0',
      changesWith: ['complaint', 'complaint_category'],
    },
  ];
}
