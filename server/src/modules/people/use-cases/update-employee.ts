import { type EmployeeUpdateInput, employeeUpdateSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, transaction } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { actorLabel, employeeSubject, tenantToday } from '../context';
import { resolveReportingLines } from '../derive';
import { PEOPLE } from '../policy';
import { type EmployeesTable, peopleRepo, searchName } from '../repository';

/** Refuses a direct superior that sits below the employee on the reporting line. */
export async function assertNoCycle(ctx: Ctx, tenantId: string, employeeId: string, superiorId: string): Promise<void> {
  let cursor: string | null = superiorId;
  const seen = new Set<string>();
  while (cursor && !seen.has(cursor)) {
    if (cursor === employeeId)
      throw new Conflict('superior_cycle', {}, [{ path: 'superiorId', code: 'superior_cycle' }]);
    seen.add(cursor);
    const next: EmployeesTable | undefined = await peopleRepo.employee(ctx.db, tenantId, cursor);
    cursor = next ? (next.superior_override_id ?? next.superior_id) : null;
  }
}

const FIELD_COLUMNS = {
  name: 'name',
  frontTitle: 'front_title',
  backTitle: 'back_title',
  birthPlace: 'birth_place',
  educationLevel: 'education_level',
  educationMajor: 'education_major',
  email: 'email',
  phone: 'phone',
  address: 'address',
  tmtCpns: 'tmt_cpns',
  tmtPns: 'tmt_pns',
} as const satisfies Record<string, keyof EmployeesTable>;

export function columnsFor(
  changes: Partial<Record<keyof typeof FIELD_COLUMNS, string | null | undefined>>,
): Partial<EmployeesTable> {
  const out: Partial<EmployeesTable> = {};
  for (const [field, column] of Object.entries(FIELD_COLUMNS)) {
    const value = changes[field as keyof typeof FIELD_COLUMNS];
    if (value !== undefined) (out as Record<string, unknown>)[column] = value;
  }
  if (out.name) out.search_name = searchName(out.name);
  return out;
}

/**
 * Edits personal data. The caller sends the version it read: when someone else saved in between,
 * the save is refused with a conflict that says who changed the record and when.
 */
export async function updateEmployee(
  ctx: Ctx,
  employeeId: string,
  input: EmployeeUpdateInput,
): Promise<EmployeesTable> {
  const { tenant } = tenantToday(ctx);
  const data = employeeUpdateSchema.parse(input);
  return transaction(ctx, async (tx) => {
    const employee = await peopleRepo.employee(tx.db, tenant.id, employeeId);
    if (!employee) throw new NotFound();
    await tx.access.assertVisible(tx.actor, PEOPLE.read, await employeeSubject(tx, employee));
    await tx.access.assert(tx.actor, PEOPLE.manage, {
      tenantId: tenant.id,
      unitId: employee.unit_id,
      unitPath: employee.unit_path,
    });
    const { version, superiorId, ...fields } = data;
    const changes = columnsFor(fields);
    if (superiorId !== undefined) {
      if (superiorId) {
        if (!(await peopleRepo.employee(tx.db, tenant.id, superiorId))) throw new NotFound();
        await assertNoCycle(tx, tenant.id, employeeId, superiorId);
      }
      changes.superior_override_id = superiorId;
    }
    changes.updated_at = tx.clock.now().toISOString();
    changes.updated_by = actorLabel(tx);
    const saved = await peopleRepo.updateEmployeeIfVersion(tx.db, tenant.id, employeeId, version, changes);
    if (!saved)
      throw new Conflict(
        'employee_edited_meanwhile',
        { by: employee.updated_by ?? '?', at: employee.updated_at },
        {
          currentVersion: employee.version,
          updatedBy: employee.updated_by,
          updatedAt: employee.updated_at,
        },
      );
    if (superiorId !== undefined) await resolveReportingLines(tx.db, tenant.id);
    await recordAudit(tx, {
      action: 'people.employee_updated',
      entityType: 'employee',
      entityId: employeeId,
      before: employee,
      after: changes,
    });
    return { ...employee, ...changes, version: version + 1 };
  });
}
