import type { FormField } from '@lentera/common';
import { describe, expect, it } from 'vitest';
import { acceptAttribute, documentTypesText, feeWords, parseRupiah } from './format';
import { blankAnswers, formErrors, serverFieldKey, toValues } from './request-form';

const field = (over: Partial<FormField> & Pick<FormField, 'key' | 'type'>): FormField => ({
  label: over.key,
  labelEn: '',
  help: '',
  required: true,
  choices: [],
  maxLength: 500,
  min: null,
  max: null,
  documentTypes: ['application/pdf'],
  maxBytes: 1024 * 1024,
  ...over,
});

const form: FormField[] = [
  field({ key: 'nik', type: 'nik' }),
  field({ key: 'children', type: 'number', min: 0, max: 10 }),
  field({ key: 'note', type: 'text', required: false }),
  field({ key: 'ktp', type: 'document' }),
];

const pdf = (size: number) => new File([new Uint8Array(size)], 'ktp.pdf', { type: 'application/pdf' });

describe('the request form in the browser', () => {
  it('sends numbers as numbers and leaves blanks out', () => {
    expect(blankAnswers(form)).toEqual({ nik: '', children: '', note: '' });
    expect(toValues(form, { nik: ' 3172011501900001 ', children: '2,5', note: '' })).toEqual({
      nik: '3172011501900001',
      children: 2.5,
    });
  });

  it('checks with the shared rules and words the problems in the reader language', () => {
    const errors = formErrors(form, { nik: '123', children: '11', note: '' }, {}, 'id');
    expect(errors).toEqual({
      nik: 'NIK terdiri atas 16 angka.',
      children: 'Angka di luar batas yang diizinkan.',
      ktp: 'Unggah dokumen ini.',
    });
    expect(formErrors(form, { nik: '', children: '', note: '' }, {}, 'en').nik).toBe('Required.');
  });

  it('checks the documents given: type and size', () => {
    const png = new File([new Uint8Array(10)], 'ktp.png', { type: 'image/png' });
    expect(formErrors(form, { nik: '3172011501900001', children: '1' }, { ktp: [png] }, 'id')).toEqual({
      ktp: 'Jenis berkas ini tidak diizinkan.',
    });
    expect(
      formErrors(form, { nik: '3172011501900001', children: '1' }, { ktp: [pdf(2 * 1024 * 1024)] }, 'en').ktp,
    ).toBe('The file is larger than allowed.');
    expect(formErrors(form, { nik: '3172011501900001', children: '1' }, { ktp: [pdf(100)] }, 'en')).toEqual({});
  });

  it('puts a server detail on the field it names', () => {
    expect(serverFieldKey('values.nik', form)).toBe('nik');
    expect(serverFieldKey('ktp', form)).toBe('ktp');
    expect(serverFieldKey('guest.email', form)).toBeNull();
  });
});

describe('the words of a standard', () => {
  it('writes the fee as the regulation does', () => {
    const words = { free: 'Gratis (Rp0)', notSet: 'Belum ditetapkan' };
    expect(feeWords(0, words)).toBe('Gratis (Rp0)');
    expect(feeWords(25000, words)).toBe('Rp25.000');
    expect(feeWords(null, words)).toBe('Belum ditetapkan');
    expect(parseRupiah('Rp 25.000')).toBe(25000);
    expect(parseRupiah('')).toBeNull();
  });

  it('names the allowed file types', () => {
    expect(documentTypesText(['image/png', 'application/pdf'])).toBe('PDF, PNG');
    expect(acceptAttribute(['image/jpeg'])).toBe('image/jpeg,.jpg,.jpeg');
  });
});
