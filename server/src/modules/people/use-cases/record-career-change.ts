import { type CareerEntryInput, careerEntrySchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, transaction } from '../../../platform/context';
import { Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { actorLabel, employeeSubject, tenantToday } from '../context';
import { rederiveEmployee, resolveReportingLines } from '../derive';
import { PEOPLE } from '../policy';
import { type EmployeesTable, peopleRepo } from '../repository';
import { checkRank } from '../rules';

/**
 * Records a dated change of position, unit, rank, status or employment with its SK number and TMT.
 * The current record is then re-derived from the whole history, so back-dated entries slot in.
 */
export async function recordCareerChange(
  ctx: Ctx,
  employeeId: string,
  input: CareerEntryInput,
): Promise<EmployeesTable> {
  const { tenant, today } = tenantToday(ctx);
  const data = careerEntrySchema.parse(input);
  return transaction(ctx, async (tx) => {
    const employee = await peopleRepo.employee(tx.db, tenant.id, employeeId);
    if (!employee) throw new NotFound();
    await tx.access.assertVisible(tx.actor, PEOPLE.read, await employeeSubject(tx, employee));
    await tx.access.assert(tx.actor, PEOPLE.manage, {
      tenantId: tenant.id,
      unitId: employee.unit_id,
      unitPath: employee.unit_path,
    });
    const position = data.positionId ? await peopleRepo.position(tx.db, tenant.id, data.positionId) : undefined;
    if (data.positionId && !position)
      throw new Invalid('position_unknown', {}, [{ path: 'positionId', code: 'position_unknown' }]);
    // A transfer needs authority over the destination too: a unit admin cannot move someone out of their subtree.
    if (position) {
      const destination = await peopleRepo.unit(tx.db, tenant.id, position.unit_id);
      await tx.access.assert(tx.actor, PEOPLE.manage, {
        tenantId: tenant.id,
        unitId: position.unit_id,
        unitPath: destination?.path ?? null,
      });
    }
    if (data.rank) {
      const problem = checkRank(data.status ?? employee.status, data.rank, tx.lang);
      if (problem) throw new Invalid('employee_invalid', {}, [problem]);
    }
    await peopleRepo.insertHistory(tx.db, [
      {
        id: uuidv7(),
        tenant_id: tenant.id,
        employee_id: employeeId,
        tmt: data.tmt,
        sk_number: data.skNumber,
        sk_date: data.skDate ?? null,
        position_id: position?.id ?? null,
        unit_id: position?.unit_id ?? null,
        golongan: data.rank ?? null,
        status: data.status ?? null,
        employment: data.employment ?? null,
        note: data.note ?? null,
        recorded_at: tx.clock.now().toISOString(),
        recorded_by: actorLabel(tx),
      },
    ]);
    const updated = await rederiveEmployee(tx.db, tenant.id, employeeId, today);
    await peopleRepo.updateEmployee(tx.db, tenant.id, employeeId, {
      version: employee.version + 1,
      updated_at: tx.clock.now().toISOString(),
      updated_by: actorLabel(tx),
    });
    await resolveReportingLines(tx.db, tenant.id);
    await recordAudit(tx, {
      action: 'people.career_recorded',
      entityType: 'employee',
      entityId: employeeId,
      after: data,
    });
    return { ...updated, version: employee.version + 1 };
  });
}
