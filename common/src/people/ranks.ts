/**
 * Ranks and positions of ASN employees: PNS golongan/ruang, PPPK grades, kinds of jabatan and the levels of
 * jabatan fungsional. Codes are stable identifiers for storage and zod enums; labels are Indonesian.
 */

export const GOLONGAN_CODES = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;

export type GolonganCode = (typeof GOLONGAN_CODES)[number];

export interface Golongan {
  code: GolonganCode;
  /** The rank's name (pangkat). */
  name: string;
  /** 1 (I/a) to 17 (IV/e). */
  level: number;
}

const GOLONGAN_NAMES: Record<GolonganCode, string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tk I',
  'I/c': 'Juru',
  'I/d': 'Juru Tk I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tk I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tk I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tk I',
  'III/c': 'Penata',
  'III/d': 'Penata Tk I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tk I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** PNS golongan/ruang, lowest to highest. */
export const GOLONGAN: readonly Golongan[] = Object.freeze(
  GOLONGAN_CODES.map((code, index) => Object.freeze({ code, name: GOLONGAN_NAMES[code], level: index + 1 })),
);

/** Accepts the code as usually typed: 'III/a', 'iii/A', 'III a', 'IIIa'. */
export function golonganByCode(code: string): Golongan | undefined {
  const match = /^\s*(I{1,3}|IV)\s*\/?\s*([a-e])\s*$/i.exec(code);
  if (!match) return undefined;
  const normalized = `${match[1]?.toUpperCase()}/${match[2]?.toLowerCase()}`;
  return GOLONGAN.find((golongan) => golongan.code === normalized);
}

function golonganLevel(value: string | Golongan): number {
  const golongan = typeof value === 'string' ? golonganByCode(value) : value;
  if (!golongan) throw new RangeError(`Unknown golongan: ${JSON.stringify(value)}`);
  return golongan.level;
}

/** Negative when a is lower than b, 0 when equal, positive when higher; RangeError for an unknown code. */
export function compareGolongan(a: string | Golongan, b: string | Golongan): number {
  return golonganLevel(a) - golonganLevel(b);
}

export const PPPK_GRADE_CODES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export type PppkGradeCode = (typeof PPPK_GRADE_CODES)[number];

export interface PppkGrade {
  code: PppkGradeCode;
  /** 1 (I) to 17 (XVII). */
  level: number;
}

/** PPPK grades, lowest to highest. */
export const PPPK_GRADES: readonly PppkGrade[] = Object.freeze(
  PPPK_GRADE_CODES.map((code, index) => Object.freeze({ code, level: index + 1 })),
);

export function pppkGradeByCode(code: string): PppkGrade | undefined {
  const normalized = code.trim().toUpperCase();
  return PPPK_GRADES.find((grade) => grade.code === normalized);
}

export const JABATAN_KIND_CODES = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional_keahlian',
  'fungsional_keterampilan',
] as const;

export type JabatanKind = (typeof JABATAN_KIND_CODES)[number];

export type JabatanGroup = 'pimpinan_tinggi' | 'administrasi' | 'fungsional';

export interface JabatanKindInfo {
  code: JabatanKind;
  label: string;
  group: JabatanGroup;
}

/** Kinds of position, from the top of the structure down, then the functional ones. */
export const JABATAN_KINDS: readonly JabatanKindInfo[] = Object.freeze([
  { code: 'jpt_utama', label: 'Jabatan Pimpinan Tinggi Utama', group: 'pimpinan_tinggi' },
  { code: 'jpt_madya', label: 'Jabatan Pimpinan Tinggi Madya', group: 'pimpinan_tinggi' },
  { code: 'jpt_pratama', label: 'Jabatan Pimpinan Tinggi Pratama', group: 'pimpinan_tinggi' },
  { code: 'administrator', label: 'Jabatan Administrator', group: 'administrasi' },
  { code: 'pengawas', label: 'Jabatan Pengawas', group: 'administrasi' },
  { code: 'pelaksana', label: 'Jabatan Pelaksana', group: 'administrasi' },
  { code: 'fungsional_keahlian', label: 'Jabatan Fungsional Keahlian', group: 'fungsional' },
  { code: 'fungsional_keterampilan', label: 'Jabatan Fungsional Keterampilan', group: 'fungsional' },
] satisfies JabatanKindInfo[]);

export type FungsionalCategory = 'keahlian' | 'keterampilan';

export const FUNGSIONAL_LEVEL_CODES = {
  keahlian: ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'],
  keterampilan: ['pemula', 'terampil', 'mahir', 'penyelia'],
} as const;

export type FungsionalLevelCode = (typeof FUNGSIONAL_LEVEL_CODES)[FungsionalCategory][number];

export interface FungsionalLevel {
  code: FungsionalLevelCode;
  label: string;
}

/** Levels of jabatan fungsional, lowest to highest within each category. */
export const FUNGSIONAL_LEVELS: Readonly<Record<FungsionalCategory, readonly FungsionalLevel[]>> = Object.freeze({
  keahlian: Object.freeze([
    { code: 'ahli_pertama', label: 'Ahli Pertama' },
    { code: 'ahli_muda', label: 'Ahli Muda' },
    { code: 'ahli_madya', label: 'Ahli Madya' },
    { code: 'ahli_utama', label: 'Ahli Utama' },
  ] satisfies FungsionalLevel[]),
  keterampilan: Object.freeze([
    { code: 'pemula', label: 'Pemula' },
    { code: 'terampil', label: 'Terampil' },
    { code: 'mahir', label: 'Mahir' },
    { code: 'penyelia', label: 'Penyelia' },
  ] satisfies FungsionalLevel[]),
});

export function jabatanKindByCode(code: string): JabatanKindInfo | undefined {
  return JABATAN_KINDS.find((kind) => kind.code === code);
}
