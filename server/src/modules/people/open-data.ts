import type { OpenDataset } from '../../platform/module';

/** The public workforce statistics (the same endpoint as the workforce profile page), as of the day of download. */
export function peopleOpenData(tenant: { slug: string; name: string }): OpenDataset[] {
  const url = (format: 'csv' | 'json') => `/api/t/${tenant.slug}/workforce/stats?format=${format}`;
  return [
    {
      id: 'workforce-stats',
      title: { id: `Statistik ASN — ${tenant.name}`, en: `Civil service statistics — ${tenant.name}` },
      description: {
        id: 'Jumlah pegawai menurut status (PNS, PPPK), golongan, pendidikan, jenis kelamin, kelompok umur dan unit kerja, per hari unduh. Tanpa data perorangan.',
        en: 'Employees by status (PNS, PPPK), rank group, education, sex, age band and unit, as of the day of download. No individual data.',
      },
      distributions: [
        { format: 'csv', url: url('csv'), period: 'current' },
        { format: 'json', url: url('json'), period: 'current' },
      ],
      updated: 'continuous',
      licence: 'CC-BY-4.0',
      changesWith: ['employee', 'import', 'unit', 'position', 'correction'],
    },
  ];
}
