import { AGE_BANDS, ageBand, golonganByCode, type WorkforceStats, wholeYearsBetween } from '@lentera/common';
import type { Ctx } from '../../../platform/context';
import { tenantToday } from '../context';
import { loadUnitTree } from './manage-units';

/** "III/a" → "III"; PPPK grades are grouped as "PPPK". */
function rankGroup(status: string, rank: string | null): string {
  if (status === 'PPPK') return 'PPPK';
  if (!rank) return '-';
  return golonganByCode(rank)?.code.split('/')[0] ?? '-';
}

/**
 * Public workforce statistics: the structure with heads of units (public officials' names are
 * public) and counts by unit, status, rank group, education, sex and age band. No NIP, birth date,
 * contact or address ever leaves here. Aggregated in the database, so it stays fast at 100,000.
 */
export async function workforceStats(ctx: Ctx): Promise<WorkforceStats> {
  const { tenant, today } = tenantToday(ctx);
  const active = ctx.db
    .selectFrom('people_employees')
    .where('tenant_id', '=', tenant.id)
    .where('employment', '=', 'active');
  const [units, byStatusRank, byEducation, bySex, byBirthYear] = await Promise.all([
    loadUnitTree(ctx, tenant.id),
    active
      .select(['status', 'golongan', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['status', 'golongan'])
      .execute(),
    active
      .select(['education_level', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('education_level')
      .execute(),
    active
      .select(['sex', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('sex')
      .execute(),
    active
      .select(['birth_date', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('birth_date')
      .execute(),
  ]);
  const add = (record: Record<string, number>, key: string, n: number) => {
    record[key] = (record[key] ?? 0) + n;
  };
  const byStatus: Record<string, number> = {};
  const byRankGroup: Record<string, number> = {};
  for (const r of byStatusRank) {
    add(byStatus, r.status, Number(r.n));
    add(byRankGroup, rankGroup(r.status, r.golongan), Number(r.n));
  }
  const education: Record<string, number> = {};
  for (const r of byEducation) add(education, r.education_level ?? '-', Number(r.n));
  const sex: Record<string, number> = {};
  for (const r of bySex) add(sex, r.sex, Number(r.n));
  const ages: Record<string, number> = Object.fromEntries(AGE_BANDS.map((b) => [b, 0]));
  for (const r of byBirthYear) add(ages, ageBand(wholeYearsBetween(r.birth_date, today)), Number(r.n));
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
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
