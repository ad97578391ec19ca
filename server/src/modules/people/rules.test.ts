import { describe, expect, it } from 'vitest';
import { checkIdentity, checkRank } from './rules';

const today = '2026-11-23';
const person = { nip: '198503122010011003', status: 'PNS', birthDate: '1985-03-12', sex: 'male' };

describe('checkIdentity', () => {
  it('accepts a PNS NIP that agrees with the birth date and sex, and strips the printed spaces', () => {
    expect(checkIdentity(person, today, 'en')).toEqual({ nip: '198503122010011003', problems: [] });
    expect(checkIdentity({ ...person, nip: '19850312 201001 1 003' }, today, 'en')).toEqual({
      nip: '198503122010011003',
      problems: [],
    });
  });

  it('accepts a PPPK NIP for a PPPK employee', () => {
    const pppk = { nip: '199001012023211001', status: 'PPPK', birthDate: '1990-01-01', sex: 'male', rank: 'IX' };
    expect(checkIdentity(pppk, today, 'en').problems).toEqual([]);
  });

  it.each([
    ['198513152010011003', 'en', 'the birth date in the NIP, 1985-13-15, is not a date'],
    ['198513152010011003', 'id', 'tanggal lahir pada NIP, 1985-13-15, bukan tanggal yang valid'],
    ['198503122010131003', 'en', 'the start of CPNS service in the NIP, 2010-13, is not a month'],
    [
      '198503122000011003',
      'en',
      'the start of CPNS service in the NIP, 2000-01, is before the month of the 18th birthday (2003-03)',
    ],
    ['198503122027011003', 'en', 'the start of CPNS service in the NIP, 2027-01, is in the future'],
    ['198503122010013003', 'en', 'the sex digit in the NIP (15th digit), 3, must be 1 (male) or 2 (female)'],
    ['198503122010011000', 'en', 'the serial number in the NIP, 000, must be from 001 to 999'],
    ['19850312201001100', 'en', 'the NIP, 19850312201001100, has 17 digits; it must have 18'],
    ['1985031220100110O3', 'en', 'the NIP, 1985031220100110O3, may contain only digits, not "O"'],
  ] as const)('refuses %s saying which part is wrong and why (%s)', (nip, lang, message) => {
    const { problems } = checkIdentity({ ...person, nip }, today, lang);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'nip', message, value: nip }));
  });

  it('reports every wrong part at once', () => {
    const { problems } = checkIdentity({ ...person, nip: '198513152010133000' }, today, 'en');
    expect(problems.map((p) => p.code)).toEqual([
      'nip.birth_date.invalid',
      'nip.sex.invalid',
      'nip.serial.zero',
      'nip.service_start.invalid',
    ]);
    expect(problems.every((p) => p.path === 'nip')).toBe(true);
  });

  it('names birthDate and sex when they disagree with the NIP', () => {
    const { problems } = checkIdentity({ ...person, birthDate: '1985-03-13', sex: 'female' }, today, 'en');
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'birthDate',
        code: 'nip_birth_date_mismatch',
        message: expect.stringContaining('1985-03-12'),
      }),
      expect.objectContaining({ path: 'sex', code: 'nip_sex_mismatch', message: expect.stringContaining('male') }),
    ]);
    const id = checkIdentity({ ...person, sex: 'female' }, today, 'id').problems;
    expect(id).toEqual([expect.objectContaining({ path: 'sex', message: expect.stringContaining('laki-laki') })]);
  });

  it('reads the NIP by the layout of the status: a PPPK number is wrong for a PNS and the other way round', () => {
    const pppkNip = '199001012023211001';
    const asPns = checkIdentity(
      { nip: pppkNip, status: 'PNS', birthDate: '1990-01-01', sex: 'male' },
      today,
      'en',
    ).problems;
    expect(asPns).toEqual([
      expect.objectContaining({
        path: 'nip',
        code: 'nip.service_start.invalid',
        message: expect.stringContaining('2023-21'),
      }),
    ]);
    const asPppk = checkIdentity({ ...person, status: 'PPPK' }, today, 'en').problems;
    expect(asPppk).toContainEqual(expect.objectContaining({ path: 'nip', code: 'nip.pppk_marker.invalid' }));
    // A CPNS has a PNS number.
    expect(checkIdentity({ ...person, status: 'CPNS' }, today, 'en').problems).toEqual([]);
  });

  it('checks the rank against the status', () => {
    expect(checkIdentity({ ...person, rank: 'IX' }, today, 'en').problems).toEqual([
      expect.objectContaining({ path: 'rank', code: 'rank_invalid', value: 'IX' }),
    ]);
    expect(checkRank('PNS', 'III/a', 'en')).toBeNull();
    expect(checkRank('PPPK', 'XVII', 'en')).toBeNull();
    expect(checkRank('PPPK', 'III/a', 'en')?.message).toBe('unknown PPPK grade "III/a" (I to XVII)');
    expect(checkRank('PNS', 'V/a', 'id')?.message).toBe('golongan/ruang "V/a" tidak dikenal (misalnya III/a)');
  });
});
