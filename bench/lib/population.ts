/**
 * Employees for an import file: deterministic (the same rows on every machine for the same arguments),
 * distinct, and valid by the rules an import checks: NIPs that agree with birth date and sex (PNS and CPNS
 * 8-6-1-3, PPPK 8-4-1-1-1-3), golongan or PPPK grade consistent with education and years of service,
 * dates in order and not after the reference date. Built the way the server's demo seed
 * (server/src/modules/people/seed.ts) builds its population, without importing server code: the bench
 * talks to the server only over HTTP.
 */
import {
  FAMILY_NAMES,
  FEMALE_NAMES,
  GOLONGAN_CODES,
  MALE_NAMES,
  normalizeNip,
  parseNip,
  seededRandom,
} from '@lentera/common';

/** The demo seed's generator, shared through common. */
export const rng = seededRandom;

const MALE = MALE_NAMES;
const FEMALE = FEMALE_NAMES;
const FAMILY = FAMILY_NAMES;
const PLACES = ['Serang', 'Cilegon', 'Pandeglang', 'Lebak', 'Tangerang', 'Jakarta', 'Bandung', 'Bogor', 'Medan'];
const BACK_TITLES: Record<string, string[]> = {
  SMA: [''],
  D3: ['A.Md.', 'A.Md.Kep.', 'A.Md.Keb.'],
  S1: ['S.E.', 'S.Sos.', 'S.Kom.', 'S.H.', 'S.Pd.', 'S.T.'],
  S2: ['M.Si.', 'M.M.', 'M.Pd.', 'M.Kes.', 'M.T.'],
};
const MAJORS: Record<string, string[]> = {
  SMA: ['IPA', 'IPS'],
  D3: ['Keperawatan', 'Kebidanan', 'Akuntansi', 'Manajemen Informatika'],
  S1: ['Ilmu Pemerintahan', 'Manajemen', 'Akuntansi', 'Teknik Informatika', 'Hukum', 'Pendidikan'],
  S2: ['Administrasi Publik', 'Manajemen', 'Kesehatan Masyarakat', 'Perencanaan Wilayah'],
};
/** Levels in GOLONGAN_CODES order (5 = II/a, 9 = III/a): where a new CPNS starts, by education. */
const START_RANK: Record<string, number> = { SMA: 5, D3: 7, S1: 9, S2: 10 };
const PPPK_GRADE: Record<string, string> = { SMA: 'V', D3: 'VII', S1: 'IX', S2: 'X' };

/**
 * Positions given by name with their kind and class, so that those a unit lacks are created by the import.
 * The first three exist in every demo unit (and 'Analis Kebijakan Ahli Muda' too); the others exist nowhere in
 * the demo data, so the import creates them.
 */
export const IMPORT_POSITIONS = [
  { name: 'Pengadministrasi Perkantoran', kind: 'pelaksana', class: 5, education: ['SMA', 'SMA', 'D3'] },
  { name: 'Penata Layanan Operasional', kind: 'pelaksana', class: 7, education: ['D3', 'S1'] },
  { name: 'Analis Kebijakan Ahli Pertama', kind: 'fungsional_keahlian', class: 8, education: ['S1', 'S1', 'S2'] },
  { name: 'Pengelola Layanan Operasional', kind: 'pelaksana', class: 6, education: ['SMA', 'D3', 'S1'] },
  { name: 'Operator Layanan Operasional', kind: 'pelaksana', class: 5, education: ['SMA'] },
  { name: 'Analis Kebijakan Ahli Muda', kind: 'fungsional_keahlian', class: 9, education: ['S1', 'S2'] },
  { name: 'Arsiparis Terampil', kind: 'fungsional_keterampilan', class: 6, education: ['D3'] },
  {
    name: 'Pengelola Pengadaan Barang/Jasa Ahli Pertama',
    kind: 'fungsional_keahlian',
    class: 8,
    education: ['S1'],
  },
] as const;

export interface PopulationOptions {
  /** The tenant's slug: part of the random seed and of the e-mail addresses. */
  slug: string;
  count: number;
  /** Codes of open units of the tenant (from GET /people/units); employees are spread over them. */
  unitCodes: string[];
  /** No date in the rows lies after this day, 'YYYY-MM-DD'. */
  asOf: string;
  /** Serial numbers (the NIP's last 3 digits) start here, away from the low serials of the demo seed. */
  firstSerial?: number;
  /** Of every this many rows, one names an earlier row of the file as its direct superior (0: none). */
  superiorEvery?: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One record per employee, keyed by the import template's column names (all values as text). */
export function importPopulation(options: PopulationOptions): Array<Record<string, string>> {
  const { slug, count, unitCodes, asOf } = options;
  if (!unitCodes.length) throw new Error('no unit to place employees in');
  const random = rng(`bench-import:${slug}:${count}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const [refYear, refMonth] = asOf.split('-').map(Number) as [number, number];
  const firstSerial = options.firstSerial ?? 501;
  const serials = new Map<string, number>();
  const rows: Array<Record<string, string>> = [];
  const nips = new Set<string>();

  for (let i = 0; i < count; i++) {
    const position = pick(IMPORT_POSITIONS);
    const education = pick(position.education);
    const male = random() < 0.52;
    const draw = random();
    const status = draw < 0.07 ? 'CPNS' : draw < 0.29 ? 'PPPK' : 'PNS';
    const age = status === 'CPNS' ? between(23, 32) : between(24, 57);
    const birthYear = refYear - age;
    const birthDate = `${birthYear}-${pad(between(1, 12))}-${pad(between(1, 28))}`;
    let startYear: number;
    let startMonth: number;
    let middle: string;
    if (status === 'PPPK') {
      startYear = between(Math.max(2021, birthYear + 19), refYear - (refMonth < 3 ? 1 : 0));
      startMonth = 3;
      middle = `${startYear}2${between(1, 3)}`;
    } else if (status === 'CPNS') {
      startYear = refYear - (refMonth < 6 ? 1 : 0);
      startMonth = refMonth < 6 ? 3 : 6;
      middle = `${startYear}${pad(startMonth)}`;
    } else {
      startYear = Math.min(refYear - 2, birthYear + between(22, 33));
      startMonth = pick([1, 3, 4, 12]);
      middle = `${startYear}${pad(startMonth)}`;
    }
    const prefix = `${birthDate.replace(/-/g, '')}${middle}${male ? '1' : '2'}`;
    let serial = serials.get(prefix) ?? firstSerial;
    let nip = `${prefix}${pad(serial, 3)}`;
    while (nips.has(nip)) {
      serial += 1;
      if (serial > 999) throw new Error(`ran out of serial numbers for NIP prefix ${prefix}`);
      nip = `${prefix}${pad(serial, 3)}`;
    }
    serials.set(prefix, serial + 1);
    nips.add(nip);

    const serviceStart = `${startYear}-${pad(startMonth)}-01`;
    let rank: string;
    let rankTmt = serviceStart;
    if (status === 'PPPK') rank = PPPK_GRADE[education] ?? 'IX';
    else {
      const start = START_RANK[education] ?? 9;
      const cap = position.kind === 'pelaksana' ? 12 : 13;
      const level = status === 'CPNS' ? start : Math.min(start + Math.floor((refYear - startYear) / 4), cap);
      rank = GOLONGAN_CODES[level - 1] ?? 'III/a';
      if (level > start) rankTmt = `${Math.min(refYear - 1, startYear + (level - start) * 4)}-04-01`;
    }
    // A later move into the current position for some; the rest have held it since they started.
    const positionYear = status === 'PNS' && random() < 0.4 ? between(startYear + 1, refYear - 1) : null;
    const positionTmt = positionYear ? `${positionYear}-01-02` : serviceStart;

    const first = male ? pick(MALE) : pick(FEMALE);
    const name = random() < 0.12 ? first : `${first} ${pick(FAMILY)}`;
    const superior =
      options.superiorEvery && i > 0 && i % options.superiorEvery === 0 ? rows[between(0, i - 1)] : undefined;
    rows.push({
      nip,
      nama: name,
      gelar_depan: '',
      gelar_belakang: pick(BACK_TITLES[education] ?? ['']),
      jenis_kelamin: male ? 'L' : 'P',
      tanggal_lahir: birthDate,
      tempat_lahir: pick(PLACES),
      status,
      golongan: rank,
      tmt_golongan: rankTmt,
      kode_unit: pick(unitCodes),
      jabatan: position.name,
      jenis_jabatan: position.kind,
      kelas_jabatan: String(position.class),
      tmt_jabatan: positionTmt,
      nomor_sk: `800/${between(100, 9999)}/BKPSDM/${positionTmt.slice(0, 4)}`,
      nip_atasan: superior?.nip ?? '',
      pendidikan: education,
      jurusan: pick(MAJORS[education] ?? ['-']),
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${nip.slice(-9)}@pegawai.${slug}.go.id`,
      telepon: `08${between(11, 59)}${pad(between(0, 9999), 4)}${pad(between(0, 9999), 4)}`,
      tmt_cpns: status === 'PPPK' ? '' : serviceStart,
      tmt_pns: status === 'PNS' ? `${startYear + 1}-${pad(startMonth)}-01` : '',
    });
  }
  return rows;
}

/**
 * Checks the generated NIPs with the same parser the server uses, before anything is sent: a bench that
 * uploads bad rows measures the error report, not the import.
 */
export function assertValidNips(rows: Array<Record<string, string>>, asOf: string): void {
  for (const row of rows) {
    const nip = normalizeNip(row.nip ?? '');
    const parsed = parseNip(nip, { today: asOf, kind: row.status === 'PPPK' ? 'PPPK' : 'PNS' });
    if (!parsed.ok) throw new Error(`generated NIP ${nip} is invalid: ${parsed.errors.map((e) => e.code).join(', ')}`);
    if (parsed.birthDate !== row.tanggal_lahir || (parsed.sex === 'male') !== (row.jenis_kelamin === 'L'))
      throw new Error(`generated NIP ${nip} disagrees with its birth date or sex`);
  }
}

const cell = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** CSV with the given header (the template's), comma-separated, CRLF as Excel writes it, UTF-8 with BOM. */
export function toCsv(header: string[], rows: Array<Record<string, string>>): string {
  const lines = [header.map(cell).join(',')];
  for (const row of rows) lines.push(header.map((key) => cell(row[key] ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
