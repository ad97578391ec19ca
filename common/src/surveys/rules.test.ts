import { describe, expect, it } from 'vitest';
import {
  ELEMENT_CODES,
  gradeOf,
  indexFromSums,
  krejcieMorgan,
  SURVEY_ELEMENTS,
  semesterDates,
  semesterOf,
} from './rules';

const sums = (values: number[]) => Object.fromEntries(ELEMENT_CODES.map((c, i) => [c, values[i] ?? 0])) as never;

describe('SKM rules (PermenPANRB 14/2017)', () => {
  it('has nine elements, each with four answers', () => {
    expect(SURVEY_ELEMENTS.map((e) => e.code)).toEqual([...ELEMENT_CODES]);
    for (const e of SURVEY_ELEMENTS) expect(e.answers).toHaveLength(4);
  });

  it.each([
    [100, 80],
    [1000, 278],
    [0, 0],
    [10, 10],
    [50, 44],
  ])('Krejcie–Morgan for N=%i is %i', (n, s) => expect(krejcieMorgan(n)).toBe(s));

  it.each([
    [10000, 'A'],
    [8831, 'A'],
    [8830, 'B'],
    [7661, 'B'],
    [7660, 'C'],
    [6500, 'C'],
    [6499, 'D'],
    [2500, 'D'],
  ])('converted %i/100 is grade %s', (h, g) => expect(gradeOf(h)).toBe(g));

  it('computes a worked example by hand: 4 respondents', () => {
    // Answers per element summed over 4 respondents: U1 13, U2 12, U3 10, U4 16, U5 12, U6 13, U7 14, U8 11, U9 12.
    const figures = indexFromSums(sums([13, 12, 10, 16, 12, 13, 14, 11, 12]), 4);
    // Σ = 113; IKM = 113/36 = 3.13888…; converted = 78.4722… → 78.47, grade B.
    expect(figures?.nrr.U1).toBe(3.25);
    expect(figures?.ikm).toBeCloseTo(3.138888, 5);
    expect(figures?.converted).toBe(78.47);
    expect(figures?.grade).toBe('B');
  });

  it('rounds half up exactly at the grade boundary', () => {
    // Σ = 3179.16 would be needed for 88.31 with n=1; with n=9 answers summing to 286: 25·286/81 = 88.2716 → 88.27.
    expect(indexFromSums(sums([32, 32, 32, 32, 32, 32, 32, 31, 31]), 9)?.converted).toBe(88.27);
    expect(indexFromSums(sums([1, 1, 1, 1, 1, 1, 1, 1, 1]), 1)).toMatchObject({ converted: 25, grade: 'D' });
    expect(indexFromSums(sums([4, 4, 4, 4, 4, 4, 4, 4, 4]), 1)).toMatchObject({ converted: 100, grade: 'A' });
    expect(indexFromSums(sums([0, 0, 0, 0, 0, 0, 0, 0, 0]), 0)).toBeNull();
  });

  it('places dates in semesters', () => {
    expect(semesterOf('2026-06-30')).toBe('2026-S1');
    expect(semesterOf('2026-07-01')).toBe('2026-S2');
    expect(semesterDates('2026-S2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });
});
