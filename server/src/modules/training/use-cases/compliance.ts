import {
  complianceListQuerySchema,
  complianceQuerySchema,
  type EmployeeCompliance,
  jpCompliance,
  mandatoryApplies,
  minimumJpFor,
  summariseCompliance,
} from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Forbidden, NotFound, Unauthenticated } from '../../../platform/errors';
import { type PersonRef, peopleService } from '../../people/index';
import { TRAINING } from '../policy';
import { catalogRepo } from '../repository/catalog';
import { recordsRepo } from '../repository/records';
import { myEmployee, parseList, settingsOf, today, unitPaths, yearDates } from '../support';

export function yearOrCurrent(ctx: Ctx, year: number | undefined): number {
  return year ?? Number(today(ctx).slice(0, 4));
}

/**
 * JP of the year against each person's minimum (events completed that year, verified external training ended that
 * year) and, when asked, the mandatory programmes that apply to them and they never completed. `everyone` reads the
 * tenant's sums in one grouped scan instead of by ids.
 */
export async function complianceOf(
  ctx: Ctx,
  year: number,
  people: PersonRef[],
  options: { everyone?: boolean; mandatory?: boolean } = {},
): Promise<EmployeeCompliance[]> {
  const tenantId = requireTenant(ctx).id;
  const { from, to } = yearDates(year);
  const ids = people.map((p) => p.id);
  const settings = await settingsOf(ctx);
  const jp = await recordsRepo.jpByEmployee(ctx.db, tenantId, from, to, options.everyone ? undefined : ids);
  const mandatory =
    options.mandatory === false
      ? []
      : (await catalogRepo.programmes(ctx.db, tenantId, { activeOnly: true }))
          .map((p) => ({
            id: p.id,
            title: p.title,
            groups: parseList(p.mandatory_groups),
            unitIds: parseList(p.mandatory_unit_ids),
          }))
          .filter((p) => p.groups.length || p.unitIds.length);
  const [completed, paths] = mandatory.length
    ? await Promise.all([
        recordsRepo.completedProgrammes(
          ctx.db,
          tenantId,
          mandatory.map((p) => p.id),
          options.everyone ? undefined : ids,
        ),
        unitPaths(ctx),
      ])
    : [new Map<string, Set<string>>(), new Map<string, { path: string }>()];
  return people.map((p) => {
    const unitPath = p.unitId ? (paths.get(p.unitId)?.path ?? null) : null;
    const done = completed.get(p.id);
    return {
      employeeId: p.id,
      name: p.displayName,
      nip: p.nip,
      unitId: p.unitId,
      status: p.status,
      ...jpCompliance(jp.get(p.id) ?? 0, minimumJpFor(p.status, settings)),
      mandatoryMissing: mandatory
        .filter((m) => mandatoryApplies(m, { status: p.status, unitPath }) && !done?.has(m.id))
        .map((m) => ({ programmeId: m.id, title: m.title })),
    };
  });
}

/** PUBLIC: JP compliance of the year per unit and for the whole government: counts and shares, never names. */
export async function publicCompliance(ctx: Ctx, query: unknown) {
  const year = yearOrCurrent(ctx, complianceQuerySchema.parse(query).year);
  const people = await peopleService.activeEmployees(ctx);
  const rows = await complianceOf(ctx, year, people, { everyone: true, mandatory: false });
  const settings = await settingsOf(ctx);
  const byUnit = new Map<string, typeof rows>();
  for (const r of rows) if (r.unitId) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  const names = await unitPaths(ctx);
  return {
    year,
    minimumJpPns: settings.minimumJpPns,
    minimumJpPppk: settings.minimumJpPppk,
    tenant: summariseCompliance(rows),
    units: [...byUnit.entries()]
      .map(([unitId, members]) => ({
        unitId,
        unitName: names.get(unitId)?.name ?? '',
        ...summariseCompliance(members),
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'id')),
  };
}

/**
 * Employees' compliance for HR (the whole tenant or a unit) and unit admins (their units and the units below):
 * filtered to those below the minimum on request, paged, with the summary of the whole selection.
 */
export async function complianceList(ctx: Ctx, query: unknown) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, TRAINING.compliance);
  const f = complianceListQuerySchema.parse(query);
  const year = yearOrCurrent(ctx, f.year);
  let people = await peopleService.activeEmployees(ctx);
  if (f.unitId) {
    const paths = await unitPaths(ctx);
    if (!paths.has(f.unitId)) throw new NotFound();
    await ctx.access.assertVisible(ctx.actor, TRAINING.compliance, { tenantId: tenant.id, unitId: f.unitId });
    people = people.filter((p) => p.unitId && paths.get(p.unitId)?.path.includes(`/${f.unitId}/`));
  } else if (!(await ctx.access.can(ctx.actor, TRAINING.manage))) throw new Forbidden();
  let rows = await complianceOf(ctx, year, people, { everyone: !f.unitId });
  const summary = summariseCompliance(rows);
  if (f.below === 'true') rows = rows.filter((r) => !r.met);
  if (f.below === 'false') rows = rows.filter((r) => r.met);
  return {
    year,
    summary,
    items: f.format === 'csv' ? rows : rows.slice((f.page - 1) * f.pageSize, f.page * f.pageSize),
    total: rows.length,
  };
}

/** The CSV of a compliance list: one row per employee. */
export function complianceCsv(list: Awaited<ReturnType<typeof complianceList>>) {
  return {
    header: ['NIP', 'Nama', 'Status', 'JP', 'Minimum', 'Memenuhi', 'Kekurangan JP', 'Pelatihan wajib belum diikuti'],
    rows: list.items.map((r) => [
      r.nip,
      r.name,
      r.status,
      r.jp,
      r.minimum,
      r.met ? 'ya' : 'tidak',
      r.shortfall,
      r.mandatoryMissing.map((m) => m.title).join('; '),
    ]),
  };
}

/** A superior's team: the direct subordinates' JP of the year against their minimums. */
export async function teamCompliance(ctx: Ctx, query: unknown) {
  await ctx.access.assert(ctx.actor, TRAINING.team);
  const year = yearOrCurrent(ctx, complianceQuerySchema.parse(query).year);
  const me = await myEmployee(ctx);
  const team = await peopleService.activeEmployees(ctx, { ids: await peopleService.directSubordinates(ctx, me.id) });
  const rows = await complianceOf(ctx, year, team);
  return { year, summary: summariseCompliance(rows), items: rows, total: rows.length };
}
