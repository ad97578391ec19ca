import type { Widen } from '../../ui/i18n/types';

/** Texts of the employees pages, in Bahasa Indonesia (default) and English; merged under the `employees` key. */
export const employeesId = {
  title: 'Data pegawai',
  unitSelect: {
    placeholder: 'Ketik nama unit untuk mencari',
    nothingFound: 'Tidak ada unit dengan nama itu.',
    loadError: 'Daftar unit tidak dapat dimuat. Muat ulang halaman.',
  },
} as const;

export const employeesEn: Widen<typeof employeesId> = {
  title: 'Employee records',
  unitSelect: {
    placeholder: 'Type a unit name to search',
    nothingFound: 'No unit has that name.',
    loadError: 'The list of units could not be loaded. Reload the page.',
  },
};
