import { displayName, type EmployeeListQuery } from '@lentera/common';
import { type Expression, type SelectQueryBuilder, sql } from 'kysely';
import { RevisionCache } from '../../../platform/bounded-map';
import type { Ctx } from '../../../platform/context';
import type { Database } from '../../../platform/db/schema';
import { Forbidden, NotFound } from '../../../platform/errors';
import { employeeSubject, loadNames, tenantToday } from '../context';
import { reportingChain } from '../derive';
import type { ExportedEmployee } from '../export-format';
import { PEOPLE } from '../policy';
import { type Names, presentDetail, presentSummary, SUMMARY_COLUMNS } from '../presenter';
import { peopleRepo, searchName } from '../repository';

/**
 * Paths end with '/': every path in a subtree lies in [path, path with its last '/' raised to '0').
 * A range uses the (tenant_id, unit_path) index, where LIKE 'path%' does not on SQLite.
 */
export const pathUpperBound = (path: string) => `${path.slice(0, -1)}0`;

type EmployeeQuery = SelectQueryBuilder<Database, 'people_employees', object>;

/** The unit subtrees an actor may list: all (hr_admin) or those of their unit_admin grants. */
async function listScope(ctx: Ctx, tenantId: string): Promise<string[] | 'all'> {
  const actor = ctx.actor;
  if (!actor) throw new Forbidden();
  if (actor.grants.some((g) => g.role === 'hr_admin')) return 'all';
  const unitIds = actor.grants.filter((g) => g.role === 'unit_admin').map((g) => g.unitId);
  if (unitIds.includes(null)) return 'all';
  if (unitIds.length === 0) throw new Forbidden();
  const units = await Promise.all(unitIds.map((id) => peopleRepo.unit(ctx.db, tenantId, id as string)));
  return units.filter((u) => u !== undefined).map((u) => u.path);
}

async function filtered(
  ctx: Ctx,
  query: Omit<EmployeeListQuery, 'page' | 'pageSize' | 'sort' | 'dir'>,
): Promise<EmployeeQuery> {
  const { tenant } = tenantToday(ctx);
  await ctx.access.assert(ctx.actor, PEOPLE.list);
  const scope = await listScope(ctx, tenant.id);
  let q = ctx.db.selectFrom('people_employees').where('people_employees.tenant_id', '=', tenant.id) as EmployeeQuery;
  if (scope !== 'all')
    q = q.where((eb) =>
      eb.or(
        scope.map((p) =>
          eb.and([eb('people_employees.unit_path', '>=', p), eb('people_employees.unit_path', '<', pathUpperBound(p))]),
        ),
      ),
    );
  if (query.employment !== 'all') q = q.where('people_employees.employment', '=', query.employment);
  if (query.unitId) {
    const unit = await peopleRepo.unit(ctx.db, tenant.id, query.unitId);
    if (!unit) throw new NotFound();
    q = query.includeSubunits
      ? q
          .where('people_employees.unit_path', '>=', unit.path)
          .where('people_employees.unit_path', '<', pathUpperBound(unit.path))
      : q.where('people_employees.unit_id', '=', unit.id);
  }
  if (query.positionKind) q = q.where('people_employees.position_kind', '=', query.positionKind);
  if (query.rank) q = q.where('people_employees.golongan', '=', query.rank);
  if (query.status) q = q.where('people_employees.status', '=', query.status);
  if (query.q) {
    // The query is normalised as the stored names are (case, accents, spaces), so "Kurniawán " finds "Kurniawan".
    const text = searchName(query.q);
    const digits = text.replace(/\s+/g, '');
    q = /^\d{3,}$/.test(digits)
      ? q.where('people_employees.nip', 'like', `${digits}%`)
      : q.where('people_employees.search_name', 'like', `%${text}%`);
  }
  return q;
}

const SORT_COLUMNS = {
  name: 'people_employees.search_name',
  nip: 'people_employees.nip',
  rank: 'people_employees.golongan',
  birthDate: 'people_employees.birth_date',
} as const;

/**
 * The sort keys of a list, most significant first: by unit means by the unit's name (then by name), not by its
 * place in the tree, which orders by ids nobody sees. The unit's name is looked up per row so that the same
 * expression works in the page query and in the query that reads the page.
 */
function sortKeys(sort: EmployeeListQuery['sort']): Array<Expression<unknown>> {
  if (sort !== 'unit') return [sql.ref(SORT_COLUMNS[sort])];
  const unitName = sql`coalesce((select people_units.name from people_units where people_units.tenant_id = people_employees.tenant_id and people_units.id = people_employees.unit_id), '')`;
  return [unitName, sql.ref('people_employees.search_name')];
}

function sorted<Q extends SelectQueryBuilder<Database, 'people_employees', object>>(
  q: Q,
  query: Pick<EmployeeListQuery, 'sort' | 'dir'>,
): Q {
  let out = q;
  for (const key of sortKeys(query.sort)) out = out.orderBy(key, query.dir) as Q;
  return out;
}

/**
 * Totals of recent list filters, each with the people revision it was counted at: paging through a list, or
 * the same filter asked again, reuses the count while no employee, unit or position was written (the revision
 * is raised by database triggers, so the total stays exact on every node). The key is the count's own SQL and
 * values, which include the tenant and the actor's reach.
 */
const counts = new RevisionCache<number>(1000);

async function exactCount(ctx: Ctx, tenantId: string, base: EmployeeQuery): Promise<number> {
  const query = base.select((eb) => eb.fn.countAll<number>().as('n'));
  const compiled = query.compile();
  const key = `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}`;
  const revision = await peopleRepo.revision(ctx.db, tenantId);
  return counts.get(key, revision, async () => Number((await query.executeTakeFirstOrThrow()).n));
}

export async function listEmployees(ctx: Ctx, query: EmployeeListQuery) {
  const { tenant } = tenantToday(ctx);
  const base = await filtered(ctx, query);
  // The page is chosen on (sort key, id) alone and only its 25 rows are read in full, with their unit and
  // position names joined: sorting a thousand whole rows, and loading every name of the tenant, cost more
  // than the rest of the request.
  const page = sorted(base.select(['people_employees.id as page_id']), query)
    .orderBy('people_employees.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .as('page');
  const [n, rows] = await Promise.all([
    exactCount(ctx, tenant.id, base),
    sorted(
      ctx.db
        .selectFrom(page)
        .innerJoin('people_employees', 'people_employees.id', 'page.page_id')
        .leftJoin('people_units', 'people_units.id', 'people_employees.unit_id')
        .leftJoin('people_positions', 'people_positions.id', 'people_employees.position_id')
        .select(SUMMARY_COLUMNS.map((c) => `people_employees.${c}` as const))
        .select(['people_units.name as unit_name', 'people_positions.name as position_name'])
        .where('people_employees.tenant_id', '=', tenant.id),
      query,
    )
      .orderBy('people_employees.id')
      .execute(),
  ]);
  const names: Names = { units: new Map(), positions: new Map() };
  for (const r of rows) {
    if (r.unit_id && r.unit_name !== null) names.units.set(r.unit_id, { name: r.unit_name });
    if (r.position_id && r.position_name !== null) names.positions.set(r.position_id, { name: r.position_name });
  }
  return {
    items: rows.map((r) => presentSummary(r, names)),
    total: Number(n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const EXPORT_LIMIT = 200_000;

/** Every employee matching the current filter, for CSV/XLSX export (no paging). */
export async function employeesForExport(ctx: Ctx, query: EmployeeListQuery): Promise<ExportedEmployee[]> {
  const { tenant } = tenantToday(ctx);
  const base = await filtered(ctx, query);
  const names = await loadNames(ctx.db, tenant.id);
  const rows = await sorted(base.selectAll('people_employees'), query)
    .orderBy('people_employees.id')
    .limit(EXPORT_LIMIT)
    .execute();
  return rows.map((r) => ({
    ...presentSummary(r, names),
    sex: r.sex,
    birthDate: r.birth_date,
    educationLevel: r.education_level,
  }));
}

export async function getEmployee(ctx: Ctx, employeeId: string) {
  const { tenant, today } = tenantToday(ctx);
  const employee = await peopleRepo.employee(ctx.db, tenant.id, employeeId);
  if (!employee) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, PEOPLE.read, await employeeSubject(ctx, employee));
  const [history, names, superior] = await Promise.all([
    peopleRepo.history(ctx.db, tenant.id, employeeId),
    loadNames(ctx.db, tenant.id),
    employee.superior_id ? peopleRepo.employee(ctx.db, tenant.id, employee.superior_id) : Promise.resolve(undefined),
  ]);
  return presentDetail(employee, names, history, superior, today);
}

/** The caller's own record (self-service). */
export async function myRecord(ctx: Ctx) {
  const { tenant } = tenantToday(ctx);
  if (!ctx.actor) throw new Forbidden();
  const me = await peopleRepo.employeeByAccount(ctx.db, tenant.id, ctx.actor.accountId);
  if (!me) throw new NotFound('employee_record_missing');
  return getEmployee(ctx, me.id);
}

/**
 * The caller's direct subordinates, as directory entries (name, position, unit): a supervisor's way into the
 * records the policy lets them read. Empty for someone who supervises nobody.
 */
export async function mySubordinates(ctx: Ctx) {
  const { tenant } = tenantToday(ctx);
  if (!ctx.actor) throw new Forbidden();
  const me = await peopleRepo.employeeByAccount(ctx.db, tenant.id, ctx.actor.accountId);
  if (!me) throw new NotFound('employee_record_missing');
  const ids = await peopleRepo.subordinatesOf(ctx.db, tenant.id, me.id);
  const [rows, names] = await Promise.all([
    Promise.all(ids.map((r) => peopleRepo.employee(ctx.db, tenant.id, r.id))),
    loadNames(ctx.db, tenant.id),
  ]);
  return rows
    .filter((e) => e !== undefined)
    .sort((a, b) => a.search_name.localeCompare(b.search_name))
    .map((e) => {
      const s = presentSummary(e, names);
      return { id: s.id, displayName: s.displayName, positionName: s.positionName, unitName: s.unitName };
    });
}

/** The employee and everyone above them up to the head of the region. */
export async function reportingLine(ctx: Ctx, employeeId: string) {
  const { tenant } = tenantToday(ctx);
  const employee = await peopleRepo.employee(ctx.db, tenant.id, employeeId);
  if (!employee) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, PEOPLE.read, await employeeSubject(ctx, employee));
  const names = await loadNames(ctx.db, tenant.id);
  const chain = await reportingChain(ctx.db, tenant.id, employeeId);
  return [employee, ...chain].map((e) => {
    const s = presentSummary(e, names);
    return { id: s.id, displayName: s.displayName, positionName: s.positionName, unitName: s.unitName };
  });
}

/** The internal directory: name, position and unit of active colleagues, for any staff member. */
export async function searchDirectory(
  ctx: Ctx,
  query: { q?: string; unitId?: string; page: number; pageSize: number },
) {
  const { tenant } = tenantToday(ctx);
  await ctx.access.assert(ctx.actor, PEOPLE.directory);
  let q = ctx.db.selectFrom('people_employees').where('tenant_id', '=', tenant.id).where('employment', '=', 'active');
  if (query.q) q = q.where('search_name', 'like', `%${searchName(query.q)}%`);
  if (query.unitId) {
    const unit = await peopleRepo.unit(ctx.db, tenant.id, query.unitId);
    if (!unit) throw new NotFound();
    q = q.where('unit_path', '>=', unit.path).where('unit_path', '<', pathUpperBound(unit.path));
  }
  const [{ n }, rows, names] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .select(['id', 'name', 'front_title', 'back_title', 'position_id', 'unit_id'])
      .orderBy('search_name')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    loadNames(ctx.db, tenant.id),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      displayName: displayName({ name: r.name, frontTitle: r.front_title, backTitle: r.back_title }),
      positionName: r.position_id ? (names.positions.get(r.position_id)?.name ?? null) : null,
      unitName: r.unit_id ? (names.units.get(r.unit_id)?.name ?? null) : null,
    })),
    total: Number(n),
    page: query.page,
    pageSize: query.pageSize,
  };
}
