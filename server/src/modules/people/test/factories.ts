/**
 * Factories for the people module, for its own tests and for other modules' tests: units, positions and
 * employees made through the module's use cases (so every record is one the application could have made),
 * with NIPs that follow DOMAIN.md and agree with the birth date and sex.
 */
import type { EmployeeCreateInput, Lang } from '@lentera/common';
import { type Actor, type Ctx, makeCtx, type Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, type TestAccount } from '../../../test/factories';
import { type EmployeesTable, type PositionsTable, peopleRepo, type UnitsTable } from '../repository';
import { createPosition } from '../use-cases/manage-positions';
import { createUnit } from '../use-cases/manage-units';
import { registerEmployee } from '../use-cases/register-employee';

/** Who the factories act as: an hr_admin of whatever tenant the context names. */
export const peopleFactoryActor: Actor = {
  accountId: 'people-factory',
  name: 'Pabrik Data Uji',
  isSystemAdmin: false,
  grants: [{ role: 'hr_admin', unitId: null }],
};

/** A use-case context acting as hr_admin in the tenant. */
export function hrAdminCtx(services: Services, tenant: TenantRecord, lang: Lang = 'id'): Ctx {
  return makeCtx(services, { tenant, actor: peopleFactoryActor, lang });
}

let sequence = 0;
const next = () => {
  sequence += 1;
  return sequence;
};
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export interface NipSpec {
  /** 'YYYY-MM-DD'; a different one for every call unless given. */
  birthDate?: string;
  sex?: 'male' | 'female';
  /** CPNS and PNS share the PNS layout; PPPK has its own. */
  status?: 'CPNS' | 'PNS' | 'PPPK';
  /** PNS: the month CPNS service started, 'YYYY-MM' (default: the March of the 25th year). */
  serviceStart?: string;
  /** PPPK: the TMT year (default 2023) and the recruitment round (default 1). */
  tmtYear?: number;
  round?: number;
  serial?: number;
}

/** A valid NIP (DOMAIN.md) with the birth date and sex it encodes. */
export function makeNip(spec: NipSpec = {}): { nip: string; birthDate: string; sex: 'male' | 'female' } {
  const n = next();
  const birthDate = spec.birthDate ?? `${1970 + ((n * 7) % 29)}-${pad(1 + (n % 12))}-${pad(1 + ((n * 5) % 28))}`;
  const sex = spec.sex ?? (n % 2 === 0 ? 'female' : 'male');
  const birthYear = Number(birthDate.slice(0, 4));
  const serial = pad(spec.serial ?? 1 + (n % 999), 3);
  const sexDigit = sex === 'male' ? '1' : '2';
  const middle =
    spec.status === 'PPPK'
      ? `${spec.tmtYear ?? Math.max(2023, birthYear + 18)}2${spec.round ?? 1}`
      : (spec.serviceStart ?? `${Math.min(2024, birthYear + 25)}-03`).replace('-', '');
  return { nip: `${birthDate.replace(/-/g, '')}${middle}${sexDigit}${serial}`, birthDate, sex };
}

/** A unit under `parentId` (a new root unit when none is given). */
export async function buildUnit(
  services: Services,
  tenant: TenantRecord,
  overrides: Partial<{ code: string; name: string; type: string; parentId: string | null; openedOn: string }> = {},
): Promise<UnitsTable> {
  const n = next();
  return createUnit(hrAdminCtx(services, tenant), {
    code: overrides.code ?? `UNIT-${n}`,
    name: overrides.name ?? `Unit Uji ${n}`,
    type: (overrides.type ?? 'dinas') as 'dinas',
    parentId: overrides.parentId ?? null,
    ...(overrides.openedOn ? { openedOn: overrides.openedOn } : {}),
  });
}

/** A position in a unit (a new unit when none is given); `isHead` makes it the unit's head post. */
export async function buildPosition(
  services: Services,
  tenant: TenantRecord,
  overrides: Partial<{
    unitId: string;
    name: string;
    kind: string;
    class: number;
    quota: number;
    isHead: boolean;
  }> = {},
): Promise<PositionsTable> {
  const n = next();
  const unitId = overrides.unitId ?? (await buildUnit(services, tenant)).id;
  return createPosition(hrAdminCtx(services, tenant), {
    unitId,
    name: overrides.name ?? (overrides.isHead ? `Kepala Unit ${n}` : `Pengadministrasi Uji ${n}`),
    kind: (overrides.kind ?? (overrides.isHead ? 'administrator' : 'pelaksana')) as 'pelaksana',
    class: overrides.class ?? (overrides.isHead ? 11 : 6),
    quota: overrides.quota ?? 1,
    isHead: overrides.isHead ?? false,
  });
}

export type BuildEmployeeOverrides = Partial<Omit<EmployeeCreateInput, 'sex' | 'status'>> & {
  sex?: 'male' | 'female';
  status?: 'CPNS' | 'PNS' | 'PPPK';
  /** Without a positionId: a new position in this unit (or the unit's head post with `isHead`). */
  unitId?: string;
  isHead?: boolean;
  /** Give the employee an account to log in with (the account's NIP is the employee's). */
  login?: boolean;
};

export type BuiltEmployee = EmployeesTable & { account: TestAccount | null };

/** The unit's head position, made when the unit has none yet. */
async function headPositionOf(services: Services, tenant: TenantRecord, unitId: string): Promise<PositionsTable> {
  const existing = (await peopleRepo.positions(services.db, tenant.id, unitId)).find((p) => p.is_head === 1);
  return existing ?? buildPosition(services, tenant, { unitId, isHead: true });
}

/**
 * Registers an employee with a valid NIP that agrees with the birth date and sex (generated unless given),
 * in the given position, or in a new position of `unitId`, or in a new unit.
 */
export async function buildEmployee(
  services: Services,
  tenant: TenantRecord,
  overrides: BuildEmployeeOverrides = {},
): Promise<BuiltEmployee> {
  const n = next();
  const { unitId, isHead, login, ...input } = overrides;
  const status = input.status ?? 'PNS';
  const identity = input.nip
    ? { nip: input.nip, birthDate: input.birthDate ?? '1985-03-12', sex: input.sex ?? 'male' }
    : makeNip({
        status,
        ...(input.birthDate ? { birthDate: input.birthDate } : {}),
        ...(input.sex ? { sex: input.sex } : {}),
      });
  let positionId = input.positionId;
  if (!positionId) {
    const unit = unitId ?? (await buildUnit(services, tenant)).id;
    positionId = isHead
      ? (await headPositionOf(services, tenant, unit)).id
      : (await buildPosition(services, tenant, { unitId: unit })).id;
  }
  const employee = await registerEmployee(hrAdminCtx(services, tenant), {
    ...input,
    nip: identity.nip,
    birthDate: input.birthDate ?? identity.birthDate,
    sex: input.sex ?? identity.sex,
    name: input.name ?? `Pegawai Uji ${n}`,
    status,
    rank: input.rank ?? (status === 'PPPK' ? 'IX' : 'III/a'),
    positionId,
    tmt: input.tmt ?? '2020-01-02',
  });
  let account: TestAccount | null = null;
  if (login) {
    account = await buildAccount(services, { nip: employee.nip, name: employee.name });
    await peopleRepo.updateEmployee(services.db, tenant.id, employee.id, { account_id: account.id });
  }
  const stored = await peopleRepo.employee(services.db, tenant.id, employee.id);
  if (!stored) throw new Error('the employee just registered is missing');
  return { ...stored, account };
}
