import type { Widen } from '../ui/i18n/types';

/** Texts of the open-data catalog page (a platform page: every module's datasets). */
export const openDataId = {
  title: 'Data terbuka',
  intro:
    'Kumpulan data yang diterbitkan {{name}}, bebas diunduh dalam format CSV (untuk spreadsheet) dan JSON (untuk aplikasi) di alamat yang tetap.',
  empty: 'Belum ada data yang diterbitkan.',
  licence: 'Lisensi',
  licenceCcBy: 'CC BY 4.0 (bebas dipakai dengan menyebut sumber)',
  frequency: 'Pembaruan',
  frequencies: {
    continuous: 'Terus-menerus: angka dihitung dari data terkini saat diunduh',
    daily: 'Setiap hari',
    yearly: 'Setiap tahun',
  },
  modified: 'Perubahan terakhir',
  downloads: 'Unduhan',
  periodYear: 'Tahun {{period}}',
  periodCurrent: 'Data terkini',
  downloadCsv: 'Unduh CSV',
  downloadJson: 'Unduh JSON',
  downloadCsvOf: 'Unduh CSV: {{title}}, {{period}}',
  downloadJsonOf: 'Unduh JSON: {{title}}, {{period}}',
  machine: 'Katalog untuk mesin (JSON)',
} as const;

export const openDataEn: Widen<typeof openDataId> = {
  title: 'Open data',
  intro:
    'Datasets published by {{name}}, free to download as CSV (for spreadsheets) and JSON (for applications) at stable addresses.',
  empty: 'No dataset published yet.',
  licence: 'Licence',
  licenceCcBy: 'CC BY 4.0 (free to use with attribution)',
  frequency: 'Updates',
  frequencies: {
    continuous: 'Continuous: figures are computed from the current records at each download',
    daily: 'Daily',
    yearly: 'Yearly',
  },
  modified: 'Last change',
  downloads: 'Downloads',
  periodYear: 'Year {{period}}',
  periodCurrent: 'Current figures',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  downloadCsvOf: 'Download CSV: {{title}}, {{period}}',
  downloadJsonOf: 'Download JSON: {{title}}, {{period}}',
  machine: 'Machine-readable catalog (JSON)',
};
