import { AGE_BANDS, golonganByCode, type WorkforceStats } from '@lentera/common';
import type { Ctx } from '../../../platform/context';
import { tenantToday } from '../context';
import { peopleRepo } from '../repository';
import { loadUnitTree } from './manage-units';

/** "III/a" → "III"; PPPK grades are grouped as "PPPK". */
function rankGroup(status: string, rank: string | null): string {
  if (status === 'PPPK') return 'PPPK';
  if (!rank) return '-';
  return golonganByCode(rank)?.code.split('/')[0] ?? '-';
}

/** The lowest age of each band: '<25' → 0, '25-34' → 25, '55+' → 55. */
const bandFloor = (band: string) => (band.startsWith('<') ? 0 : Number.parseInt(band, 10));

/**
 * Who is `years` old or more today: born on or before this date. Comparing 'YYYY-MM-DD' strings gives
 * the same answer as `wholeYearsBetween` (a 29 February birthday turns a year older on 1 March).
 */
export function bornOnOrBefore(today: string, years: number): string {
  const year = Number(today.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}${today.slice(4)}`;
}

/**
 * The last answer per tenant, with the people revision and the local date it was computed for. The revision
 * is raised by database triggers on every write to employees, units and positions (on any node), and the age
 * bands move with the date, so an answer is reused only while both are unchanged: always exact.
 */
const cache = new Map<string, { revision: number; today: string; stats: WorkforceStats }>();

/**
 * Public workforce statistics: the structure with heads of units (public officials' names are
 * public) and counts by unit, status, rank group, education, sex and age band. No NIP, birth date,
 * contact or address ever leaves here. Reused while the tenant's people revision and date are unchanged;
 * otherwise aggregated in the database in two passes over indexes (the counts by every dimension at once,
 * and the unit tree with its headcounts), about 0.1 s at 100,000 employees.
 */
export async function workforceStats(ctx: Ctx): Promise<WorkforceStats> {
  const { tenant, today } = tenantToday(ctx);
  // Read before computing: a write that lands meanwhile raises the revision, so the next request recomputes.
  const revision = await peopleRepo.revision(ctx.db, tenant.id);
  const cached = cache.get(tenant.id);
  if (cached && cached.revision === revision && cached.today === today && cached.stats.tenant === tenant.slug)
    return cached.stats;
  const stats = await computeWorkforceStats(ctx);
  cache.set(tenant.id, { revision, today, stats });
  return stats;
}

async function computeWorkforceStats(ctx: Ctx): Promise<WorkforceStats> {
  const { tenant, today } = tenantToday(ctx);
  const cutoffs = AGE_BANDS.filter((b) => bandFloor(b) > 0)
    .map((band) => ({ band, bornOnOrBefore: bornOnOrBefore(today, bandFloor(band)) }))
    .reverse();
  const [units, counts] = await Promise.all([
    loadUnitTree(ctx, tenant.id),
    peopleRepo.workforceCounts(ctx.db, tenant.id, cutoffs, AGE_BANDS[0]),
  ]);
  const add = (record: Record<string, number>, key: string, n: number) => {
    record[key] = (record[key] ?? 0) + n;
  };
  const byStatus: Record<string, number> = {};
  const byRankGroup: Record<string, number> = {};
  const education: Record<string, number> = {};
  const sex: Record<string, number> = {};
  const ages: Record<string, number> = Object.fromEntries(AGE_BANDS.map((b) => [b, 0]));
  let total = 0;
  for (const r of counts) {
    const n = Number(r.n);
    total += n;
    add(byStatus, r.status, n);
    add(byRankGroup, rankGroup(r.status, r.golongan), n);
    add(education, r.education_level ?? '-', n);
    add(sex, r.sex, n);
    add(ages, r.age_band, n);
  }
  return {
    tenant: tenant.slug,
    asOf: today,
    total,
    units: units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      type: u.type,
      parentId: u.parentId,
      headName: u.head?.name ?? null,
      headPosition: u.head?.position ?? null,
      headcount: u.headcount,
    })),
    byStatus,
    byRankGroup,
    byEducation: education,
    bySex: sex,
    byAgeBand: ages,
  };
}
