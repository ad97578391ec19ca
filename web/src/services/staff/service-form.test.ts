import { describe, expect, it } from 'vitest';
import { ApiError } from '../../ui/api';
import {
  EMPTY_SERVICE,
  localProblems,
  onlyFieldProblems,
  serverProblems,
  serviceValues,
  unitOptions,
} from './service-form';

const messages = { unitRequired: 'unit?', nameRequired: 'name?' };

describe('service form', () => {
  it('starts an edit from the saved service', () => {
    const saved = {
      id: 's1',
      name: 'Akta Kelahiran',
      nameEn: 'Birth certificate',
      summary: 'Untuk bayi baru lahir.',
      unitId: 'u1',
      unitName: 'Disdukcapil',
      active: false,
    };
    expect(serviceValues(saved)).toEqual({
      unitId: 'u1',
      name: 'Akta Kelahiran',
      nameEn: 'Birth certificate',
      summary: 'Untuk bayi baru lahir.',
      active: false,
    });
  });

  it('asks for a unit and a name of at least 3 letters (spaces do not count)', () => {
    expect(localProblems(EMPTY_SERVICE, messages)).toEqual({ unitId: 'unit?', name: 'name?' });
    expect(localProblems({ ...EMPTY_SERVICE, unitId: 'u1', name: '  ab  ' }, messages)).toEqual({ name: 'name?' });
    expect(localProblems({ ...EMPTY_SERVICE, unitId: 'u1', name: 'KTP' }, messages)).toEqual({});
  });

  it("puts the server's field details under their fields, the first one of each", () => {
    const error = new ApiError(400, 'validation_failed', 'Periksa isian.', [
      { path: 'unitId', message: 'Bukan unit Anda.' },
      { path: ['name'], message: 'Terlalu pendek.' },
      { path: 'name', message: 'second' },
      { path: 'elsewhere', message: 'not a field' },
    ]);
    expect(serverProblems(error)).toEqual({ unitId: 'Bukan unit Anda.', name: 'Terlalu pendek.' });
    expect(serverProblems(new Error('offline'))).toEqual({});
    expect(serverProblems(null)).toEqual({});
  });

  it('says "correct the red fields" only when every detail is under a field', () => {
    const detail = (path: string) => ({ path, message: 'x' });
    expect(onlyFieldProblems(new ApiError(400, 'validation_failed', 'x', [detail('unitId')]))).toBe(true);
    expect(onlyFieldProblems(new ApiError(400, 'validation_failed', 'x', [detail('unitId'), detail('x')]))).toBe(false);
    expect(onlyFieldProblems(new ApiError(409, 'conflict', 'x'))).toBe(false);
    expect(onlyFieldProblems(undefined)).toBe(false);
  });

  it('sorts units by name and keeps the saved unit even when the tree no longer lists it', () => {
    const units = [
      { id: 'b', name: 'Dinas Kesehatan' },
      { id: 'a', name: 'Badan Pendapatan' },
    ];
    expect(unitOptions(units).map((o) => o.value)).toEqual(['a', 'b']);
    expect(unitOptions(units, { unitId: 'z', unitName: 'Kecamatan Lama' }).map((o) => o.label)).toEqual([
      'Badan Pendapatan',
      'Dinas Kesehatan',
      'Kecamatan Lama',
    ]);
    expect(unitOptions(units, { unitId: 'a', unitName: 'Badan Pendapatan' })).toHaveLength(2);
  });
});
