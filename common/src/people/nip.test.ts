import { describe, expect, it } from 'vitest';
import {
  compareGolongan,
  FUNGSIONAL_LEVELS,
  formatNip,
  GOLONGAN,
  golonganByCode,
  JABATAN_KINDS,
  type NipKind,
  type NipPart,
  nipErrorMessage,
  PPPK_GRADES,
  parseNip,
  pppkGradeByCode,
} from './index';

const today = '2026-01-15';

describe('parseNip: valid numbers', () => {
  it.each([
    {
      nip: '198503122010011003',
      kind: 'PNS',
      birthDate: '1985-03-12',
      sex: 'male',
      serial: 3,
      serviceStart: '2010-01',
    },
    {
      nip: '199012252019032001',
      kind: 'PNS',
      birthDate: '1990-12-25',
      sex: 'female',
      serial: 1,
      serviceStart: '2019-03',
    },
    // Service may start in the very month of the 18th birthday, and in the current month.
    {
      nip: '198503122003031999',
      kind: 'PNS',
      birthDate: '1985-03-12',
      sex: 'male',
      serial: 999,
      serviceStart: '2003-03',
    },
    {
      nip: '200001012026012010',
      kind: 'PNS',
      birthDate: '2000-01-01',
      sex: 'female',
      serial: 10,
      serviceStart: '2026-01',
    },
    {
      nip: '200002292024121050',
      kind: 'PNS',
      birthDate: '2000-02-29',
      sex: 'male',
      serial: 50,
      serviceStart: '2024-12',
    },
    // Printed with spaces.
    {
      nip: '19850312 201001 1 003',
      kind: 'PNS',
      birthDate: '1985-03-12',
      sex: 'male',
      serial: 3,
      serviceStart: '2010-01',
    },
    {
      nip: ' 19850312  201001 1 003 ',
      kind: 'PNS',
      birthDate: '1985-03-12',
      sex: 'male',
      serial: 3,
      serviceStart: '2010-01',
    },
    {
      nip: '199001012023211001',
      kind: 'PPPK',
      birthDate: '1990-01-01',
      sex: 'male',
      serial: 1,
      tmtYear: 2023,
      round: 1,
    },
    {
      nip: '199506072024232015',
      kind: 'PPPK',
      birthDate: '1995-06-07',
      sex: 'female',
      serial: 15,
      tmtYear: 2024,
      round: 3,
    },
    {
      nip: '19950607 2024 2 3 2 015',
      kind: 'PPPK',
      birthDate: '1995-06-07',
      sex: 'female',
      serial: 15,
      tmtYear: 2024,
      round: 3,
    },
    // TMT in the year of the 18th birthday, and in the current year.
    {
      nip: '200712312025291999',
      kind: 'PPPK',
      birthDate: '2007-12-31',
      sex: 'male',
      serial: 999,
      tmtYear: 2025,
      round: 9,
    },
    {
      nip: '198001012026222100',
      kind: 'PPPK',
      birthDate: '1980-01-01',
      sex: 'female',
      serial: 100,
      tmtYear: 2026,
      round: 2,
    },
  ] as const)('$nip is a $kind number', ({ nip, ...expected }) => {
    const result = parseNip(nip, { today });
    expect(result).toEqual({ ok: true, nip: nip.replace(/\s/g, ''), ...expected });
    // The same answer when the kind is given.
    expect(parseNip(nip, { today, kind: expected.kind })).toEqual(result);
  });
});

describe('parseNip: errors', () => {
  it.each<[string, string, NipKind | undefined, [NipPart, string, string][]]>([
    ['too short', '19850312201001100', undefined, [['length', 'nip.length', '19850312201001100']]],
    ['too long', '1985031220100110031', undefined, [['length', 'nip.length', '1985031220100110031']]],
    ['empty', '', undefined, [['length', 'nip.length', '']]],
    ['a letter', '19850312201001100a', undefined, [['digits', 'nip.not_digits', '19850312201001100a']]],
    ['dashes', '19850312-201001-1-003', undefined, [['digits', 'nip.not_digits', '19850312-201001-1-003']]],
    ['birth date not a date', '198513152010011003', undefined, [['birthDate', 'nip.birth_date.invalid', '1985-13-15']]],
    [
      '29 February of a common year',
      '198502292010011003',
      undefined,
      [['birthDate', 'nip.birth_date.invalid', '1985-02-29']],
    ],
    [
      'birth date in the future',
      '203001012010011003',
      undefined,
      [['birthDate', 'nip.birth_date.future', '2030-01-01']],
    ],
    ['birth date tomorrow', '202601162010011003', undefined, [['birthDate', 'nip.birth_date.future', '2026-01-16']]],
    [
      'service start not a month',
      '198503122010131003',
      undefined,
      [['serviceStart', 'nip.service_start.invalid', '2010-13']],
    ],
    [
      'service start month 00',
      '198503122010001003',
      undefined,
      [['serviceStart', 'nip.service_start.invalid', '2010-00']],
    ],
    [
      'service start in the future',
      '198503122026021003',
      undefined,
      [['serviceStart', 'nip.service_start.future', '2026-02']],
    ],
    [
      'service start before the 18th birthday',
      '198503122003021003',
      undefined,
      [['serviceStart', 'nip.service_start.before_18th_birthday', '2003-02']],
    ],
    ['sex digit 3', '198503122010013003', undefined, [['sex', 'nip.sex.invalid', '3']]],
    ['sex digit 0', '198503122010010003', undefined, [['sex', 'nip.sex.invalid', '0']]],
    ['serial 000', '198503122010011000', undefined, [['serial', 'nip.serial.zero', '000']]],
    [
      'sex and serial at once',
      '198503122010019000',
      undefined,
      [
        ['sex', 'nip.sex.invalid', '9'],
        ['serial', 'nip.serial.zero', '000'],
      ],
    ],
    ['PPPK marker', '199001012023511001', 'PPPK', [['pppkMarker', 'nip.pppk_marker.invalid', '5']]],
    ['round 0', '199001012023201001', undefined, [['round', 'nip.round.invalid', '0']]],
    ['round 0 as PPPK', '199001012023201001', 'PPPK', [['round', 'nip.round.invalid', '0']]],
    [
      'marker and round',
      '199001012023001001',
      'PPPK',
      [
        ['pppkMarker', 'nip.pppk_marker.invalid', '0'],
        ['round', 'nip.round.invalid', '0'],
      ],
    ],
    [
      'TMT year before the 18th birthday year',
      '199001012007211001',
      undefined,
      [['tmtYear', 'nip.tmt_year.before_18th_birthday', '2007']],
    ],
    ['TMT year in the future', '199001012027211001', undefined, [['tmtYear', 'nip.tmt_year.future', '2027']]],
    [
      'PPPK birth date not a date',
      '199002302023211001',
      undefined,
      [['birthDate', 'nip.birth_date.invalid', '1990-02-30']],
    ],
    ['PPPK serial 000', '199001012023212000', undefined, [['serial', 'nip.serial.zero', '000']]],
    // A PPPK number checked as PNS: '21' is not a month.
    [
      'PPPK number given as PNS',
      '199001012023211001',
      'PNS',
      [['serviceStart', 'nip.service_start.invalid', '2023-21']],
    ],
    // A PNS number checked as PPPK.
    ['PNS number given as PPPK', '198503122010011003', 'PPPK', [['pppkMarker', 'nip.pppk_marker.invalid', '0']]],
  ])('%s: %s', (_label, nip, kind, expected) => {
    const result = parseNip(nip, kind ? { today, kind } : { today });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.part, e.code, e.value])).toEqual(expected);
  });

  it('reports the earliest month and year allowed', () => {
    const pns = parseNip('198503122003021003', { today });
    const pppk = parseNip('199001012007211001', { today });
    expect(pns.ok ? undefined : pns.errors[0]?.params).toEqual({ earliest: '2003-03' });
    expect(pppk.ok ? undefined : pppk.errors[0]?.params).toEqual({ earliest: 2008 });
  });

  it('rejects a malformed today', () => {
    expect(() => parseNip('198503122010011003', { today: '15-01-2026' })).toThrow(RangeError);
  });
});

describe('nipErrorMessage', () => {
  it.each([
    ['198513152010011003', 'en', 'the birth date in the NIP, 1985-13-15, is not a date'],
    ['198513152010011003', 'id', 'tanggal lahir pada NIP, 1985-13-15, bukan tanggal yang valid'],
    ['19850312201001100', 'en', 'the NIP, 19850312201001100, has 17 digits; it must have 18'],
    ['19850312201001100', 'id', 'NIP 19850312201001100 terdiri dari 17 digit; seharusnya 18 digit'],
    [
      '198503122003021003',
      'en',
      'the start of CPNS service in the NIP, 2003-02, is before the month of the 18th birthday (2003-03)',
    ],
    ['198503122003021003', 'id', 'TMT CPNS pada NIP, 2003-02, lebih awal dari bulan ulang tahun ke-18 (2003-03)'],
    ['199001012027211001', 'en', 'the TMT year in the NIP, 2027, is in the future'],
    ['199001012027211001', 'id', 'tahun TMT pada NIP, 2027, berada di masa depan'],
  ] as const)('%s in %s', (nip, lang, message) => {
    const result = parseNip(nip, { today });
    expect(result.ok ? [] : result.errors.map((e) => nipErrorMessage(e, lang))).toEqual([message]);
  });

  // One NIP per error code, each message naming the offending value in both languages.
  it.each([
    ['19850312201001100', undefined],
    ['1985031220100110x3', undefined],
    ['198513152010011003', undefined],
    ['203001012010011003', undefined],
    ['198503122010131003', undefined],
    ['198503122026021003', undefined],
    ['198503122003021003', undefined],
    ['198503122010013003', undefined],
    ['198503122010011000', undefined],
    ['199001012023511001', 'PPPK'],
    ['199001012023201001', undefined],
    ['199001012007211001', undefined],
    ['199001012027211001', undefined],
  ] as const)('%s', (nip, kind) => {
    const result = parseNip(nip, kind ? { today, kind } : { today });
    if (result.ok) throw new Error('expected errors');
    for (const err of result.errors) {
      for (const lang of ['id', 'en'] as const) {
        const message = nipErrorMessage(err, lang);
        expect(message).toContain(err.value);
        expect(message.length).toBeGreaterThan(err.value.length + 10);
      }
      expect(nipErrorMessage(err, 'id')).not.toBe(nipErrorMessage(err, 'en'));
    }
  });
});

describe('formatNip', () => {
  it.each([
    ['198503122010011003', undefined, '19850312 201001 1 003'],
    ['19850312 201001 1 003', undefined, '19850312 201001 1 003'],
    ['199001012023211001', undefined, '19900101 2023 2 1 1 001'],
    ['199001012023211001', 'PPPK', '19900101 2023 2 1 1 001'],
    ['198503122010011003', 'PPPK', '19850312 2010 0 1 1 003'],
    [' 1985031220100110 ', undefined, '1985031220100110'],
    ['abc', undefined, 'abc'],
  ] as const)('%s (%s) → %s', (nip, kind, expected) => {
    expect(formatNip(nip, kind)).toBe(expected);
  });
});

describe('ranks', () => {
  it('lists the 17 golongan in order', () => {
    expect(GOLONGAN.map((g) => g.code).join(' ')).toBe(
      'I/a I/b I/c I/d II/a II/b II/c II/d III/a III/b III/c III/d IV/a IV/b IV/c IV/d IV/e',
    );
    expect(GOLONGAN.map((g) => g.level)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it.each([
    ['I/a', 'Juru Muda', 1],
    ['I/b', 'Juru Muda Tk I', 2],
    ['II/d', 'Pengatur Tk I', 8],
    ['III/a', 'Penata Muda', 9],
    ['iii/A', 'Penata Muda', 9],
    ['III b', 'Penata Muda Tk I', 10],
    ['IV/c', 'Pembina Utama Muda', 15],
    ['IV/d', 'Pembina Utama Madya', 16],
    ['IV/e', 'Pembina Utama', 17],
  ])('golonganByCode(%s)', (code, name, level) => {
    expect(golonganByCode(code)).toMatchObject({ name, level });
  });

  it.each(['V/a', 'III/f', 'I/e', '', 'IIII/a'])('golonganByCode(%j) is undefined', (code) => {
    expect(golonganByCode(code)).toBeUndefined();
  });

  it.each([
    ['III/a', 'II/d', 1],
    ['II/d', 'III/a', -1],
    ['IV/e', 'I/a', 1],
    ['III/c', 'III/c', 0],
  ] as const)('compareGolongan(%s, %s) has sign %i', (a, b, sign) => {
    expect(Math.sign(compareGolongan(a, b))).toBe(sign);
  });

  it('rejects an unknown golongan in a comparison', () => {
    expect(() => compareGolongan('V/a', 'I/a')).toThrow(RangeError);
  });

  it('lists PPPK grades I to XVII', () => {
    expect(PPPK_GRADES).toHaveLength(17);
    expect(PPPK_GRADES[8]).toEqual({ code: 'IX', level: 9 });
    expect(PPPK_GRADES[16]).toEqual({ code: 'XVII', level: 17 });
    expect(pppkGradeByCode('xiv')).toEqual({ code: 'XIV', level: 14 });
    expect(pppkGradeByCode('XVIII')).toBeUndefined();
  });

  it('lists the kinds of jabatan and the fungsional levels', () => {
    expect(JABATAN_KINDS.map((k) => k.code)).toEqual([
      'jpt_utama',
      'jpt_madya',
      'jpt_pratama',
      'administrator',
      'pengawas',
      'pelaksana',
      'fungsional_keahlian',
      'fungsional_keterampilan',
    ]);
    expect(JABATAN_KINDS.every((k) => k.label.startsWith('Jabatan '))).toBe(true);
    expect(FUNGSIONAL_LEVELS.keahlian.map((l) => l.code)).toEqual([
      'ahli_pertama',
      'ahli_muda',
      'ahli_madya',
      'ahli_utama',
    ]);
    expect(FUNGSIONAL_LEVELS.keterampilan.map((l) => l.label)).toEqual(['Pemula', 'Terampil', 'Mahir', 'Penyelia']);
  });
});
