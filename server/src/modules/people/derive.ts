import type { DbOrTx } from '../../platform/db/database';
import { type EmployeesTable, type HistoryTable, peopleRepo } from './repository';

export interface CurrentState {
  status: string | null;
  employment: string;
  golongan: string | null;
  positionId: string | null;
  unitId: string | null;
}

/**
 * The current record is a fold of the dated history: for each aspect, the latest entry by TMT (then by
 * when it was recorded) that has taken effect by `today`. A back-dated entry therefore slots in at its
 * place, and an entry dated in the future changes nothing until its day.
 */
export function foldHistory(
  entries: Pick<
    HistoryTable,
    'tmt' | 'recorded_at' | 'status' | 'employment' | 'golongan' | 'position_id' | 'unit_id'
  >[],
  today: string,
): CurrentState {
  const sorted = [...entries].sort((a, b) =>
    a.tmt === b.tmt ? a.recorded_at.localeCompare(b.recorded_at) : a.tmt.localeCompare(b.tmt),
  );
  const state: CurrentState = { status: null, employment: 'active', golongan: null, positionId: null, unitId: null };
  for (const e of sorted) {
    if (e.tmt > today) break;
    if (e.status) state.status = e.status;
    if (e.employment) state.employment = e.employment;
    if (e.golongan) state.golongan = e.golongan;
    if (e.position_id) {
      state.positionId = e.position_id;
      state.unitId = e.unit_id;
    }
  }
  return state;
}

/** Re-derives the stored current fields of one employee from its history. */
export async function rederiveEmployee(
  db: DbOrTx,
  tenantId: string,
  employeeId: string,
  today: string,
): Promise<EmployeesTable> {
  const employee = await peopleRepo.employee(db, tenantId, employeeId);
  if (!employee) throw new Error(`employee ${employeeId} vanished`);
  const state = foldHistory(await peopleRepo.history(db, tenantId, employeeId), today);
  const position = state.positionId ? await peopleRepo.position(db, tenantId, state.positionId) : undefined;
  const unit = position ? await peopleRepo.unit(db, tenantId, position.unit_id) : undefined;
  const changes: Partial<EmployeesTable> = {
    status: state.status ?? employee.status,
    employment: state.employment,
    golongan: state.golongan,
    position_id: position?.id ?? null,
    unit_id: unit?.id ?? null,
    unit_path: unit?.path ?? null,
    position_kind: position?.kind ?? null,
  };
  await peopleRepo.updateEmployee(db, tenantId, employeeId, changes);
  return { ...employee, ...changes };
}

interface LineNode {
  id: string;
  unit_id: string | null;
  position_id: string | null;
  superior_override_id: string | null;
  superior_id: string | null;
}

/**
 * The default direct superior: the head of one's own unit, or, for the head of a unit, the head of
 * the nearest unit above that has one. An explicit superior replaces it unless it would make a cycle.
 */
export function computeSuperiors(
  employees: LineNode[],
  units: Map<string, { parent_id: string | null }>,
  headPositions: Set<string>,
): Map<string, string | null> {
  const headOfUnit = new Map<string, string>();
  for (const e of [...employees].sort((a, b) => a.id.localeCompare(b.id))) {
    if (e.position_id && headPositions.has(e.position_id) && e.unit_id && !headOfUnit.has(e.unit_id))
      headOfUnit.set(e.unit_id, e.id);
  }
  const defaults = new Map<string, string | null>();
  for (const e of employees) {
    let unitId = e.unit_id;
    const isHead = unitId !== null && headOfUnit.get(unitId) === e.id;
    if (isHead && unitId) unitId = units.get(unitId)?.parent_id ?? null;
    let superior: string | null = null;
    let guard = 0;
    while (unitId && guard++ < 100) {
      const head = headOfUnit.get(unitId);
      if (head && head !== e.id) {
        superior = head;
        break;
      }
      unitId = units.get(unitId)?.parent_id ?? null;
    }
    defaults.set(e.id, superior);
  }
  const present = new Set(employees.map((e) => e.id));
  const result = new Map<string, string | null>();
  // An override naming someone no longer in service falls back to the default line.
  for (const e of employees)
    result.set(
      e.id,
      e.superior_override_id && present.has(e.superior_override_id)
        ? e.superior_override_id
        : (defaults.get(e.id) ?? null),
    );
  // An override that closes a loop (the line comes back to the employee) is dropped in favour of the default
  // line. Overrides that merely lead into a loop are kept: the loop is broken where it closes. The default
  // lines only go up the unit tree, so this ends once no override in force closes a loop.
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of employees) {
      const fallback = defaults.get(e.id) ?? null;
      if (result.get(e.id) === fallback) continue;
      const seen = new Set<string>();
      let cursor = result.get(e.id) ?? null;
      while (cursor && cursor !== e.id && !seen.has(cursor)) {
        seen.add(cursor);
        cursor = result.get(cursor) ?? null;
      }
      if (cursor === e.id) {
        result.set(e.id, fallback);
        changed = true;
      }
    }
  }
  return result;
}

/** Recomputes every active employee's direct superior in a tenant and stores the ones that changed. */
export async function resolveReportingLines(db: DbOrTx, tenantId: string): Promise<number> {
  const employees = await db
    .selectFrom('people_employees')
    .select(['id', 'unit_id', 'position_id', 'superior_override_id', 'superior_id'])
    .where('tenant_id', '=', tenantId)
    .where('employment', '=', 'active')
    .execute();
  const units = new Map((await peopleRepo.units(db, tenantId)).map((u) => [u.id, { parent_id: u.parent_id }]));
  const heads = new Set(
    (
      await db
        .selectFrom('people_positions')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('is_head', '=', 1)
        .execute()
    ).map((p) => p.id),
  );
  const superiors = computeSuperiors(employees, units, heads);
  const changes = employees
    .map((e) => ({ id: e.id, superior_id: superiors.get(e.id) ?? null, was: e.superior_id }))
    .filter((c) => c.superior_id !== c.was)
    .map(({ id, superior_id }) => ({ id, superior_id }));
  await peopleRepo.setSuperiors(db, tenantId, changes);
  return changes.length;
}

/** The chain of superiors above an employee, nearest first (stops at the head of the region). */
export async function reportingChain(db: DbOrTx, tenantId: string, employeeId: string): Promise<EmployeesTable[]> {
  const chain: EmployeesTable[] = [];
  let current = await peopleRepo.employee(db, tenantId, employeeId);
  const seen = new Set<string>([employeeId]);
  while (current?.superior_id && !seen.has(current.superior_id) && chain.length < 50) {
    seen.add(current.superior_id);
    const next = await peopleRepo.employee(db, tenantId, current.superior_id);
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return chain;
}
