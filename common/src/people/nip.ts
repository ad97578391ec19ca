/**
 * The 18-digit NIP of an ASN employee.
 *
 * PNS:  birth date YYYYMMDD + start of CPNS service YYYYMM + sex (1 male, 2 female) + serial 001-999.
 * PPPK: birth date YYYYMMDD + TMT year YYYY + '2' + recruitment round 1-9 + sex + serial 001-999.
 *
 * The two layouts never collide: a PNS start month is 01-12 where a PPPK number has '2' and a round 1-9,
 * which would read as a month 21-29. Every failing part is reported, each with the offending value, so that
 * a form can say exactly what to correct.
 */

export type NipKind = 'PNS' | 'PPPK';

export type NipPart =
  | 'length'
  | 'digits'
  | 'birthDate'
  | 'serviceStart'
  | 'tmtYear'
  | 'pppkMarker'
  | 'round'
  | 'sex'
  | 'serial';

export type NipErrorCode =
  | 'nip.length'
  | 'nip.not_digits'
  | 'nip.birth_date.invalid'
  | 'nip.birth_date.future'
  | 'nip.service_start.invalid'
  | 'nip.service_start.future'
  | 'nip.service_start.before_18th_birthday'
  | 'nip.tmt_year.future'
  | 'nip.tmt_year.before_18th_birthday'
  | 'nip.pppk_marker.invalid'
  | 'nip.round.invalid'
  | 'nip.sex.invalid'
  | 'nip.serial.zero';

export interface NipError {
  code: NipErrorCode;
  part: NipPart;
  /** The offending part as a person reads it: '1985-13-15', '2010-13', '3', '000'. */
  value: string;
  params: Record<string, string | number>;
}

export interface ParsedNip {
  ok: true;
  kind: NipKind;
  /** The 18 digits, without spaces. */
  nip: string;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  sex: 'male' | 'female';
  serial: number;
  /** PNS: the month CPNS service started, 'YYYY-MM'. */
  serviceStart?: string;
  /** PPPK: the year of the TMT. */
  tmtYear?: number;
  /** PPPK: the recruitment round, 1-9. */
  round?: number;
}

export type NipResult = ParsedNip | { ok: false; errors: NipError[] };

export interface ParseNipOptions {
  /** Today's date, 'YYYY-MM-DD', in the tenant's zone: no date in a NIP may lie after it. */
  today: string;
  /** The kind the employee is recorded as; detected from the digits when absent. */
  kind?: NipKind;
}

export const NIP_LENGTH = 18;
const ADULT_AGE = 18;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const isRealMonth = (year: number, month: number) => year >= 1 && month >= 1 && month <= 12;
const isRealDate = (year: number, month: number, day: number) =>
  isRealMonth(year, month) && day >= 1 && day <= daysInMonth(year, month);

/** The NIP without the spaces it is usually printed with. */
export function normalizeNip(nip: string): string {
  return nip.replace(/\s+/g, '');
}

interface Parts {
  birthDate: string;
  birthYear: number;
  birthMonth: number;
  birthValid: boolean;
}

function error(code: NipErrorCode, part: NipPart, value: string, params: NipError['params'] = {}): NipError {
  return { code, part, value, params };
}

/** Checks shared by both layouts: birth date (digits 1-8), sex (15) and serial (16-18). */
function checkCommon(digits: string, today: string, errors: NipError[]): Parts {
  const birthYear = Number(digits.slice(0, 4));
  const birthMonth = Number(digits.slice(4, 6));
  const birthDay = Number(digits.slice(6, 8));
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  let birthValid = false;
  if (!isRealDate(birthYear, birthMonth, birthDay)) {
    errors.push(error('nip.birth_date.invalid', 'birthDate', birthDate));
  } else if (birthDate > today) {
    errors.push(error('nip.birth_date.future', 'birthDate', birthDate, { today }));
  } else {
    birthValid = true;
  }

  const sex = digits.charAt(14);
  if (sex !== '1' && sex !== '2') errors.push(error('nip.sex.invalid', 'sex', sex));

  const serial = digits.slice(15, 18);
  if (serial === '000') errors.push(error('nip.serial.zero', 'serial', serial));

  return { birthDate, birthYear, birthMonth, birthValid };
}

function success(kind: NipKind, digits: string, parts: Parts): ParsedNip {
  return {
    ok: true,
    kind,
    nip: digits,
    birthDate: parts.birthDate,
    sex: digits.charAt(14) === '1' ? 'male' : 'female',
    serial: Number(digits.slice(15, 18)),
  };
}

function parsePns(digits: string, today: string): NipResult {
  const errors: NipError[] = [];
  const parts = checkCommon(digits, today, errors);

  const startYear = Number(digits.slice(8, 12));
  const startMonth = Number(digits.slice(12, 14));
  const serviceStart = `${digits.slice(8, 12)}-${digits.slice(12, 14)}`;
  const currentMonth = today.slice(0, 7);
  if (!isRealMonth(startYear, startMonth)) {
    errors.push(error('nip.service_start.invalid', 'serviceStart', serviceStart));
  } else if (serviceStart > currentMonth) {
    errors.push(error('nip.service_start.future', 'serviceStart', serviceStart, { currentMonth }));
  } else if (parts.birthValid) {
    const adultMonth = `${String(parts.birthYear + ADULT_AGE).padStart(4, '0')}-${String(parts.birthMonth).padStart(2, '0')}`;
    if (serviceStart < adultMonth) {
      errors.push(
        error('nip.service_start.before_18th_birthday', 'serviceStart', serviceStart, { earliest: adultMonth }),
      );
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ...success('PNS', digits, parts), serviceStart };
}

function parsePppk(digits: string, today: string): NipResult {
  const errors: NipError[] = [];
  const parts = checkCommon(digits, today, errors);

  const tmtYear = Number(digits.slice(8, 12));
  const currentYear = Number(today.slice(0, 4));
  if (tmtYear > currentYear) {
    errors.push(error('nip.tmt_year.future', 'tmtYear', digits.slice(8, 12), { currentYear }));
  } else if (parts.birthValid && tmtYear < parts.birthYear + ADULT_AGE) {
    errors.push(
      error('nip.tmt_year.before_18th_birthday', 'tmtYear', digits.slice(8, 12), {
        earliest: parts.birthYear + ADULT_AGE,
      }),
    );
  }

  const marker = digits.charAt(12);
  if (marker !== '2') errors.push(error('nip.pppk_marker.invalid', 'pppkMarker', marker, { expected: '2' }));

  const round = digits.charAt(13);
  if (round === '0') errors.push(error('nip.round.invalid', 'round', round));

  if (errors.length > 0) return { ok: false, errors };
  return { ...success('PPPK', digits, parts), tmtYear, round: Number(round) };
}

/** Which layout 18 digits follow: a start month 01-12 reads as PNS, '2' then a round 1-9 as PPPK. */
function looksLikePppk(digits: string): boolean {
  const month = Number(digits.slice(12, 14));
  return !(month >= 1 && month <= 12) && digits.charAt(12) === '2';
}

export function parseNip(nip: string, opts: ParseNipOptions): NipResult {
  const match = ISO_DATE.exec(opts.today);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`today must be a date in the form YYYY-MM-DD, got ${JSON.stringify(opts.today)}`);
  }

  const digits = normalizeNip(nip);
  const strangers = digits.replace(/\d/g, '');
  if (strangers.length > 0) {
    const characters = [...new Set(strangers)].join('');
    return { ok: false, errors: [error('nip.not_digits', 'digits', digits, { characters })] };
  }
  if (digits.length !== NIP_LENGTH) {
    return {
      ok: false,
      errors: [error('nip.length', 'length', digits, { length: digits.length, expected: NIP_LENGTH })],
    };
  }

  if (opts.kind === 'PNS') return parsePns(digits, opts.today);
  if (opts.kind === 'PPPK') return parsePppk(digits, opts.today);

  const asPns = parsePns(digits, opts.today);
  if (asPns.ok) return asPns;
  const asPppk = parsePppk(digits, opts.today);
  if (asPppk.ok) return asPppk;
  // Neither layout fits: report against the one the digits were meant to follow.
  return looksLikePppk(digits) ? asPppk : asPns;
}

/**
 * The NIP grouped as printed on decrees and ID cards: PNS 8-6-1-3 ('19850312 201001 1 003'), PPPK
 * 8-4-1-1-1-3 ('19900101 2023 2 1 1 001'). Anything that is not 18 digits is returned trimmed, unchanged.
 */
export function formatNip(nip: string, kind?: NipKind): string {
  const digits = normalizeNip(nip);
  if (!/^\d{18}$/.test(digits)) return nip.trim();
  const layout = kind ?? (looksLikePppk(digits) ? 'PPPK' : 'PNS');
  const widths = layout === 'PPPK' ? [8, 4, 1, 1, 1, 3] : [8, 6, 1, 3];
  const groups: string[] = [];
  let offset = 0;
  for (const width of widths) {
    groups.push(digits.slice(offset, offset + width));
    offset += width;
  }
  return groups.join(' ');
}

type Messages = Record<NipErrorCode, (value: string, params: NipError['params']) => string>;

const MESSAGES: Record<'id' | 'en', Messages> = {
  en: {
    'nip.length': (v, p) => `the NIP, ${v}, has ${p.length} digits; it must have ${p.expected}`,
    'nip.not_digits': (v, p) => `the NIP, ${v}, may contain only digits, not "${p.characters}"`,
    'nip.birth_date.invalid': (v) => `the birth date in the NIP, ${v}, is not a date`,
    'nip.birth_date.future': (v) => `the birth date in the NIP, ${v}, is in the future`,
    'nip.service_start.invalid': (v) => `the start of CPNS service in the NIP, ${v}, is not a month`,
    'nip.service_start.future': (v) => `the start of CPNS service in the NIP, ${v}, is in the future`,
    'nip.service_start.before_18th_birthday': (v, p) =>
      `the start of CPNS service in the NIP, ${v}, is before the month of the 18th birthday (${p.earliest})`,
    'nip.tmt_year.future': (v) => `the TMT year in the NIP, ${v}, is in the future`,
    'nip.tmt_year.before_18th_birthday': (v, p) =>
      `the TMT year in the NIP, ${v}, is before the year of the 18th birthday (${p.earliest})`,
    'nip.pppk_marker.invalid': (v) => `the PPPK marker in the NIP (13th digit), ${v}, must be 2`,
    'nip.round.invalid': (v) => `the recruitment round in the NIP (14th digit), ${v}, must be from 1 to 9`,
    'nip.sex.invalid': (v) => `the sex digit in the NIP (15th digit), ${v}, must be 1 (male) or 2 (female)`,
    'nip.serial.zero': (v) => `the serial number in the NIP, ${v}, must be from 001 to 999`,
  },
  id: {
    'nip.length': (v, p) => `NIP ${v} terdiri dari ${p.length} digit; seharusnya ${p.expected} digit`,
    'nip.not_digits': (v, p) => `NIP ${v} hanya boleh berisi angka, bukan "${p.characters}"`,
    'nip.birth_date.invalid': (v) => `tanggal lahir pada NIP, ${v}, bukan tanggal yang valid`,
    'nip.birth_date.future': (v) => `tanggal lahir pada NIP, ${v}, berada di masa depan`,
    'nip.service_start.invalid': (v) => `TMT CPNS pada NIP, ${v}, bukan bulan yang valid`,
    'nip.service_start.future': (v) => `TMT CPNS pada NIP, ${v}, berada di masa depan`,
    'nip.service_start.before_18th_birthday': (v, p) =>
      `TMT CPNS pada NIP, ${v}, lebih awal dari bulan ulang tahun ke-18 (${p.earliest})`,
    'nip.tmt_year.future': (v) => `tahun TMT pada NIP, ${v}, berada di masa depan`,
    'nip.tmt_year.before_18th_birthday': (v, p) =>
      `tahun TMT pada NIP, ${v}, lebih awal dari tahun ulang tahun ke-18 (${p.earliest})`,
    'nip.pppk_marker.invalid': (v) => `penanda PPPK pada NIP (digit ke-13), ${v}, harus 2`,
    'nip.round.invalid': (v) => `periode pengadaan pada NIP (digit ke-14), ${v}, harus antara 1 dan 9`,
    'nip.sex.invalid': (v) => `kode jenis kelamin pada NIP (digit ke-15), ${v}, harus 1 (laki-laki) atau 2 (perempuan)`,
    'nip.serial.zero': (v) => `nomor urut pada NIP, ${v}, harus antara 001 dan 999`,
  },
};

/** Says which part of the NIP is wrong and why, with the offending value. */
export function nipErrorMessage(err: NipError, lang: 'id' | 'en'): string {
  return MESSAGES[lang][err.code](err.value, err.params);
}
