/**
 * The records of the role sweep (server/src/platform/http/role.sweep.test.ts), made through the modules' own
 * test factories: a tenant with units, employees, a complaint with a guest reporter and an internal note, and
 * performance plans, each carrying distinctive marker strings that no role outside the record may read.
 * It lives here because the platform may not import modules (.dependency-cruiser.cjs).
 */
import { buildCategory, buildComplaint, setComplaintSettings } from '../modules/complaints/test/factories';
import { buildEmployee, buildUnit } from '../modules/people/test/factories';
import { approvedPlans, buildOrg, openTestYear } from '../modules/performance/test/factories';
import type { Services } from '../platform/context';
import type { TenantRecord } from '../platform/tenancy/repository';

/** Strings that appear only in private fields of tenant A's records. */
export const PRIVATE_MARKERS = {
  reporterName: 'Pelapor Rahasia Qzw',
  reporterEmail: 'pelapor.qzw7734@contoh.id',
  reporterPhone: '081977340001',
  employeeAddress: 'Jl. Penanda Rahasia Qzw No. 7734',
  employeeBirthPlace: 'Desa Qzwlahir',
  employeeEmail: 'pribadi.qzw7734@contoh.id',
  employeePhone: '0819 7734 0002',
} as const;

export interface RoleSweepSeed {
  unitOfRecord: string;
  otherUnit: string;
  employeeId: string;
  /** An employee of the tenant with a login and no staff role, in the other unit. */
  plainEmployee: { email: string; password: string };
  complaint: { id: string; code: string; followToken: string | null; unitId: string | null };
  /** Ids of every kind of record, to fill path parameters. */
  ids: Record<string, string[]>;
}

export async function seedRoleSweep(services: Services, tenant: TenantRecord): Promise<RoleSweepSeed> {
  const unitOfRecord = await buildUnit(services, tenant, { name: 'Dinas Penanda Sweep' });
  const otherUnit = await buildUnit(services, tenant, { name: 'Dinas Lain Sweep' });
  const employee = await buildEmployee(services, tenant, {
    unitId: unitOfRecord.id,
    address: PRIVATE_MARKERS.employeeAddress,
    birthPlace: PRIVATE_MARKERS.employeeBirthPlace,
    email: PRIVATE_MARKERS.employeeEmail,
    phone: PRIVATE_MARKERS.employeePhone,
  });
  const plain = await buildEmployee(services, tenant, { unitId: otherUnit.id, login: true });
  if (!plain.account) throw new Error('the plain employee has no account');

  await setComplaintSettings(services, tenant, { guestPerHour: 100 });
  const category = await buildCategory(services, tenant, { defaultUnitId: unitOfRecord.id });
  // Anonymous: published on the portal with the reporter's name hidden (COMPLAINT_PRIVACY).
  const complaint = await buildComplaint(services, tenant, category.id, {
    privacy: 'anonim',
    guest: {
      name: PRIVATE_MARKERS.reporterName,
      email: PRIVATE_MARKERS.reporterEmail,
      phone: PRIVATE_MARKERS.reporterPhone,
    },
  });

  await openTestYear(services, tenant);
  const org = await buildOrg(services, tenant, 1);
  const plans = await approvedPlans(services, tenant, org);

  return {
    unitOfRecord: unitOfRecord.id,
    otherUnit: otherUnit.id,
    employeeId: employee.id,
    plainEmployee: { email: plain.account.email, password: plain.account.password },
    complaint: {
      id: complaint.id,
      code: complaint.code,
      followToken: complaint.followToken ?? null,
      unitId: complaint.row.unit_id ?? null,
    },
    ids: {
      employee: [employee.id, org.head.id, ...org.staff.map((s) => s.id)],
      unit: [unitOfRecord.id, org.unitId],
      complaint: [complaint.id],
      category: [category.id],
      plan: [plans.head.id, ...plans.staff.map((p) => p.id)],
    },
  };
}
