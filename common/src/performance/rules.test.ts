import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-days';
import {
  distributionWarnings,
  hasilKerjaFromResults,
  needsCoaching,
  type Predikat,
  periodContaining,
  periodDeadline,
  periodState,
  periodsOfYear,
  predikatOf,
  predikatPercentages,
  type Rating,
} from './rules';

describe('predikat matrix (PermenPANRB 6/2022)', () => {
  const table: Array<[Rating, Rating, Predikat]> = [
    ['di_atas', 'di_bawah', 'kurang'],
    ['di_atas', 'sesuai', 'baik'],
    ['di_atas', 'di_atas', 'sangat_baik'],
    ['sesuai', 'di_bawah', 'kurang'],
    ['sesuai', 'sesuai', 'baik'],
    ['sesuai', 'di_atas', 'baik'],
    ['di_bawah', 'di_bawah', 'sangat_kurang'],
    ['di_bawah', 'sesuai', 'butuh_perbaikan'],
    ['di_bawah', 'di_atas', 'butuh_perbaikan'],
  ];
  it.each(table)('hasil %s, perilaku %s gives %s', (hasil, perilaku, expected) => {
    expect(predikatOf(hasil, perilaku)).toBe(expected);
  });
  it('refuses a rating outside the scale', () => {
    expect(() => predikatOf('luar_biasa' as Rating, 'sesuai')).toThrow(RangeError);
    expect(() => predikatOf('sesuai', 'bagus' as Rating)).toThrow(RangeError);
  });
  it('coaching follows every predikat below Baik', () => {
    expect(
      ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'].map((p) => needsCoaching(p as Predikat)),
    ).toEqual([false, false, true, true, true]);
  });
});

describe('hasil kerja from single results', () => {
  it('is di atas when most are above and no main result is below', () => {
    expect(hasilKerjaFromResults([{ rating: 'di_atas' }, { rating: 'di_atas' }, { rating: 'sesuai' }])).toBe('di_atas');
    expect(
      hasilKerjaFromResults([{ rating: 'di_atas' }, { rating: 'di_atas' }, { rating: 'di_bawah', main: true }]),
    ).toBe('sesuai');
    expect(
      hasilKerjaFromResults([{ rating: 'di_atas' }, { rating: 'di_atas' }, { rating: 'di_bawah', main: false }]),
    ).toBe('di_atas');
  });
  it('is di bawah when most are below, sesuai otherwise', () => {
    expect(hasilKerjaFromResults([{ rating: 'di_bawah' }, { rating: 'di_bawah' }, { rating: 'di_atas' }])).toBe(
      'di_bawah',
    );
    expect(hasilKerjaFromResults([{ rating: 'di_bawah' }, { rating: 'di_atas' }])).toBe('sesuai');
    expect(hasilKerjaFromResults([])).toBe('sesuai');
  });
});

describe('distribution rules by organisational predikat', () => {
  const codes = (org: Parameters<typeof distributionWarnings>[0], counts: Record<string, number>) =>
    distributionWarnings(org, counts).map((w) => w.code);
  it('Istimewa: at most 70% Sangat Baik', () => {
    expect(codes('istimewa', { sangat_baik: 7, baik: 3 })).toEqual([]);
    expect(codes('istimewa', { sangat_baik: 8, baik: 2 })).toEqual(['max_sangat_baik']);
  });
  it('Baik: at most 70% Baik and some Butuh Perbaikan or Kurang', () => {
    expect(codes('baik', { sangat_baik: 2, baik: 7, butuh_perbaikan: 1 })).toEqual([]);
    expect(codes('baik', { sangat_baik: 1, baik: 9 })).toEqual(['max_baik', 'min_below_baik']);
    expect(codes('baik', { sangat_baik: 3, baik: 6, kurang: 1 })).toEqual([]);
  });
  it('Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(codes('butuh_perbaikan', { butuh_perbaikan: 6, baik: 3, sangat_baik: 1 })).toEqual([]);
    expect(codes('butuh_perbaikan', { butuh_perbaikan: 5, baik: 3, sangat_baik: 2 })).toEqual([
      'min_butuh_perbaikan',
      'max_sangat_baik',
    ]);
  });
  it('Kurang: at least 60% Kurang, at least 10% Butuh Perbaikan, at most 10% Sangat Baik', () => {
    expect(codes('kurang', { kurang: 6, butuh_perbaikan: 1, baik: 2, sangat_baik: 1 })).toEqual([]);
    expect(codes('kurang', { kurang: 6, baik: 2, sangat_baik: 2 })).toEqual(['min_butuh_perbaikan', 'max_sangat_baik']);
  });
  it('Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang or Butuh Perbaikan, no Sangat Baik', () => {
    expect(codes('sangat_kurang', { sangat_kurang: 6, kurang: 1, baik: 3 })).toEqual([]);
    expect(codes('sangat_kurang', { sangat_kurang: 5, baik: 4, sangat_baik: 1 })).toEqual([
      'min_sangat_kurang',
      'min_kurang_or_butuh_perbaikan',
      'no_sangat_baik',
    ]);
  });
  it('says nothing about an empty unit and reports the share found', () => {
    expect(distributionWarnings('istimewa', {})).toEqual([]);
    expect(distributionWarnings('istimewa', { sangat_baik: 3 })).toEqual([
      { code: 'max_sangat_baik', limit: 70, actual: 100 },
    ]);
  });
  it('percentages to one decimal', () => {
    expect(predikatPercentages({ baik: 2, sangat_baik: 1 })).toEqual({
      sangat_baik: 33.3,
      baik: 66.7,
      butuh_perbaikan: 0,
      kurang: 0,
      sangat_kurang: 0,
    });
  });
});

describe('periods of periodic evaluation', () => {
  it('monthly, quarterly and per semester', () => {
    const months = periodsOfYear(2026, 'monthly');
    expect(months).toHaveLength(12);
    expect(months[1]).toMatchObject({ index: 2, start: '2026-02-01', end: '2026-02-28', label: 'Februari 2026' });
    expect(periodsOfYear(2028, 'monthly')[1]?.end).toBe('2028-02-29');
    expect(periodsOfYear(2026, 'quarterly').map((p) => [p.start, p.end, p.label])).toEqual([
      ['2026-01-01', '2026-03-31', 'Triwulan I 2026'],
      ['2026-04-01', '2026-06-30', 'Triwulan II 2026'],
      ['2026-07-01', '2026-09-30', 'Triwulan III 2026'],
      ['2026-10-01', '2026-12-31', 'Triwulan IV 2026'],
    ]);
    expect(periodsOfYear(2026, 'semester').map((p) => p.end)).toEqual(['2026-06-30', '2026-12-31']);
    expect(periodContaining('2026-08-17', 'quarterly').index).toBe(3);
  });
  it('refuses years and kinds that do not exist', () => {
    expect(() => periodsOfYear(1999, 'monthly')).toThrow(RangeError);
    expect(() => periodsOfYear(2026, 'weekly' as 'monthly')).toThrow(RangeError);
  });
  it('state of a period on a date', () => {
    const march = periodsOfYear(2026, 'monthly')[2]!;
    expect(periodState(march, '2026-02-28')).toBe('future');
    expect(periodState(march, '2026-03-31')).toBe('running');
    expect(periodState(march, '2026-04-01')).toBe('ended');
  });
  it('deadline: 5 working days after the period ends, skipping holidays and joint leave', () => {
    const cal = buildCalendar({ timeZone: 'Asia/Jakarta' });
    const months = periodsOfYear(2026, 'monthly');
    // March 2026 ends on Tuesday the 31st; April 1–2 and 6–8 are working days (April 3 is Good Friday).
    expect(periodDeadline(months[2]!, cal).date).toBe('2026-04-08');
    // October 2026 ends on a Saturday: Nov 2–6.
    expect(periodDeadline(months[9]!, cal).date).toBe('2026-11-06');
    // December 2026 ends on Thursday the 31st; 2027 has no national list yet, so weekdays count, flagged.
    const december = periodDeadline(months[11]!, cal);
    expect(december).toMatchObject({ date: '2027-01-07', weekdaysOnly: true });
    expect(december.at.toISOString()).toBe('2027-01-07T16:59:59.999Z');
    expect(periodDeadline(months[10]!, cal).weekdaysOnly).toBe(false);
    // Another setting: 10 working days.
    expect(periodDeadline(months[9]!, cal, 10).date).toBe('2026-11-13');
    // Kupang (WITA): the same dates, its own end of day.
    const kupang = buildCalendar({ timeZone: 'Asia/Makassar' });
    expect(periodDeadline(months[9]!, kupang).at.toISOString()).toBe('2026-11-06T15:59:59.999Z');
  });
});
