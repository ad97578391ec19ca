/** The demo's texts, the employees' demo characters and small helpers of the performance seed. */

import type { Predikat, Rating } from '@lentera/common';
import type { Actor } from '../../../platform/context';
import type { PersonRef } from '../../people/index';

export const DEMO_YEAR = 2026;
export const seedActor: Actor = {
  accountId: 'demo-seed',
  name: 'Data Demo',
  isSystemAdmin: false,
  grants: [{ role: 'hr_admin', unitId: null }],
};

export const RHK_TEXTS = [
  'Layanan administrasi perkantoran terselenggara tertib dan tepat waktu',
  'Dokumen perencanaan dan anggaran unit tersusun sesuai ketentuan',
  'Pelayanan kepada masyarakat memenuhi standar pelayanan',
  'Laporan kinerja dan keuangan unit tersaji akurat',
  'Data kepegawaian unit mutakhir dan terdokumentasi',
  'Program prioritas daerah terlaksana sesuai target',
];
/** Results an office of each kind plans for (by the code of the unit at the top of its branch, or kecamatan). */
export const RHK_BY_OFFICE: Record<string, string[]> = {
  SETDA: [
    'Koordinasi perumusan kebijakan perangkat daerah terlaksana efektif',
    'Rancangan peraturan daerah dan peraturan wali kota tersusun tepat waktu',
    'Reformasi birokrasi dan tata laksana organisasi meningkat',
  ],
  SETWAN: [
    'Fasilitasi rapat dan persidangan DPRD terselenggara tepat waktu',
    'Dukungan administrasi anggota DPRD terpenuhi',
  ],
  INSPEKTORAT: [
    'Rekomendasi hasil pemeriksaan ditindaklanjuti oleh perangkat daerah',
    'Kapabilitas APIP dan maturitas SPIP meningkat',
  ],
  DISDIK: [
    'Angka partisipasi sekolah pendidikan dasar meningkat',
    'Mutu pembelajaran di satuan pendidikan dasar meningkat',
  ],
  DINKES: [
    'Cakupan pelayanan kesehatan dasar sesuai standar pelayanan minimal',
    'Prevalensi stunting dan kasus demam berdarah menurun',
  ],
  DPUPR: ['Persentase jalan kota dalam kondisi mantap meningkat', 'Genangan di kawasan permukiman berkurang'],
  DISDUKCAPIL: [
    'Dokumen kependudukan terbit sesuai standar waktu pelayanan',
    'Kepemilikan KTP-el dan akta kelahiran penduduk meningkat',
  ],
  DINSOS: ['Data terpadu kesejahteraan sosial mutakhir dan tepat sasaran', 'Penyandang masalah sosial tertangani'],
  DISHUB: ['Kelancaran dan keselamatan lalu lintas meningkat', 'Pelayanan uji kendaraan bermotor sesuai standar'],
  DLH: ['Sampah kota tertangani dan terangkut setiap hari', 'Kualitas air dan udara kota terpantau dan terjaga'],
  DPMPTSP: ['Izin terbit dalam batas waktu standar pelayanan', 'Realisasi investasi di kota meningkat'],
  DISKOMINFO: [
    'Layanan aplikasi pemerintahan berbasis elektronik tersedia andal',
    'Informasi publik dan data statistik sektoral tersaji tepat waktu',
  ],
  SATPOLPP: ['Pelanggaran peraturan daerah tertangani', 'Ketenteraman dan ketertiban umum terjaga'],
  BKPSDM: ['Layanan kepegawaian ASN tepat waktu dan akurat', 'Kompetensi ASN berkembang sesuai kebutuhan jabatan'],
  BAPPEDA: ['Dokumen perencanaan pembangunan daerah tersusun selaras', 'Capaian indikator RPJMD terpantau'],
  BPKAD: ['Laporan keuangan daerah memperoleh opini WTP', 'Aset daerah tercatat dan bersertifikat'],
  kecamatan: [
    'Pelayanan administrasi terpadu kecamatan sesuai standar',
    'Musyawarah perencanaan pembangunan kelurahan dan kecamatan terlaksana',
    'Ketenteraman dan ketertiban di wilayah kecamatan terjaga',
  ],
};

/** The RHK an employee of the given office draws from: the office's own results and the common ones. */
export const rhkTextsFor = (office: string | undefined): string[] =>
  office && RHK_BY_OFFICE[office] ? [...RHK_BY_OFFICE[office], ...RHK_TEXTS.slice(0, 3)] : RHK_TEXTS;

export const ACTIVITIES = [
  'Menyusun konsep surat dinas',
  'Memverifikasi berkas permohonan layanan',
  'Mengikuti rapat koordinasi',
  'Memutakhirkan data pada aplikasi',
  'Menyusun laporan bulanan',
  'Melayani konsultasi masyarakat',
];

/** One employee's demo character: how diligently they report, and the level they tend to be rated at. */
export interface Profile {
  missProbability: number;
  lateProbability: number;
  level: Predikat;
}

export function profileOf(random: () => number): Profile {
  const diligence = random();
  const level = random();
  return {
    missProbability: diligence < 0.75 ? 0.01 : diligence < 0.93 ? 0.05 : 0.3,
    lateProbability: diligence < 0.75 ? 0.05 : diligence < 0.93 ? 0.35 : 0.5,
    level:
      level < 0.15
        ? 'sangat_baik'
        : level < 0.85
          ? 'baik'
          : level < 0.95
            ? 'butuh_perbaikan'
            : level < 0.99
              ? 'kurang'
              : 'sangat_kurang',
  };
}

export const RATINGS_FOR: Record<Predikat, Array<[Rating, Rating]>> = {
  sangat_baik: [['di_atas', 'di_atas']],
  baik: [
    ['sesuai', 'sesuai'],
    ['sesuai', 'di_atas'],
    ['di_atas', 'sesuai'],
  ],
  butuh_perbaikan: [
    ['di_bawah', 'sesuai'],
    ['di_bawah', 'di_atas'],
  ],
  kurang: [
    ['sesuai', 'di_bawah'],
    ['di_atas', 'di_bawah'],
  ],
  sangat_kurang: [['di_bawah', 'di_bawah']],
};

/** Ratings around the employee's level: mostly at it, sometimes a step off. */
export function ratingsFor(profile: Profile, random: () => number): [Rating, Rating] {
  const level: Predikat = random() < 0.8 ? profile.level : random() < 0.7 ? 'baik' : 'sangat_baik';
  const options = RATINGS_FOR[level];
  return options[Math.floor(random() * options.length)]!;
}

export const addHours = (iso: string, hours: number) =>
  new Date(new Date(iso).getTime() + hours * 3600_000).toISOString();
export const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Superiors before their subordinates, so that every RHK can cascade from one already made. */
export function bySuperiorDepth(people: PersonRef[]): PersonRef[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (p: PersonRef, seen = new Set<string>()): number => {
    const known = depth.get(p.id);
    if (known !== undefined) return known;
    const superior = p.superiorId ? byId.get(p.superiorId) : undefined;
    const d = superior && !seen.has(superior.id) ? depthOf(superior, seen.add(p.id)) + 1 : 0;
    depth.set(p.id, d);
    return d;
  };
  return [...people].sort((a, b) => depthOf(a) - depthOf(b) || a.nip.localeCompare(b.nip));
}

export async function insertChunks<T>(
  rows: T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}
