/**
 * The people module's public door: other modules import only from here.
 * Who works where, in which position, and who their direct superior is.
 */

import { displayName } from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import { reportingChain } from './derive';
import { peopleRepo } from './repository';

export { peopleModule } from './module';
export { PEOPLE } from './policy';

export interface PersonRef {
  id: string;
  nip: string;
  displayName: string;
  unitId: string | null;
  positionId: string | null;
  superiorId: string | null;
  accountId: string | null;
  employment: string;
  /** CPNS, PNS or PPPK: the yearly JP minimum and some eligibility rules depend on it. */
  status: string;
  /** Work e-mail for notices (reminders), if recorded. */
  email: string | null;
}

function ref(e: Awaited<ReturnType<typeof peopleRepo.employee>>): PersonRef | null {
  if (!e) return null;
  return {
    id: e.id,
    nip: e.nip,
    displayName: displayName({ name: e.name, frontTitle: e.front_title, backTitle: e.back_title }),
    unitId: e.unit_id,
    positionId: e.position_id,
    superiorId: e.superior_id,
    accountId: e.account_id,
    employment: e.employment,
    status: e.status,
    email: e.email,
  };
}

const byName = new Intl.Collator('id');

export const peopleService = {
  /**
   * The tenant's people revision: raised by database triggers on every write to people's tables (migration
   * 1004), in the writer's transaction. Another module may key a cache of people's data on it (exact on every node).
   */
  revision(ctx: Ctx): Promise<number> {
    return peopleRepo.revision(ctx.db, requireTenant(ctx).id);
  },
  async employee(ctx: Ctx, employeeId: string): Promise<PersonRef | null> {
    return ref(await peopleRepo.employee(ctx.db, requireTenant(ctx).id, employeeId));
  },
  async employeeOfAccount(ctx: Ctx, accountId: string): Promise<PersonRef | null> {
    return ref(await peopleRepo.employeeByAccount(ctx.db, requireTenant(ctx).id, accountId));
  },
  async directSubordinates(ctx: Ctx, employeeId: string): Promise<string[]> {
    return (await peopleRepo.subordinatesOf(ctx.db, requireTenant(ctx).id, employeeId)).map((r) => r.id);
  },
  async superiorsOf(ctx: Ctx, employeeId: string): Promise<PersonRef[]> {
    return (await reportingChain(ctx.db, requireTenant(ctx).id, employeeId)).map((e) => ref(e)!);
  },
  /** The head of a unit (the holder of its head position), if the post is filled. */
  async headOfUnit(ctx: Ctx, unitId: string): Promise<PersonRef | null> {
    const tenantId = requireTenant(ctx).id;
    const head = await ctx.db
      .selectFrom('people_employees')
      .innerJoin('people_positions', 'people_positions.id', 'people_employees.position_id')
      .selectAll('people_employees')
      .where('people_employees.tenant_id', '=', tenantId)
      .where('people_positions.unit_id', '=', unitId)
      .where('people_positions.is_head', '=', 1)
      .where('people_employees.employment', '=', 'active')
      .executeTakeFirst();
    return ref(head);
  },
  /** Active employees (optionally only these ids), in one query: for dashboards and review inboxes. */
  async activeEmployees(ctx: Ctx, options: { ids?: string[]; unitId?: string } = {}): Promise<PersonRef[]> {
    if (options.ids && options.ids.length === 0) return [];
    let query = ctx.db
      .selectFrom('people_employees')
      .selectAll()
      .where('tenant_id', '=', requireTenant(ctx).id)
      .where('employment', '=', 'active');
    if (options.ids) query = query.where('id', 'in', options.ids);
    if (options.unitId) {
      // Those directly in the unit share its path: the (tenant_id, unit_path) index finds them.
      const unit = await peopleRepo.unit(ctx.db, requireTenant(ctx).id, options.unitId);
      if (!unit) return [];
      query = query.where('unit_path', '=', unit.path).where('unit_id', '=', options.unitId);
      const rows = (await query.execute()).map((e) => ref(e)!);
      return rows.sort((a, b) => byName.compare(a.displayName, b.displayName));
    }
    // By ids, only through the primary key: with the tenant in the same WHERE, SQLite's planner walks a
    // (tenant_id, ...) index over the whole tenant instead. The tenant is checked on the rows found.
    if (options.ids) {
      const tenantId = requireTenant(ctx).id;
      const rows = await ctx.db.selectFrom('people_employees').selectAll().where('id', 'in', options.ids).execute();
      return rows
        .filter(
          (e) =>
            e.tenant_id === tenantId && e.employment === 'active' && (!options.unitId || e.unit_id === options.unitId),
        )
        .map((e) => ref(e)!)
        .sort((a, b) => byName.compare(a.displayName, b.displayName));
    }
    return (await query.orderBy('search_name').execute()).map((e) => ref(e)!);
  },
  /** Active employees per unit (unit id, or null for those without one): for dashboards. */
  async headcountByUnit(ctx: Ctx): Promise<Map<string | null, number>> {
    const rows = await ctx.db
      .selectFrom('people_employees')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', requireTenant(ctx).id)
      .where('employment', '=', 'active')
      .groupBy('unit_id')
      .execute();
    return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
  },
  /** Every unit of the tenant with its path of ancestor ids ('/root/.../unit/'). */
  async units(ctx: Ctx) {
    const rows = await ctx.db
      .selectFrom('people_units')
      .select(['id', 'code', 'name', 'type', 'parent_id', 'path', 'closed_on'])
      .where('tenant_id', '=', requireTenant(ctx).id)
      .orderBy('path')
      .execute();
    return rows.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      type: u.type,
      parentId: u.parent_id,
      path: u.path,
      closed: u.closed_on !== null,
    }));
  },
  async unit(ctx: Ctx, unitId: string) {
    const u = await peopleRepo.unit(ctx.db, requireTenant(ctx).id, unitId);
    return u
      ? { id: u.id, code: u.code, name: u.name, type: u.type, parentId: u.parent_id, closed: u.closed_on !== null }
      : null;
  },
};
