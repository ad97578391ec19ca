import type { StandardView } from '@lentera/common';
import { describe, expect, it } from 'vitest';
import {
  detailPlace,
  editorValues,
  fromForm,
  keyFromLabel,
  moveField,
  newField,
  toForm,
  toStandardInput,
  updateField,
} from './form-builder';

describe('the form builder', () => {
  it('makes a key from the label, unique among the others', () => {
    expect(keyFromLabel('Nama Ayah Kandung', new Set())).toBe('nama_ayah_kandung');
    expect(keyFromLabel('NIK', new Set(['nik']))).toBe('nik_2');
    expect(keyFromLabel('1. Alamat', new Set())).toBe('isian_1_alamat');
    expect(keyFromLabel('', new Set())).toBe('isian');
  });

  it('renames the key with the label until the admin types a key', () => {
    let fields = [newField('text', [])];
    const uid = fields[0]?.uid ?? '';
    fields = updateField(fields, uid, { label: 'Nama Bayi' });
    expect(fields[0]?.key).toBe('nama_bayi');
    fields = updateField(fields, uid, { key: 'bayi' });
    fields = updateField(fields, uid, { label: 'Nama Lengkap Bayi' });
    expect(fields[0]?.key).toBe('bayi');
  });

  it('keeps the keys of a saved form, gives a choice two options, and moves fields', () => {
    const saved = fromForm([{ ...newField('nik', []), key: 'nik', label: 'NIK' }]);
    const renamed = updateField(saved, saved[0]?.uid ?? '', { label: 'NIK Pemohon' });
    expect(renamed[0]?.key).toBe('nik');
    const withChoice = updateField(renamed, renamed[0]?.uid ?? '', { type: 'choice' });
    expect(withChoice[0]?.choices).toHaveLength(2);
    const two = [...saved, { ...newField('date', saved), label: 'Tanggal' }];
    expect(moveField(two, 1, -1).map((f) => f.label)).toEqual(['Tanggal', 'NIK']);
    expect(moveField(two, 0, -1).map((f) => f.label)).toEqual(['NIK', 'Tanggal']);
  });

  it('sends the server the shared shape: no builder marks, blank choices dropped, fee and days as numbers', () => {
    const field = { ...newField('choice', []), key: 'jenis', label: 'Jenis', choices: ['Baru', ' ', 'Ganti'] };
    expect(toForm([field])).toEqual([expect.not.objectContaining({ uid: expect.anything() })]);
    expect(toForm([field])[0]?.choices).toEqual(['Baru', 'Ganti']);
    const standard = {
      effectiveFrom: '2026-12-08',
      requirements: 'KTP',
      procedure: '',
      durationDays: 5,
      fee: 0,
      feeBasis: '',
      product: '',
      complaintHandling: '',
      internal: {
        legalBasis: '',
        facilities: '',
        competence: '',
        oversight: '',
        officers: '',
        guarantee: '',
        safety: '',
        evaluation: '',
      },
      outputKind: 'letter',
      letterTemplate: '',
      form: [],
    } as unknown as StandardView;
    const values = editorValues(standard);
    expect(values.fee).toBe('0');
    const input = toStandardInput({ ...values, fee: '25.000', durationDays: '' }, []);
    expect(input.fee).toBe(25000);
    expect(input.durationDays).toBeNull();
    expect(toStandardInput(values, []).fee).toBe(0);
  });

  it('names where a server detail points', () => {
    const fields = [{ ...newField('text', []), label: 'Nama' }];
    const names = { choices: 'Pilihan', fee: 'Biaya/tarif' };
    const word = (n: number, label: string) => `Isian ${n}: ${label}`;
    expect(detailPlace('form.0.choices', fields, names, word)).toBe('Isian 1: Nama, Pilihan');
    expect(detailPlace('fee', fields, names, word)).toBe('Biaya/tarif');
    expect(detailPlace('other', fields, names, word)).toBe('other');
  });
});
