import { type EmployeeCreateInput, employeeCreateSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { actorLabel, tenantToday } from '../context';
import { rederiveEmployee, resolveReportingLines } from '../derive';
import { PEOPLE } from '../policy';
import { type EmployeesTable, peopleRepo, searchName } from '../repository';
import { checkIdentity } from '../rules';
import { assertNoCycle } from './update-employee';

/** Registers an employee: identity checked against the NIP rules, first history entry, reporting line. */
export async function registerEmployee(ctx: Ctx, input: EmployeeCreateInput): Promise<EmployeesTable> {
  const { tenant, today } = tenantToday(ctx);
  const data = employeeCreateSchema.parse(input);
  const { nip, problems } = checkIdentity(data, today, ctx.lang);
  if (problems.length) throw new Invalid('employee_invalid', {}, problems);
  return transaction(ctx, async (tx) => {
    const position = await peopleRepo.position(tx.db, tenant.id, data.positionId);
    if (!position) throw new Invalid('position_unknown', {}, [{ path: 'positionId', code: 'position_unknown' }]);
    const unit = await peopleRepo.unit(tx.db, tenant.id, position.unit_id);
    await tx.access.assert(tx.actor, PEOPLE.manage, {
      tenantId: tenant.id,
      unitId: position.unit_id,
      unitPath: unit?.path ?? null,
    });
    if (!unit || unit.closed_on) throw new Invalid('unit_closed', { name: unit?.name ?? '' });
    const holder = await peopleRepo.employeeByNip(tx.db, tenant.id, nip);
    if (holder) throw new Conflict('nip_taken', { nip }, [{ path: 'nip', code: 'nip_taken' }]);
    if (data.superiorId && !(await peopleRepo.employee(tx.db, tenant.id, data.superiorId))) throw new NotFound();
    const id = uuidv7();
    const now = tx.clock.now().toISOString();
    await peopleRepo.insertEmployees(tx.db, [
      {
        id,
        tenant_id: tenant.id,
        nip,
        account_id: null,
        name: data.name,
        front_title: data.frontTitle ?? null,
        back_title: data.backTitle ?? null,
        sex: data.sex,
        birth_date: data.birthDate,
        birth_place: data.birthPlace ?? null,
        education_level: data.educationLevel ?? null,
        education_major: data.educationMajor ?? null,
        email: data.email ?? null,
        phone: data.phone ?? null,
        address: data.address ?? null,
        photo_url: null,
        tmt_cpns: data.tmtCpns ?? null,
        tmt_pns: data.tmtPns ?? null,
        superior_override_id: data.superiorId ?? null,
        status: data.status,
        employment: 'active',
        golongan: null,
        position_id: null,
        unit_id: null,
        unit_path: null,
        position_kind: null,
        superior_id: null,
        search_name: searchName(data.name),
        version: 1,
        created_at: now,
        updated_at: now,
        updated_by: actorLabel(tx),
      },
    ]);
    await peopleRepo.insertHistory(tx.db, [
      {
        id: uuidv7(),
        tenant_id: tenant.id,
        employee_id: id,
        tmt: data.tmt,
        sk_number: data.skNumber ?? null,
        sk_date: null,
        position_id: position.id,
        unit_id: position.unit_id,
        golongan: data.rank,
        status: data.status,
        employment: 'active',
        note: null,
        recorded_at: now,
        recorded_by: actorLabel(tx),
      },
    ]);
    const employee = await rederiveEmployee(tx.db, tenant.id, id, today);
    if (data.superiorId) await assertNoCycle(tx, tenant.id, id, data.superiorId);
    await resolveReportingLines(tx.db, tenant.id);
    await recordAudit(tx, {
      action: 'people.employee_registered',
      entityType: 'employee',
      entityId: id,
      after: { nip, positionId: position.id },
    });
    return employee;
  });
}
