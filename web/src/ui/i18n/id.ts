import { nationalId } from '../../admin/national/messages';
import type { complaintsId } from '../../complaints/messages';
import { openDataId } from '../../open-data/messages';
import type { employeesId } from '../../people/employees/messages';
import type { structureId } from '../../people/structure/messages';
import type { performanceId } from '../../performance/messages';
import type { workforceId } from '../../portal/workforce/messages';
import type { queueId } from '../../queue/messages';
import type { servicesId } from '../../services/messages';
import type { surveysId } from '../../surveys/messages';
import type { trainingId } from '../../training/messages';
import type { platformPagesId } from './platform-pages';
import type { Widen } from './types';

/**
 * Bahasa Indonesia, the default language: the platform's texts the portal home may show, which ship with the app
 * (its other pages' texts are in `platform-pages.ts`). The modules' namespaces
 * (`complaints`, `employees`...) come from their manifests (`web/src/modules.ts`): the words of the portal home with
 * the app, the rest with the module's pages. `en.ts` must have the same keys (the type checks it).
 */
export const id = {
  app: { name: 'Lentera' },
  common: {
    loading: 'Memuat…',
    retry: 'Coba lagi',
    close: 'Tutup',
    cancel: 'Batal',
    save: 'Simpan',
    edit: 'Ubah',
    delete: 'Hapus',
    search: 'Cari',
    actions: 'Tindakan',
    errorTitle: 'Terjadi masalah',
    opensNewTab: 'terbuka di tab baru',
  },
  errors: {
    network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
    unexpected: 'Terjadi kesalahan yang tidak terduga.',
    http: 'Server menjawab dengan kesalahan {{status}}. Coba lagi sebentar lagi.',
    pageTitle: 'Halaman tidak dapat dibuka',
    chunk:
      'Bagian halaman ini gagal dimuat (mungkin koneksi terputus atau aplikasi baru diperbarui). Muat ulang halaman.',
  },
  header: {
    skipToContent: 'Lewati ke konten utama',
    language: 'Bahasa',
    login: 'Masuk',
    logout: 'Keluar',
    loggedOut: 'Anda sudah keluar.',
    accountMenu: 'Menu akun {{name}}',
    otherGovernments: 'Pemerintah daerah lain',
    openMenu: 'Buka menu navigasi',
    closeMenu: 'Tutup menu navigasi',
    portalHome: 'Beranda portal {{name}}',
  },
  footer: {
    platform: 'Lentera — platform layanan publik dan manajemen ASN untuk pemerintah daerah.',
    tenant: 'Portal resmi {{name}}, dijalankan dengan Lentera.',
    allGovernments: 'Semua pemerintah daerah',
    apiDocs: 'Dokumentasi API',
    license: 'Perangkat lunak sumber terbuka (AGPL-3.0)',
  },
  nav: {
    label: 'Navigasi ruang kerja',
    groupWorkspace: 'Ruang kerja',
    groupPeople: 'Kepegawaian',
    groupPerformance: 'Kinerja',
    groupComplaints: 'Pengaduan',
    groupAdmin: 'Administrasi',
    groupCitizen: 'Beranda',
    citizenHome: 'Beranda saya',
    workspace: 'Beranda ruang kerja',
    account: 'Akun saya',
    roles: 'Peran & akses',
    rolesDescription: 'Berikan atau cabut peran pegawai dan petugas.',
    holidays: 'Hari libur',
    holidaysDescription: 'Libur nasional, cuti bersama dan libur daerah untuk menghitung hari kerja.',
    audit: 'Log audit',
    auditDescription: 'Periksa keutuhan rantai audit dan riwayat perubahan.',
    tenants: 'Pemerintah daerah',
    messaging: 'Saluran pesan',
    messagingDescription: 'WhatsApp, Messenger dan Instagram: nomor, token dan template WhatsApp.',
    tenantsDescription: 'Tambah dan ubah pemerintah daerah di instalasi ini.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    message: 'Alamat yang Anda buka tidak ada. Mungkin tautannya salah ketik atau halamannya sudah dipindahkan.',
    home: 'Kembali ke beranda',
  },
  forbidden: {
    title: 'Tidak ada akses',
    message:
      'Akun Anda tidak memiliki izin untuk membuka halaman ini. Jika Anda memerlukannya, hubungi admin pemerintah daerah Anda.',
    backToWorkspace: 'Kembali ke ruang kerja',
  },
  tenantNotFound: {
    title: 'Pemerintah daerah tidak ditemukan',
    message: 'Tidak ada pemerintah daerah dengan kode "{{slug}}" di Lentera. Periksa kembali alamatnya.',
    list: 'Lihat daftar pemerintah daerah',
  },
  tenantKind: { kota: 'Kota', kabupaten: 'Kabupaten', provinsi: 'Provinsi', nasional: 'Nasional' },
  portal: {
    intro: 'Portal layanan publik resmi.',
    identity: 'Identitas',
    kind: 'Jenis',
    code: 'Kode',
    timeZone: 'Zona waktu',
    timeZoneValue: '{{abbr}} ({{zone}})',
    contacts: 'Kontak',
    noContacts: 'Kontak belum diisi.',
    address: 'Alamat',
    phone: 'Telepon',
    email: 'E-mail',
    website: 'Situs web',
    logoAlt: 'Logo {{name}}',
    auditTitle: 'Jejak audit',
    auditExplain:
      'Setiap perubahan data dicatat dalam rantai yang saling terkunci dengan hash. Siapa pun dapat mencocokkan kepala rantai ini dengan salinan yang diterbitkan.',
    auditHead_one: 'Jejak audit: {{entries}} entri, kepala rantai',
    auditHead_other: 'Jejak audit: {{entries}} entri, kepala rantai',
    auditEmpty: 'Jejak audit: belum ada entri.',
    register: 'Daftar',
    toWorkspace: 'Ke ruang kerja',
    toCitizenHome: 'Beranda saya',
    tasksHeading: 'Layanan',
    publicationsHeading: 'Informasi publik',
    openDataTitle: 'Data terbuka',
    openDataText: 'Semua data yang diterbitkan pemerintah daerah ini, untuk diunduh dalam format CSV dan JSON.',
    openDataLink: 'Lihat data terbuka',
    about: 'Tentang portal ini',
  },
  openData: openDataId,
  national: nationalId,
} as const;

/** The shape every language's platform texts must have (the portal's and the platform pages', `platform-pages.ts`). */
export type Messages = Widen<typeof id & typeof platformPagesId>;

/**
 * Every text the app may show, the modules' namespaces included: the tree i18next checks `t()` keys against. A new
 * module's namespace is added here as well as in its manifest (a type only: nothing of the module ships with this).
 */
export type AllMessages = typeof id &
  typeof platformPagesId & {
    employees: typeof employeesId;
    structure: typeof structureId;
    workforce: typeof workforceId;
    performance: typeof performanceId;
    complaints: typeof complaintsId;
    queue: typeof queueId;
    services: typeof servicesId;
    surveys: typeof surveysId;
    training: typeof trainingId;
  };
