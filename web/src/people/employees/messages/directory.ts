import type { Widen } from '../../../ui/i18n/types';

/** The staff directory. */
export const directoryId = {
  directory: {
    title: 'Direktori pegawai',
    intro: 'Nama, jabatan dan unit rekan kerja di pemerintah daerah ini.',
    search: 'Cari nama',
    empty: 'Tidak ada pegawai dengan nama itu.',
    tableLabel: 'Direktori pegawai',
  },
} as const;

export const directoryEn: Widen<typeof directoryId> = {
  directory: {
    title: 'Staff directory',
    intro: 'Name, position and unit of colleagues in this government.',
    search: 'Search by name',
    empty: 'Nobody has that name.',
    tableLabel: 'Staff directory',
  },
};
