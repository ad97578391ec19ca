import { localDate } from '@lentera/common';
import type { Ctx } from '../../platform/context';
import { requireTenant } from '../../platform/context';
import type { DbOrTx } from '../../platform/db/database';
import { reportingChain } from './derive';
import type { EmployeeSubject } from './policy';
import type { Names } from './presenter';
import { type EmployeesTable, peopleRepo } from './repository';

/** The tenant, and today's date in the tenant's own time zone (TMT dates are local dates). */
export function tenantToday(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  return { tenant, today: localDate(ctx.clock.now(), tenant.timeZone) };
}

export async function loadNames(db: DbOrTx, tenantId: string): Promise<Names> {
  const [units, positions] = await Promise.all([
    db.selectFrom('people_units').select(['id', 'name']).where('tenant_id', '=', tenantId).execute(),
    db.selectFrom('people_positions').select(['id', 'name']).where('tenant_id', '=', tenantId).execute(),
  ]);
  return { units: new Map(units.map((u) => [u.id, u])), positions: new Map(positions.map((p) => [p.id, p])) };
}

export async function employeeSubject(ctx: Ctx, employee: EmployeesTable): Promise<EmployeeSubject> {
  const tenant = requireTenant(ctx);
  const me = ctx.actor ? await peopleRepo.employeeByAccount(ctx.db, tenant.id, ctx.actor.accountId) : undefined;
  const chain = me ? (await reportingChain(ctx.db, tenant.id, employee.id)).map((e) => e.id) : [];
  return {
    tenantId: tenant.id,
    unitId: employee.unit_id,
    unitPath: employee.unit_path,
    accountId: employee.account_id,
    superiorChain: chain,
    actorEmployeeId: me?.id ?? null,
  };
}

export const actorLabel = (ctx: Ctx) => ctx.actor?.name ?? 'system';
