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
export type { PositionTemplate } from './demo-agencies';
export { BIRTH_PLACES, KECAMATAN } from './demo-places';

import {
  administrator,
  agencies,
  jpt,
  keahlian,
  keterampilan,
  type PositionTemplate,
  pelaksana,
  pengawas,
} from './demo-agencies';
import { KECAMATAN } from './demo-places';

export interface UnitTemplate {
  code: string;
  name: string;
  type: string;
  parent: string | null;
  head: PositionTemplate;
  weight: number;
  staff: PositionTemplate[];
}

/**
 * Every unit has these (the bench's import file names the first three as positions that exist everywhere): two
 * pelaksana posts, a policy analyst's ladder and a financial clerk's ladder for D3 graduates.
 */
const BASE_STAFF: PositionTemplate[] = [
  pelaksana('Pengadministrasi Perkantoran', 5),
  pelaksana('Penata Layanan Operasional', 7),
  ...keahlian('Analis Kebijakan'),
  ...keterampilan('Pranata Keuangan APBD'),
];

const BAGIAN_SETDA: Array<[string, string]> = [
  ['BAG-PEM', 'Tata Pemerintahan'],
  ['BAG-KESRA', 'Kesejahteraan Rakyat'],
  ['BAG-HUK', 'Hukum'],
  ['BAG-EKON', 'Perekonomian dan Sumber Daya Alam'],
  ['BAG-PBJ', 'Pengadaan Barang dan Jasa'],
  ['BAG-ORG', 'Organisasi'],
  ['BAG-PROKOPIM', 'Protokol dan Komunikasi Pimpinan'],
  ['BAG-UMUM', 'Umum'],
];

/**
 * The organisation of a demo city as a kota has it: the Sekretariat Daerah with its bagian; beside it (not under
 * it) the Sekretariat DPRD, the Inspektorat, the dinas and badan with their sekretariat, bidang and UPT, and the
 * kecamatan with their kelurahan. The heads of the units at the top answer to the Sekretaris Daerah (the seed sets
 * that line), as the kota's head (not an ASN) delegates.
 */
export function unitTemplates(slug: string): UnitTemplate[] {
  const list: UnitTemplate[] = [];
  const add = (t: Omit<UnitTemplate, 'staff'> & { staff?: PositionTemplate[] }) =>
    list.push({ ...t, staff: [...BASE_STAFF, ...(t.staff ?? [])] });
  const city = slug.charAt(0).toUpperCase() + slug.slice(1);
  add({
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    type: 'sekretariat_daerah',
    parent: null,
    head: jpt('Sekretaris Daerah', 15),
    weight: 1,
    staff: [...keahlian('Pranata Hubungan Masyarakat')],
  });
  for (const [code, name] of BAGIAN_SETDA)
    add({
      code,
      name: `Bagian ${name}`,
      type: 'bagian',
      parent: 'SETDA',
      head: administrator(`Kepala Bagian ${name}`),
      weight: 0.7,
      staff:
        code === 'BAG-PBJ'
          ? keahlian('Pengelola Pengadaan Barang/Jasa')
          : code === 'BAG-HUK'
            ? keahlian('Perancang Peraturan Perundang-undangan')
            : [],
    });
  add({
    code: 'SETWAN',
    name: 'Sekretariat DPRD',
    type: 'sekretariat',
    parent: null,
    head: jpt('Sekretaris DPRD'),
    weight: 0.8,
  });
  for (const [code, name] of [
    ['SETWAN-UMUM', 'Umum dan Keuangan'],
    ['SETWAN-SIDANG', 'Persidangan dan Perundang-undangan'],
  ] as const)
    add({
      code,
      name: `Bagian ${name}`,
      type: 'bagian',
      parent: 'SETWAN',
      head: administrator(`Kepala Bagian ${name}`),
      weight: 0.6,
    });
  const auditors = [...keahlian('Auditor'), ...keahlian('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah')];
  add({
    code: 'INSPEKTORAT',
    name: 'Inspektorat',
    type: 'inspektorat',
    parent: null,
    head: jpt('Inspektur'),
    weight: 0.6,
    staff: auditors,
  });
  add({
    code: 'INSPEKTORAT-SEK',
    name: 'Sekretariat Inspektorat',
    type: 'sekretariat',
    parent: 'INSPEKTORAT',
    head: administrator('Sekretaris Inspektorat'),
    weight: 0.5,
  });
  for (const n of ['I', 'II'])
    add({
      code: `INSPEKTORAT-IRBAN${n.length}`,
      name: `Inspektur Pembantu Wilayah ${n}`,
      type: 'bidang',
      parent: 'INSPEKTORAT',
      head: administrator(`Inspektur Pembantu Wilayah ${n}`),
      weight: 0.8,
      staff: auditors,
    });
  const kecamatan = KECAMATAN[slug] ?? KECAMATAN.dumai!;
  for (const a of agencies(
    city,
    kecamatan.map(([k]) => k),
  )) {
    const weight = a.weight ?? 1;
    add({
      code: a.code,
      name: a.name,
      type: a.type,
      parent: null,
      head: jpt(a.head ?? `Kepala ${a.name}`),
      weight: weight * 0.4,
    });
    add({
      code: `${a.code}-SEK`,
      name: `Sekretariat ${a.name}`,
      type: 'sekretariat',
      parent: a.code,
      head: administrator(`Sekretaris ${a.name}`),
      weight: weight * 0.5,
      staff: [pengawas('Kepala Subbagian Umum dan Kepegawaian'), pengawas('Kepala Subbagian Keuangan')],
    });
    a.bidang.forEach((b, i) => {
      add({
        code: `${a.code}-B${i + 1}`,
        name: `Bidang ${b}`,
        type: 'bidang',
        parent: a.code,
        head: administrator(`Kepala Bidang ${b}`),
        weight: weight * 0.5,
        staff: a.staff,
      });
    });
    for (const u of a.upt ?? [])
      add({
        code: `${a.code}-${u.code}`,
        name: u.name,
        type: 'upt',
        parent: a.code,
        head: u.head,
        weight: u.weight,
        staff: u.staff,
      });
  }
  kecamatan.forEach(([kec, kelurahan], i) => {
    const code = `KEC-${i + 1}`;
    add({
      code,
      name: `Kecamatan ${kec}`,
      type: 'kecamatan',
      parent: null,
      head: administrator(`Camat ${kec}`, 12),
      weight: 0.6,
      staff: [
        { ...administrator(`Sekretaris Kecamatan ${kec}`), single: true },
        pengawas('Kepala Seksi Pemerintahan'),
        pengawas('Kepala Seksi Ketenteraman dan Ketertiban Umum'),
        pengawas('Kepala Seksi Pemberdayaan Masyarakat'),
      ],
    });
    // Some of each kecamatan's kelurahan: two in a small city, one where the city has many kecamatan.
    kelurahan.slice(0, kecamatan.length > 10 ? 1 : 2).forEach((kel, k) => {
      add({
        code: `${code}-KEL-${k + 1}`,
        name: `Kelurahan ${kel}`,
        type: 'kelurahan',
        parent: code,
        head: { name: `Lurah ${kel}`, kind: 'pengawas', class: 9 },
        weight: 0.3,
        staff: [pengawas(`Sekretaris Kelurahan ${kel}`), pelaksana('Pengadministrasi Pelayanan Kelurahan', 5)],
      });
    });
  });
  return list;
}
