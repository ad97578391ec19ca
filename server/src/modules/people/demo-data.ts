/** Word lists for the demo population: common Indonesian names and places. */
export { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from '@lentera/common';
export const BACK_TITLES: Record<string, string[]> = {
  SMA: [''],
  D3: ['A.Md.', 'A.Md.Kep.', 'A.Md.Keb.'],
  S1: ['S.E.', 'S.H.', 'S.Kom.', 'S.Pd.', 'S.T.', 'S.Sos.', 'S.I.P.', 'S.Ak.', 'S.Kep.'],
  S2: ['S.E., M.Si.', 'S.H., M.H.', 'S.T., M.T.', 'S.Pd., M.Pd.', 'S.Sos., M.AP.', 'S.Kom., M.Kom.'],
  S3: ['S.E., M.Si.', 'S.Sos., M.Si.'],
};
export const MAJORS: Record<string, string[]> = {
  SMA: ['IPA', 'IPS'],
  D3: ['Keperawatan', 'Kebidanan', 'Akuntansi', 'Manajemen Informatika'],
  S1: [
    'Ilmu Pemerintahan',
    'Ilmu Hukum',
    'Akuntansi',
    'Teknik Sipil',
    'Pendidikan Matematika',
    'Teknik Informatika',
    'Ilmu Administrasi Negara',
    'Kesehatan Masyarakat',
  ],
  S2: ['Magister Administrasi Publik', 'Magister Manajemen', 'Magister Hukum', 'Magister Teknik Sipil'],
  S3: ['Ilmu Administrasi Publik', 'Ilmu Pemerintahan'],
};
export const KECAMATAN: Record<string, string[]> = {
  dumai: ['Dumai Barat', 'Dumai Timur', 'Dumai Kota', 'Dumai Selatan', 'Bukit Kapur'],
  kupang: ['Alak', 'Maulafa', 'Oebobo', 'Kelapa Lima', 'Kota Raja'],
  serang: ['Serang', 'Cipocok Jaya', 'Curug', 'Kasemen', 'Taktakan'],
  palembang: ['Ilir Barat I', 'Ilir Timur I', 'Seberang Ulu I', 'Kemuning', 'Sukarami'],
  medan: ['Medan Baru', 'Medan Kota', 'Medan Petisah', 'Medan Sunggal', 'Medan Johor'],
};
export const KELURAHAN_WORDS = [
  'Sukajadi',
  'Sukamaju',
  'Tanjung Harapan',
  'Mekar Sari',
  'Sidomulyo',
  'Bukit Indah',
  'Teluk Permai',
  'Pasar Baru',
  'Kampung Baru',
  'Sungai Raya',
  'Air Hitam',
  'Pelita',
];
export const BIRTH_PLACES: Record<string, string[]> = {
  dumai: ['Dumai', 'Pekanbaru', 'Bengkalis', 'Padang', 'Medan'],
  kupang: ['Kupang', 'Soe', 'Atambua', 'Ende', 'Rote'],
  serang: ['Serang', 'Pandeglang', 'Lebak', 'Cilegon', 'Jakarta'],
  palembang: ['Palembang', 'Prabumulih', 'Lahat', 'Baturaja', 'Lubuklinggau'],
  medan: ['Medan', 'Binjai', 'Pematangsiantar', 'Tebing Tinggi', 'Tarutung'],
};

export interface UnitTemplate {
  code: string;
  name: string;
  type: string;
  parent: string | null;
  head: { name: string; kind: string; class: number };
  weight: number;
  staff: Array<{ name: string; kind: string; class: number; level?: string }>;
}

const ADMIN_STAFF = [
  { name: 'Pengadministrasi Perkantoran', kind: 'pelaksana', class: 5 },
  { name: 'Penata Layanan Operasional', kind: 'pelaksana', class: 7 },
  { name: 'Analis Kebijakan Ahli Pertama', kind: 'fungsional_keahlian', class: 8, level: 'ahli_pertama' },
];

/** The organisation of a demo city: at least 20 units in a proper tree. */
export function unitTemplates(slug: string): UnitTemplate[] {
  const list: UnitTemplate[] = [];
  const add = (t: Omit<UnitTemplate, 'staff'> & { staff?: UnitTemplate['staff'] }) =>
    list.push({ ...t, staff: t.staff ?? ADMIN_STAFF });
  add({
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    type: 'sekretariat_daerah',
    parent: null,
    head: { name: 'Sekretaris Daerah', kind: 'jpt_pratama', class: 15 },
    weight: 2,
  });
  for (const [code, name] of [
    ['BAG-PEM', 'Pemerintahan'],
    ['BAG-ORG', 'Organisasi'],
    ['BAG-HUK', 'Hukum'],
    ['BAG-UMUM', 'Umum'],
  ] as const)
    add({
      code,
      name: `Bagian ${name}`,
      type: 'bagian',
      parent: 'SETDA',
      head: { name: `Kepala Bagian ${name}`, kind: 'administrator', class: 11 },
      weight: 1,
    });
  add({
    code: 'SETWAN',
    name: 'Sekretariat DPRD',
    type: 'sekretariat',
    parent: 'SETDA',
    head: { name: 'Sekretaris DPRD', kind: 'jpt_pratama', class: 14 },
    weight: 1.5,
  });
  add({
    code: 'INSPEKTORAT',
    name: 'Inspektorat',
    type: 'inspektorat',
    parent: 'SETDA',
    head: { name: 'Inspektur', kind: 'jpt_pratama', class: 14 },
    weight: 1.5,
    staff: [...ADMIN_STAFF, { name: 'Auditor Ahli Muda', kind: 'fungsional_keahlian', class: 9, level: 'ahli_muda' }],
  });
  const agencies: Array<[string, string, string, string[], UnitTemplate['staff']?, number?]> = [
    [
      'BKPSDM',
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'badan',
      ['Mutasi dan Promosi', 'Pengembangan Kompetensi'],
      [
        ...ADMIN_STAFF,
        { name: 'Analis SDM Aparatur Ahli Pertama', kind: 'fungsional_keahlian', class: 8, level: 'ahli_pertama' },
      ],
    ],
    ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan', ['Perencanaan Ekonomi', 'Perencanaan Infrastruktur']],
    ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'badan', ['Anggaran', 'Aset']],
    [
      'DISDIK',
      'Dinas Pendidikan',
      'dinas',
      ['Pembinaan SD', 'Pembinaan SMP'],
      [
        ...ADMIN_STAFF,
        { name: 'Guru Ahli Pertama', kind: 'fungsional_keahlian', class: 8, level: 'ahli_pertama' },
        { name: 'Guru Ahli Muda', kind: 'fungsional_keahlian', class: 9, level: 'ahli_muda' },
      ],
      6,
    ],
    [
      'DINKES',
      'Dinas Kesehatan',
      'dinas',
      ['Pelayanan Kesehatan', 'Pencegahan Penyakit'],
      [
        ...ADMIN_STAFF,
        { name: 'Perawat Terampil', kind: 'fungsional_keterampilan', class: 7, level: 'terampil' },
        { name: 'Bidan Terampil', kind: 'fungsional_keterampilan', class: 7, level: 'terampil' },
        { name: 'Dokter Ahli Pertama', kind: 'fungsional_keahlian', class: 9, level: 'ahli_pertama' },
      ],
      5,
    ],
    ['DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'dinas', ['Bina Marga', 'Sumber Daya Air']],
    [
      'DISDUKCAPIL',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'dinas',
      ['Pelayanan Pendaftaran Penduduk', 'Pelayanan Pencatatan Sipil'],
      undefined,
      2,
    ],
    ['DINSOS', 'Dinas Sosial', 'dinas', ['Rehabilitasi Sosial', 'Perlindungan dan Jaminan Sosial']],
    [
      'DPMPTSP',
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      'dinas',
      ['Pelayanan Perizinan', 'Penanaman Modal'],
    ],
    ['DISHUB', 'Dinas Perhubungan', 'dinas', ['Lalu Lintas', 'Angkutan']],
    ['DLH', 'Dinas Lingkungan Hidup', 'dinas', ['Kebersihan', 'Pengendalian Pencemaran']],
    [
      'DISKOMINFO',
      'Dinas Komunikasi dan Informatika',
      'dinas',
      ['Aplikasi Informatika', 'Informasi dan Komunikasi Publik'],
      [
        ...ADMIN_STAFF,
        { name: 'Pranata Komputer Ahli Pertama', kind: 'fungsional_keahlian', class: 8, level: 'ahli_pertama' },
      ],
    ],
    [
      'SATPOLPP',
      'Satuan Polisi Pamong Praja',
      'badan',
      ['Penegakan Perda', 'Ketertiban Umum'],
      [
        ...ADMIN_STAFF,
        { name: 'Polisi Pamong Praja Terampil', kind: 'fungsional_keterampilan', class: 6, level: 'terampil' },
      ],
      2,
    ],
  ];
  for (const [code, name, type, bidang, staff, weight] of agencies) {
    const headName = type === 'badan' ? `Kepala ${name}` : `Kepala ${name}`;
    add({
      code,
      name,
      type,
      parent: 'SETDA',
      head: {
        name: code === 'SATPOLPP' ? 'Kepala Satuan Polisi Pamong Praja' : headName,
        kind: 'jpt_pratama',
        class: 14,
      },
      weight: weight ?? 1.5,
      staff,
    });
    add({
      code: `${code}-SEK`,
      name: `Sekretariat ${name}`,
      type: 'sekretariat',
      parent: code,
      head: { name: `Sekretaris ${name}`, kind: 'administrator', class: 11 },
      weight: 0.8,
    });
    bidang.forEach((b, i) => {
      add({
        code: `${code}-B${i + 1}`,
        name: `Bidang ${b}`,
        type: 'bidang',
        parent: code,
        head: { name: `Kepala Bidang ${b}`, kind: 'administrator', class: 11 },
        weight: (weight ?? 1.5) / 2,
        staff,
      });
    });
  }
  (KECAMATAN[slug] ?? KECAMATAN.dumai!).forEach((kec, i) => {
    const code = `KEC-${i + 1}`;
    add({
      code,
      name: `Kecamatan ${kec}`,
      type: 'kecamatan',
      parent: 'SETDA',
      head: { name: `Camat ${kec}`, kind: 'administrator', class: 11 },
      weight: 1,
    });
    for (let k = 0; k < 2; k++) {
      const kel = KELURAHAN_WORDS[(i * 2 + k) % KELURAHAN_WORDS.length]!;
      add({
        code: `${code}-KEL-${k + 1}`,
        name: `Kelurahan ${kel}`,
        type: 'kelurahan',
        parent: code,
        head: { name: `Lurah ${kel}`, kind: 'pengawas', class: 9 },
        weight: 0.5,
      });
    }
  });
  return list;
}
