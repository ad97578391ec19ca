/** The dinas and badan of a demo city, and the positions of its units. */
/** A position of a demo unit; `single` posts (a Kepala Subbagian, a Sekretaris Kecamatan) are held by one person. */
export interface PositionTemplate {
  name: string;
  kind: string;
  class: number;
  level?: string;
  single?: boolean;
}

const KEAHLIAN_CLASS: Record<string, number> = { ahli_pertama: 8, ahli_muda: 9, ahli_madya: 11 };
const KETERAMPILAN_CLASS: Record<string, number> = { pemula: 5, terampil: 6, mahir: 7, penyelia: 8 };
const LEVEL_NAME: Record<string, string> = {
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
};

/** A jabatan fungsional keahlian at its usual levels in a city: "Perencana Ahli Pertama", "... Ahli Muda", ... */
export const keahlian = (family: string, levels = ['ahli_pertama', 'ahli_muda', 'ahli_madya']): PositionTemplate[] =>
  levels.map((level) => ({
    name: `${family} ${LEVEL_NAME[level]}`,
    kind: 'fungsional_keahlian',
    class: KEAHLIAN_CLASS[level]!,
    level,
  }));
export const keterampilan = (family: string, levels = ['terampil', 'mahir', 'penyelia']): PositionTemplate[] =>
  levels.map((level) => ({
    name: `${family} ${LEVEL_NAME[level]}`,
    kind: 'fungsional_keterampilan',
    class: KETERAMPILAN_CLASS[level]!,
    level,
  }));
export const pelaksana = (name: string, klass: number): PositionTemplate => ({ name, kind: 'pelaksana', class: klass });
export const pengawas = (name: string): PositionTemplate => ({ name, kind: 'pengawas', class: 9, single: true });
export const jpt = (name: string, klass = 14): PositionTemplate => ({ name, kind: 'jpt_pratama', class: klass });
export const administrator = (name: string, klass = 11): PositionTemplate => ({
  name,
  kind: 'administrator',
  class: klass,
});

interface Agency {
  code: string;
  name: string;
  type: 'dinas' | 'badan';
  bidang: string[];
  /** The agency's own jabatan fungsional, placed in its bidang (and UPT). */
  staff?: PositionTemplate[];
  weight?: number;
  head?: string;
  /** UPT under the agency: puskesmas, schools. */
  upt?: Array<{ code: string; name: string; head: PositionTemplate; staff: PositionTemplate[]; weight: number }>;
}

/** The dinas and badan of a kota (PP 18/2016 as the cities apply it); the codes are stable, e2e journeys use some. */
export function agencies(city: string, kecamatan: string[]): Agency[] {
  const teachers = [...keahlian('Guru'), pelaksana('Pengelola Layanan Sekolah', 6)];
  const nurses = [...keterampilan('Perawat'), ...keterampilan('Bidan'), ...keahlian('Dokter'), ...keahlian('Apoteker')];
  return [
    {
      code: 'DISDIK',
      name: 'Dinas Pendidikan',
      type: 'dinas',
      bidang: ['Pembinaan Sekolah Dasar', 'Pembinaan Sekolah Menengah Pertama'],
      staff: keahlian('Pengawas Sekolah', ['ahli_muda', 'ahli_madya']),
      weight: 3,
      upt: [
        { code: 'SMPN1', name: `SMP Negeri 1 ${city}`, weight: 3, staff: teachers, head: kepalaSekolah },
        { code: 'SDN1', name: `SD Negeri 001 ${city}`, weight: 2.5, staff: teachers, head: kepalaSekolah },
      ],
    },
    {
      code: 'DINKES',
      name: 'Dinas Kesehatan',
      type: 'dinas',
      bidang: ['Pelayanan Kesehatan', 'Pencegahan dan Pengendalian Penyakit'],
      staff: [...keahlian('Epidemiolog Kesehatan'), ...keahlian('Administrator Kesehatan')],
      weight: 2,
      upt: kecamatan.slice(0, 2).map((kec, i) => ({
        code: `PKM${i + 1}`,
        name: `UPT Puskesmas ${kec}`,
        weight: 2.5,
        staff: nurses,
        head: { name: `Kepala UPT Puskesmas ${kec}`, kind: 'pengawas', class: 9 },
      })),
    },
    {
      code: 'DPUPR',
      name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
      type: 'dinas',
      bidang: ['Bina Marga', 'Sumber Daya Air'],
      staff: [...keahlian('Teknik Jalan dan Jembatan'), ...keahlian('Teknik Pengairan'), ...keahlian('Penata Ruang')],
      weight: 2,
    },
    {
      code: 'DISPERKIM',
      name: 'Dinas Perumahan dan Kawasan Permukiman',
      type: 'dinas',
      bidang: ['Perumahan', 'Kawasan Permukiman'],
      staff: keahlian('Teknik Tata Bangunan dan Perumahan'),
    },
    {
      code: 'DISDUKCAPIL',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      type: 'dinas',
      bidang: ['Pelayanan Pendaftaran Penduduk', 'Pelayanan Pencatatan Sipil'],
      staff: [...keahlian('Administrator Database Kependudukan'), pelaksana('Pengadministrasi Kependudukan', 6)],
      weight: 2,
    },
    {
      code: 'DINSOS',
      name: 'Dinas Sosial',
      type: 'dinas',
      bidang: ['Rehabilitasi Sosial', 'Perlindungan dan Jaminan Sosial'],
      staff: [...keahlian('Pekerja Sosial'), ...keahlian('Penyuluh Sosial')],
    },
    {
      code: 'DISHUB',
      name: 'Dinas Perhubungan',
      type: 'dinas',
      bidang: ['Lalu Lintas', 'Angkutan'],
      staff: [...keterampilan('Penguji Kendaraan Bermotor'), pelaksana('Petugas Pengatur Lalu Lintas', 5)],
    },
    {
      code: 'DLH',
      name: 'Dinas Lingkungan Hidup',
      type: 'dinas',
      bidang: ['Pengelolaan Sampah', 'Pengendalian Pencemaran'],
      staff: [...keahlian('Pengendali Dampak Lingkungan'), ...keahlian('Pengawas Lingkungan Hidup')],
      weight: 1.5,
    },
    {
      code: 'DPMPTSP',
      name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      type: 'dinas',
      bidang: ['Pelayanan Perizinan', 'Penanaman Modal'],
      staff: keahlian('Penata Perizinan'),
    },
    {
      code: 'DISKOMINFO',
      name: 'Dinas Komunikasi dan Informatika',
      type: 'dinas',
      bidang: ['Aplikasi Informatika', 'Informasi dan Komunikasi Publik'],
      staff: [...keahlian('Pranata Komputer'), ...keahlian('Pranata Hubungan Masyarakat'), ...keahlian('Statistisi')],
    },
    {
      code: 'DISNAKER',
      name: 'Dinas Tenaga Kerja',
      type: 'dinas',
      bidang: ['Penempatan Tenaga Kerja', 'Hubungan Industrial'],
      staff: [...keahlian('Mediator Hubungan Industrial'), ...keahlian('Pengantar Kerja')],
    },
    {
      code: 'DISDAG',
      name: 'Dinas Perdagangan',
      type: 'dinas',
      bidang: ['Pasar', 'Metrologi Legal'],
      staff: [...keterampilan('Penera'), ...keahlian('Pengawas Perdagangan')],
    },
    {
      code: 'DP3A',
      name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
      type: 'dinas',
      bidang: ['Pemberdayaan Perempuan', 'Perlindungan Anak'],
    },
    {
      code: 'SATPOLPP',
      name: 'Satuan Polisi Pamong Praja',
      type: 'dinas',
      bidang: ['Penegakan Peraturan Daerah', 'Ketertiban Umum dan Ketenteraman Masyarakat'],
      staff: keterampilan('Polisi Pamong Praja', ['pemula', 'terampil', 'mahir', 'penyelia']),
      head: 'Kepala Satuan Polisi Pamong Praja',
      weight: 1.5,
    },
    {
      code: 'BKPSDM',
      name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      type: 'badan',
      bidang: ['Mutasi dan Promosi', 'Pengembangan Kompetensi'],
      staff: [...keahlian('Analis SDM Aparatur'), ...keahlian('Asesor SDM Aparatur', ['ahli_pertama', 'ahli_muda'])],
    },
    {
      code: 'BAPPEDA',
      name: 'Badan Perencanaan Pembangunan Daerah',
      type: 'badan',
      bidang: ['Perencanaan Perekonomian', 'Perencanaan Infrastruktur dan Kewilayahan'],
      staff: keahlian('Perencana'),
    },
    {
      code: 'BPKAD',
      name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
      type: 'badan',
      bidang: ['Anggaran', 'Aset'],
      staff: keahlian('Analis Pengelolaan Keuangan APBD'),
    },
    {
      code: 'BAPENDA',
      name: 'Badan Pendapatan Daerah',
      type: 'badan',
      bidang: ['Pajak Daerah', 'Retribusi dan Pendapatan Lain'],
      staff: keahlian('Analis Keuangan Pusat dan Daerah', ['ahli_pertama', 'ahli_muda']),
    },
    {
      code: 'BPBD',
      name: 'Badan Penanggulangan Bencana Daerah',
      type: 'badan',
      bidang: ['Kedaruratan dan Logistik', 'Pencegahan dan Kesiapsiagaan'],
      staff: keahlian('Analis Kebencanaan', ['ahli_pertama', 'ahli_muda']),
    },
    {
      code: 'KESBANGPOL',
      name: 'Badan Kesatuan Bangsa dan Politik',
      type: 'badan',
      bidang: ['Ideologi dan Wawasan Kebangsaan', 'Politik Dalam Negeri'],
    },
  ];
}

/** A school's head is a teacher with an additional task, at the rank of an Ahli Madya. */
const kepalaSekolah: PositionTemplate = {
  name: 'Kepala Sekolah',
  kind: 'fungsional_keahlian',
  class: 11,
  level: 'ahli_madya',
};
