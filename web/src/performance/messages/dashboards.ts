import type { Widen } from '../../ui/i18n/types';

/** The dashboard and the public results. */
export const dashboardsId = {
  dashboard: {
    title: 'Dasbor kinerja {{year}}',
    description: 'Laporan tepat waktu, terlambat dan tidak lapor, serta sebaran predikat per unit.',
    wholeYear: 'Seluruh tahun',
    xlsx: 'Unduh XLSX',
    submissions: 'Laporan (wajib lapor: {{expected}})',
    distribution: 'Sebaran predikat',
    count: 'Jumlah',
    onTime: 'Tepat waktu',
    late: 'Terlambat',
    missing: 'Tidak lapor',
    awaitingReview: 'Menunggu penilaian',
    reviewedLate: 'Dinilai terlambat',
    perUnit: 'Per unit kerja',
    unit: 'Unit kerja',
    employees: 'Pegawai',
    drill: 'Rincian',
    drillOf: 'Rincian {{unit}}',
    drillTitle: '{{unit}} — {{period}}',
  },
  public: {
    title: 'Hasil kinerja ASN {{year}}',
    description:
      'Jumlah pegawai yang dievaluasi, sebaran predikat kinerja dan ketepatan waktu pelaporan per unit kerja. Tidak ada nilai perorangan.',
    evaluated: 'Pegawai dievaluasi',
    onTimeRate: 'Laporan tepat waktu',
    distribution: 'Sebaran predikat tahunan',
    perUnit: 'Per unit kerja',
    perUnitChart: 'Sebaran predikat per unit kerja (%)',
    privacy:
      'Persentase per predikat; nilai perorangan tidak pernah diterbitkan. Unit dengan kurang dari tiga pegawai dinilai digabung dan sebarannya tidak ditampilkan (–).',
    total: 'Seluruh pemerintah daerah',
    empty: 'Belum ada hasil evaluasi tahunan yang dikonfirmasi untuk tahun ini.',
    csv: 'Unduh CSV',
    json: 'Unduh JSON',
  },
} as const;

export const dashboardsEn: Widen<typeof dashboardsId> = {
  dashboard: {
    title: 'Performance dashboard {{year}}',
    description: 'Reports on time, late and missing, and the predikat distribution per unit.',
    wholeYear: 'Whole year',
    xlsx: 'Download XLSX',
    submissions: 'Reports (expected: {{expected}})',
    distribution: 'Predikat distribution',
    count: 'Count',
    onTime: 'On time',
    late: 'Late',
    missing: 'Missing',
    awaitingReview: 'Awaiting review',
    reviewedLate: 'Reviewed late',
    perUnit: 'Per unit',
    unit: 'Unit',
    employees: 'Employees',
    drill: 'Details',
    drillOf: 'Details of {{unit}}',
    drillTitle: '{{unit}} — {{period}}',
  },
  public: {
    title: 'Civil servant performance {{year}}',
    description:
      'How many employees were evaluated, the predikat distribution and on-time reporting per unit. No individual ratings.',
    evaluated: 'Employees evaluated',
    onTimeRate: 'Reports on time',
    distribution: 'Annual predikat distribution',
    perUnit: 'Per unit',
    perUnitChart: 'Predikat distribution per unit (%)',
    privacy:
      'Percent per predikat; individual ratings are never published. Units with fewer than three evaluated employees are grouped and their distribution withheld (–).',
    total: 'Whole government',
    empty: 'No confirmed annual evaluation for this year yet.',
    csv: 'Download CSV',
    json: 'Download JSON',
  },
};
