import type { Widen } from '../../../ui/i18n/types';

/** The employee list ("Data pegawai"). */
export const listId = {
  list: {
    title: 'Data pegawai',
    intro: 'Semua ASN pemerintah daerah ini. Klik nama pegawai untuk membuka datanya.',
    filters: 'Saring data pegawai',
    search: 'Cari nama atau NIP',
    searchHint: 'Sebagian nama atau NIP, dengan atau tanpa spasi.',
    allUnits: 'Semua unit',
    includeSubunits: 'Termasuk sub-unit di bawahnya',
    any: 'Semua',
    reset: 'Hapus semua saringan',
    exportXlsx: 'Unduh Excel (XLSX)',
    exportCsv: 'Unduh CSV',
    tableLabel: 'Daftar pegawai',
    empty: 'Tidak ada pegawai yang cocok dengan saringan ini.',
    unitGone: 'Unit pada saringan ini tidak ditemukan. Pilih unit lain atau hapus saringan.',
  },
} as const;

export const listEn: Widen<typeof listId> = {
  list: {
    title: 'Employee records',
    intro: "All of this government's civil servants. Select a name to open the record.",
    filters: 'Filter employees',
    search: 'Search name or NIP',
    searchHint: 'Part of a name or NIP, with or without spaces.',
    allUnits: 'All units',
    includeSubunits: 'Include the units below it',
    any: 'Any',
    reset: 'Clear all filters',
    exportXlsx: 'Download Excel (XLSX)',
    exportCsv: 'Download CSV',
    tableLabel: 'Employees',
    empty: 'No employee matches this filter.',
    unitGone: 'The unit in this filter was not found. Choose another unit or clear the filters.',
  },
};
