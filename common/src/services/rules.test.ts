import { describe, expect, it } from 'vitest';
import { checkRequest, fillTemplate } from './check-request';
import { formatFee, nikProblem, requestCode } from './rules';
import { formFieldSchema, formSchema } from './schemas';

describe('nikProblem', () => {
  it.each([
    ['1471010101900001', null, 'a man born 1 January 1990 in Dumai'],
    ['5371014512850002', null, 'a woman (day + 40) born 5 December 1985 in Kupang'],
    ['147101010190001', 'nik_length', '15 digits'],
    ['14710101019000011', 'nik_length', '17 digits'],
    ['14710101019O0001', 'nik_length', 'a letter O'],
    ['0971010101900001', 'nik_region', 'province 09'],
    ['1400010101900001', 'nik_region', 'regency 00'],
    ['1471003201900001', 'nik_region', 'district 00'],
    ['1471013201900001', 'nik_date', 'day 32'],
    ['1471017201900001', 'nik_date', 'day 72 (32 for a woman)'],
    ['1471013002900001', 'nik_date', '30 February'],
    ['1471012902010001', 'nik_date', '29 February of 2001'],
    ['1471012902000001', null, '29 February of 2000'],
    ['1471010113900001', 'nik_date', 'month 13'],
    ['1471010101900000', 'nik_serial', 'serial 0000'],
  ] as Array<[string, string | null, string]>)('%s is %s (%s)', (nik, problem) => {
    expect(nikProblem(nik)).toBe(problem);
  });
});

describe('request codes and fees', () => {
  it('numbers a request DUM-LYN-2026-000123', () => expect(requestCode('DUM', 2026, 123)).toBe('DUM-LYN-2026-000123'));
  it.each([
    [0, 'Rp0'],
    [25000, 'Rp25.000'],
    [1500000, 'Rp1.500.000'],
  ])('writes %i rupiah as %s', (n, text) => expect(formatFee(n)).toBe(text));
});

const field = (input: Record<string, unknown>) => formFieldSchema.parse({ label: 'Isian', ...input });
const form = [
  field({ key: 'nama', type: 'text', maxLength: 10 }),
  field({ key: 'nik', type: 'nik' }),
  field({ key: 'anak', type: 'number', min: 1, max: 10, required: false }),
  field({ key: 'lahir', type: 'date' }),
  field({ key: 'jenis', type: 'choice', choices: ['Baru', 'Perpanjangan'] }),
  field({ key: 'kk', type: 'document', documentTypes: ['application/pdf'], maxBytes: 2048 }),
];
const good = { nama: 'Siti', nik: '1471010101900001', lahir: '1990-01-01', jenis: 'Baru' };
const pdf = { kk: [{ mime: 'application/pdf', size: 1000 }] };

describe('checkRequest', () => {
  it('accepts a complete request', () => expect(checkRequest(form, good, pdf)).toEqual([]));
  it.each([
    [{ ...good, nama: '' }, pdf, 'nama', 'missing'],
    [{ ...good, nama: 'x'.repeat(11) }, pdf, 'nama', 'too_long'],
    [{ ...good, nik: '123' }, pdf, 'nik', 'nik_length'],
    [{ ...good, anak: 'dua' }, pdf, 'anak', 'not_a_number'],
    [{ ...good, anak: 11 }, pdf, 'anak', 'out_of_range'],
    [{ ...good, lahir: '01-01-1990' }, pdf, 'lahir', 'YYYY-MM-DD'],
    [{ ...good, jenis: 'Lainnya' }, pdf, 'jenis', 'not_a_choice'],
    [good, {}, 'kk', 'document_missing'],
    [good, { kk: [{ mime: 'image/png', size: 10 }] }, 'kk', 'document_type'],
    [good, { kk: [{ mime: 'application/pdf', size: 4096 }] }, 'kk', 'document_too_large'],
    [{ ...good, extra: 'x' }, pdf, 'extra', 'unknown field'],
  ])('refuses %j with %j at its field', (values, docs, path, message) => {
    expect(checkRequest(form, values, docs)).toEqual([{ path, message }]);
  });
  it('lets documents come later when asked', () =>
    expect(checkRequest(form, good, {}, { documentsLater: true })).toEqual([]));
  it('refuses a choice field with one choice, and two fields with one key', () => {
    expect(() => field({ key: 'a', type: 'choice', choices: ['x'] })).toThrow(/at least two choices/);
    const twice = formSchema.safeParse([
      { key: 'a', label: 'Isian', type: 'text' },
      { key: 'a', label: 'Isian', type: 'text' },
    ]);
    expect(twice.success ? [] : twice.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['1.key', 'duplicate key'],
    ]);
  });
});

describe('fillTemplate', () => {
  it('fills answers and leaves unknown keys empty', () =>
    expect(fillTemplate('Nama: {{ nama }}, kode {{code}}, {{nothing}}.', { nama: 'Siti', code: 'X' })).toBe(
      'Nama: Siti, kode X, .',
    ));
});
