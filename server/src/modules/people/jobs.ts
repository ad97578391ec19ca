import { localDate } from '@lentera/common';
import type { Services } from '../../platform/context';
import type { JobDefinition } from '../../platform/jobs/runner';
import { listTenants } from '../../platform/tenancy/repository';
import { rederiveEmployee, resolveReportingLines } from './derive';

/**
 * A decree dated in the future (TMT next month) changes the current record on its day: every hour the
 * employees with an entry taking effect in the last three days are re-derived (idempotent, so running
 * on several nodes or twice changes nothing more).
 */
export async function applyChangesTakingEffect(services: Services): Promise<number> {
  let changed = 0;
  for (const tenant of await listTenants(services.db)) {
    const today = localDate(services.clock.now(), tenant.timeZone);
    const since = localDate(new Date(services.clock.now().getTime() - 3 * 86_400_000), tenant.timeZone);
    const due = await services.db
      .selectFrom('people_history')
      .select('employee_id')
      .distinct()
      .where('tenant_id', '=', tenant.id)
      .where('tmt', '>', since)
      .where('tmt', '<=', today)
      .execute();
    if (due.length === 0) continue;
    await services.db.transaction().execute(async (trx) => {
      for (const row of due) await rederiveEmployee(trx, tenant.id, row.employee_id, today);
      await resolveReportingLines(trx, tenant.id);
    });
    changed += due.length;
  }
  return changed;
}

export function peopleJobs(services: Services): JobDefinition[] {
  return [
    { name: 'people.apply-changes-taking-effect', everyMs: 3600_000, run: () => applyChangesTakingEffect(services) },
  ];
}
