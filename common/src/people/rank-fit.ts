/**
 * Which ranks plausibly hold which kind of position. Sources: PP 11/2017 as amended by PP 17/2020 (the lowest
 * pangkat for JPT, administrator and pengawas posts), PermenPANRB 1/2023 and its predecessors (the pangkat of
 * each level of jabatan fungsional), PP 99/2000 (the ceiling of regular promotion by education, which bounds a
 * pelaksana), Perpres 98/2020 and KepmenPANRB 76/2022 (the PPPK grade of each level).
 *
 * Used to check data (the demo population, imports) and to warn, never to refuse a record: a real decree may
 * place someone outside the usual range for a while (an acting head, a rank kept after a move).
 */
import {
  FUNGSIONAL_LEVEL_CODES,
  type FungsionalLevelCode,
  golonganByCode,
  type JabatanKind,
  pppkGradeByCode,
} from './ranks';

/** A position as far as the rule needs it: its kind and, for a jabatan fungsional, its level. */
export interface PositionRank {
  kind: JabatanKind | string;
  level?: FungsionalLevelCode | string | null;
}

type Range = readonly [lowest: string, highest: string];

/** PNS golongan/ruang per kind of position, and per level of jabatan fungsional. */
export const PNS_RANK_RANGES: Readonly<Record<string, Range>> = Object.freeze({
  jpt_utama: ['IV/d', 'IV/e'],
  jpt_madya: ['IV/c', 'IV/e'],
  jpt_pratama: ['IV/c', 'IV/d'],
  administrator: ['III/d', 'IV/b'],
  pengawas: ['III/b', 'III/d'],
  // Golongan I (recruited with SD or SMP) can hold only a pelaksana post; SLTA's promotion ceiling is III/b.
  pelaksana: ['I/a', 'III/b'],
  ahli_pertama: ['III/a', 'III/b'],
  ahli_muda: ['III/c', 'III/d'],
  ahli_madya: ['IV/a', 'IV/c'],
  ahli_utama: ['IV/d', 'IV/e'],
  pemula: ['II/a', 'II/a'],
  terampil: ['II/b', 'II/d'],
  mahir: ['III/a', 'III/b'],
  penyelia: ['III/c', 'III/d'],
  // A jabatan fungsional recorded without its level: any level of its category.
  fungsional_keahlian: ['III/a', 'IV/e'],
  fungsional_keterampilan: ['II/a', 'III/d'],
});

/** PPPK grades per kind of position and level; PPPK hold no structural (JPT, administrator, pengawas) post. */
export const PPPK_GRADE_RANGES: Readonly<Record<string, Range>> = Object.freeze({
  pelaksana: ['IV', 'IX'],
  ahli_pertama: ['IX', 'X'],
  ahli_muda: ['XI', 'XII'],
  ahli_madya: ['XIII', 'XIV'],
  ahli_utama: ['XV', 'XVII'],
  pemula: ['V', 'VI'],
  terampil: ['VII', 'VII'],
  mahir: ['VIII', 'VIII'],
  penyelia: ['IX', 'X'],
  fungsional_keahlian: ['IX', 'XVII'],
  fungsional_keterampilan: ['V', 'X'],
});

const FUNGSIONAL_KINDS: Record<string, readonly string[]> = {
  fungsional_keahlian: FUNGSIONAL_LEVEL_CODES.keahlian,
  fungsional_keterampilan: FUNGSIONAL_LEVEL_CODES.keterampilan,
};

function rangeKey(position: PositionRank): string | undefined {
  const levels = FUNGSIONAL_KINDS[position.kind];
  if (!levels) return position.kind;
  if (!position.level) return position.kind;
  return levels.includes(position.level) ? position.level : undefined;
}

/**
 * The usual range of ranks for a position, as codes: `{ lowest: 'III/a', highest: 'III/b' }` for an Ahli
 * Pertama PNS, `{ lowest: 'IX', highest: 'X' }` for an Ahli Pertama PPPK. Undefined where no rank fits (a
 * structural post for a PPPK, a level of another category, an unknown kind).
 */
export function rankRangeFor(
  position: PositionRank,
  status: 'PNS' | 'CPNS' | 'PPPK' | string,
): { lowest: string; highest: string } | undefined {
  const key = rangeKey(position);
  const range = key ? (status === 'PPPK' ? PPPK_GRADE_RANGES : PNS_RANK_RANGES)[key] : undefined;
  return range ? { lowest: range[0], highest: range[1] } : undefined;
}

/**
 * Whether a rank (PNS/CPNS golongan such as 'III/c', PPPK grade such as 'XI') is a usual one for the position.
 * A golongan given for a PPPK or a grade for a PNS never fits.
 */
export function rankFitsPosition(
  rank: string,
  position: PositionRank,
  status: 'PNS' | 'CPNS' | 'PPPK' | string,
): boolean {
  const range = rankRangeFor(position, status);
  if (!range) return false;
  if (status === 'PPPK') {
    const grade = pppkGradeByCode(rank);
    const lowest = pppkGradeByCode(range.lowest);
    const highest = pppkGradeByCode(range.highest);
    return !!grade && !!lowest && !!highest && grade.level >= lowest.level && grade.level <= highest.level;
  }
  const golongan = golonganByCode(rank);
  const lowest = golonganByCode(range.lowest);
  const highest = golonganByCode(range.highest);
  return !!golongan && !!lowest && !!highest && golongan.level >= lowest.level && golongan.level <= highest.level;
}
