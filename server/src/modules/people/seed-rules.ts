import { golonganByCode, pppkGradeByCode, rankRangeFor } from '@lentera/common';
import type { PositionsTable } from './repository';

// How the demo population's ranks follow from education and service, and which posts they fit.

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
// Levels in GOLONGAN_CODES order (1 = I/a ... 9 = III/a ... 17 = IV/e): the rank a new CPNS starts at by education.
export const START_RANK: Record<string, number> = { SMA: 5, D3: 7, S1: 9, S2: 10, S3: 11 };
/**
 * The highest rank a regular promotion reaches by education (PP 99/2000): SLTA III/b, D-III III/c, S1 III/d,
 * S2 IV/a, S3 IV/b. Beyond it only a structural post (kenaikan pangkat pilihan) lifts a PNS.
 */
export const REGULAR_CEILING: Record<string, number> = { SMA: 10, D3: 11, S1: 12, S2: 13, S3: 14 };
export const PPPK_GRADE: Record<string, string> = { SMA: 'V', D3: 'VII', S1: 'IX', S2: 'X', S3: 'XI' };

/** The usual ranks of a position as levels (golongan 1-17, or PPPK grade 1-17); undefined where none fits. */
export function levelsOf(position: PositionsTable, status: string): [number, number] | undefined {
  const range = rankRangeFor({ kind: position.kind, level: position.fungsional_level }, status);
  if (!range) return undefined;
  const level = (code: string) => (status === 'PPPK' ? pppkGradeByCode(code)?.level : golonganByCode(code)?.level) ?? 0;
  return [level(range.lowest), level(range.highest)];
}

/** Who may hold a post by education: functional experts are graduates; SMA holds pelaksana and junior skilled posts. */
export function educationAllows(position: PositionsTable, education: string): boolean {
  const graduate = education === 'S1' || education === 'S2' || education === 'S3';
  switch (position.kind) {
    case 'fungsional_keahlian':
    case 'administrator':
      return graduate;
    case 'fungsional_keterampilan':
      return (
        education === 'D3' || (education === 'SMA' && ['pemula', 'terampil'].includes(position.fungsional_level ?? ''))
      );
    case 'pengawas':
      return graduate || education === 'D3';
    default:
      return true;
  }
}

/** A jabatan fungsional's family: "Pranata Komputer Ahli Muda" belongs with "Pranata Komputer Ahli Pertama". */
export const familyOf = (p: PositionsTable) =>
  p.fungsional_level
    ? p.name.replace(/ (Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama|Pemula|Terampil|Mahir|Penyelia)$/, '')
    : p.name;

/** Picks a staff post in a unit for the rank a person has reached by now, and the rank that post lets them hold. */
export function staffPostPicker(deps: {
  positionsByUnit: Map<string, PositionsTable[]>;
  /** Posts held by one person (a Kepala Subbagian) that are taken. */
  filledSingles: Set<string>;
  /** A unit's own posts (teachers in a school), drawn more often than the common ones. */
  ownPostsOf: (unitId: string) => Set<string> | undefined;
  random: () => number;
}) {
  const { positionsByUnit, filledSingles, ownPostsOf, random } = deps;
  return (unitId: string, status: string, education: string, natural: number, start: number, male: boolean) => {
    const options: Array<{ p: PositionsTable; hi: number; w: number }> = [];
    const own = ownPostsOf(unitId);
    for (const p of positionsByUnit.get(unitId) ?? []) {
      if (p.is_head || filledSingles.has(p.id) || !educationAllows(p, education)) continue;
      if (male && p.name.startsWith('Bidan ')) continue;
      if ((p.kind === 'pengawas' || p.kind === 'administrator') && status !== 'PNS') continue;
      const range = levelsOf(p, status);
      if (!range || range[0] > natural || range[1] < start) continue;
      options.push({ p, hi: range[1], w: own?.has(p.name) ? 4 : 1 });
    }
    const exact = options.filter((o) => o.hi >= natural);
    const best = exact.length ? exact : options.filter((o) => o.hi === Math.max(...options.map((x) => x.hi)));
    let r = random() * best.reduce((a, o) => a + o.w, 0);
    const chosen =
      best.find((o) => {
        r -= o.w;
        return r <= 0;
      }) ?? best[0];
    return chosen ? { position: chosen.p, level: Math.min(natural, chosen.hi) } : undefined;
  };
}
