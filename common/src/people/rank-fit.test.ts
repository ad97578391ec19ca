import { describe, expect, it } from 'vitest';
import { GOLONGAN_CODES, PPPK_GRADE_CODES, rankFitsPosition, rankRangeFor } from './index';

describe('rankFitsPosition', () => {
  it.each([
    // The complaint that started it: a IV/a employee as Ahli Pertama.
    ['IV/a', 'fungsional_keahlian', 'ahli_pertama', 'PNS', false],
    ['III/a', 'fungsional_keahlian', 'ahli_pertama', 'PNS', true],
    ['III/b', 'fungsional_keahlian', 'ahli_pertama', 'CPNS', true],
    ['III/c', 'fungsional_keahlian', 'ahli_pertama', 'PNS', false],
    ['III/c', 'fungsional_keahlian', 'ahli_muda', 'PNS', true],
    ['III/d', 'fungsional_keahlian', 'ahli_muda', 'PNS', true],
    ['IV/a', 'fungsional_keahlian', 'ahli_muda', 'PNS', false],
    ['IV/a', 'fungsional_keahlian', 'ahli_madya', 'PNS', true],
    ['IV/c', 'fungsional_keahlian', 'ahli_madya', 'PNS', true],
    ['IV/d', 'fungsional_keahlian', 'ahli_madya', 'PNS', false],
    ['IV/d', 'fungsional_keahlian', 'ahli_utama', 'PNS', true],
    ['II/a', 'fungsional_keterampilan', 'pemula', 'PNS', true],
    ['II/b', 'fungsional_keterampilan', 'pemula', 'PNS', false],
    ['II/c', 'fungsional_keterampilan', 'terampil', 'PNS', true],
    ['III/b', 'fungsional_keterampilan', 'mahir', 'PNS', true],
    ['III/c', 'fungsional_keterampilan', 'mahir', 'PNS', false],
    ['III/d', 'fungsional_keterampilan', 'penyelia', 'PNS', true],
    ['IV/a', 'fungsional_keterampilan', 'penyelia', 'PNS', false],
    // A level of the other category is no fit.
    ['III/a', 'fungsional_keahlian', 'mahir', 'PNS', false],
    ['IV/c', 'jpt_pratama', null, 'PNS', true],
    ['IV/d', 'jpt_pratama', null, 'PNS', true],
    ['IV/b', 'jpt_pratama', null, 'PNS', false],
    ['IV/e', 'jpt_pratama', null, 'PNS', false],
    ['III/d', 'administrator', null, 'PNS', true],
    ['IV/b', 'administrator', null, 'PNS', true],
    ['III/c', 'administrator', null, 'PNS', false],
    ['IV/c', 'administrator', null, 'PNS', false],
    ['III/b', 'pengawas', null, 'PNS', true],
    ['III/d', 'pengawas', null, 'PNS', true],
    ['III/a', 'pengawas', null, 'PNS', false],
    ['IV/a', 'pengawas', null, 'PNS', false],
    ['II/a', 'pelaksana', null, 'PNS', true],
    ['III/b', 'pelaksana', null, 'PNS', true],
    ['I/c', 'pelaksana', null, 'PNS', true],
    ['III/c', 'pelaksana', null, 'PNS', false],
    ['IV/a', 'pelaksana', null, 'PNS', false],
    // PPPK: grades, never golongan, never a structural post.
    ['IX', 'fungsional_keahlian', 'ahli_pertama', 'PPPK', true],
    ['XI', 'fungsional_keahlian', 'ahli_pertama', 'PPPK', false],
    ['XI', 'fungsional_keahlian', 'ahli_muda', 'PPPK', true],
    ['VII', 'fungsional_keterampilan', 'terampil', 'PPPK', true],
    ['V', 'pelaksana', null, 'PPPK', true],
    ['III/a', 'fungsional_keahlian', 'ahli_pertama', 'PPPK', false],
    ['IX', 'fungsional_keahlian', 'ahli_pertama', 'PNS', false],
    ['XIII', 'administrator', null, 'PPPK', false],
    // A functional post recorded without its level takes any level of its category.
    ['IV/b', 'fungsional_keahlian', null, 'PNS', true],
    ['II/a', 'fungsional_keahlian', null, 'PNS', false],
    ['unknown', 'pelaksana', null, 'PNS', false],
    ['III/a', 'unknown_kind', null, 'PNS', false],
  ] as const)('%s as %s %s (%s): %s', (rank, kind, level, status, fits) => {
    expect(rankFitsPosition(rank, { kind, level }, status)).toBe(fits);
  });

  it('gives every kind and level of position a range whose ends are real ranks in order', () => {
    const kinds: Array<[string, string | null]> = [
      ['jpt_utama', null],
      ['jpt_madya', null],
      ['jpt_pratama', null],
      ['administrator', null],
      ['pengawas', null],
      ['pelaksana', null],
      ...['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'].map(
        (l) => ['fungsional_keahlian', l] as [string, string],
      ),
      ...['pemula', 'terampil', 'mahir', 'penyelia'].map((l) => ['fungsional_keterampilan', l] as [string, string]),
    ];
    for (const [kind, level] of kinds) {
      const range = rankRangeFor({ kind, level }, 'PNS');
      expect(range, `${kind} ${level}`).toBeDefined();
      const codes: readonly string[] = GOLONGAN_CODES;
      expect(codes.indexOf(range!.lowest)).toBeGreaterThanOrEqual(0);
      expect(codes.indexOf(range!.highest)).toBeGreaterThanOrEqual(codes.indexOf(range!.lowest));
      if (kind.startsWith('fungsional') || kind === 'pelaksana') {
        const pppk = rankRangeFor({ kind, level }, 'PPPK')!;
        const grades: readonly string[] = PPPK_GRADE_CODES;
        expect(grades.indexOf(pppk.highest)).toBeGreaterThanOrEqual(grades.indexOf(pppk.lowest));
        expect(grades.indexOf(pppk.lowest)).toBeGreaterThanOrEqual(0);
      } else expect(rankRangeFor({ kind, level }, 'PPPK')).toBeUndefined();
    }
  });
});
