import type { Widen } from '../../ui/i18n/types';

/** The service's own data on its admin page and the "change service" dialog (field labels are under `admin`). */
export const serviceFormId = {
  serviceForm: {
    details: 'Data layanan',
    edit: 'Ubah layanan',
    editTitle: 'Ubah data layanan',
    save: 'Simpan perubahan',
    saved: 'Data layanan disimpan.',
    checkFields: 'Belum tersimpan. Perbaiki isian yang ditandai merah, lalu simpan lagi.',
    nameEnHint: 'Untuk halaman berbahasa Inggris. Jika kosong, nama dalam bahasa Indonesia yang dipakai.',
    offered: 'Ditawarkan kepada warga',
    offeredOn:
      'Ya: layanan tampil di daftar layanan (setelah standarnya terbit) dan warga dapat mengajukan permohonan.',
    offeredOff:
      'Tidak: layanan tidak tampil di daftar layanan dan tidak menerima permohonan baru. Permohonan yang sudah masuk tetap diproses.',
    offeredYes: 'Ya — tampil di daftar layanan dan menerima permohonan',
    offeredNo: 'Tidak — tidak tampil di daftar layanan dan tidak menerima permohonan baru',
    noSummary: 'Belum ada ringkasan.',
    noNameEn: 'Belum diisi (memakai nama dalam bahasa Indonesia)',
  },
} as const;

export const serviceFormEn: Widen<typeof serviceFormId> = {
  serviceForm: {
    details: 'Service details',
    edit: 'Change service',
    editTitle: 'Change service details',
    save: 'Save changes',
    saved: 'Service details saved.',
    checkFields: 'Not saved yet. Correct the fields marked in red, then save again.',
    nameEnHint: 'For the pages in English. If empty, the Indonesian name is used.',
    offered: 'Offered to citizens',
    offeredOn: 'Yes: the service is listed (once its standard is published) and citizens can apply for it.',
    offeredOff: 'No: the service is not listed and takes no new requests. Requests already received are still handled.',
    offeredYes: 'Yes — listed and takes requests',
    offeredNo: 'No — not listed and takes no new requests',
    noSummary: 'No summary yet.',
    noNameEn: 'Not filled in (the Indonesian name is used)',
  },
};
