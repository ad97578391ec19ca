import type { Widen } from '../../ui/i18n/types';

/** Texts of the national overview (system administrator and national viewers). */
export const nationalId = {
  nav: 'Ikhtisar nasional',
  title: 'Ikhtisar nasional',
  description:
    'Pemerintah daerah yang memakai Lentera berdampingan, menurut angka yang diterbitkan masing-masing di portalnya.',
  year: 'Tahun',
  government: 'Pemerintah daerah',
  tableLabel: 'Angka utama per pemerintah daerah',
  noData: 'Belum ada data',
  portal: 'Buka portal {{name}}',
  manageTenants: 'Kelola pemerintah daerah',
  figures: {
    people_headcount: 'Jumlah ASN',
    complaints_received: 'Pengaduan diterima',
    complaints_answeredOnTime: 'Pengaduan dijawab tepat waktu',
    performance_reportsOnTime: 'Laporan kinerja tepat waktu',
    performance_goodOrBetter: 'Predikat Baik atau Sangat Baik',
  },
  percentOf: '{{value}} %',
  source:
    'Sumber: statistik publik tiap pemerintah daerah (pengaduan, profil ASN, hasil kinerja). Tidak memuat data perorangan.',
} as const;

export const nationalEn: Widen<typeof nationalId> = {
  nav: 'National overview',
  title: 'National overview',
  description: 'The governments that use Lentera side by side, on the figures each publishes on its portal.',
  year: 'Year',
  government: 'Government',
  tableLabel: 'Headline figures per government',
  noData: 'No data yet',
  portal: 'Open the portal of {{name}}',
  manageTenants: 'Manage governments',
  figures: {
    people_headcount: 'Civil servants',
    complaints_received: 'Complaints received',
    complaints_answeredOnTime: 'Complaints answered on time',
    performance_reportsOnTime: 'Performance reports on time',
    performance_goodOrBetter: 'Rated Baik or Sangat Baik',
  },
  percentOf: '{{value}} %',
  source:
    "Source: each government's public statistics (complaints, workforce profile, performance results). No individual data.",
};
