import { describe, expect, it } from 'vitest';
import { servicePrefill, validateNewComplaintSearch } from './prefill';

describe('the complaint form filled in from a service request', () => {
  it('keeps only a category code, the service and the request from the address', () => {
    expect(
      validateNewComplaintSearch({ kategori: 'pungli', layanan: 'Akta Kelahiran', permohonan: 'DUM-LYN-2026-000123' }),
    ).toEqual({ kategori: 'pungli', layanan: 'Akta Kelahiran', permohonan: 'DUM-LYN-2026-000123' });
    expect(validateNewComplaintSearch({ kategori: 'Bad Code!', layanan: ['x'] })).toEqual({
      kategori: undefined,
      layanan: undefined,
      permohonan: undefined,
    });
  });

  it('writes the illegal-levy title and the start of the description in the reader language', () => {
    const search = { kategori: 'pungli', layanan: 'Akta Kelahiran', permohonan: 'DUM-LYN-2026-000123' };
    const id = servicePrefill(search, 'id');
    expect(id?.title).toBe('Pungutan liar pada layanan Akta Kelahiran');
    expect(id?.description).toMatch(
      /^Permohonan DUM-LYN-2026-000123 \(Akta Kelahiran\): saya diminta membayar lebih dari tarif resmi/,
    );
    expect(servicePrefill({ kategori: 'pungli', layanan: 'KTP' }, 'en')?.description).toMatch(
      /^Service KTP: I was asked to pay more/,
    );
  });

  it('fills nothing without a service or a request', () => {
    expect(servicePrefill({ kategori: 'pungli' }, 'id')).toBeNull();
    expect(servicePrefill({}, 'id')).toBeNull();
  });
});
