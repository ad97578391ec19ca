/**
 * Factories for the performance module's tests and for other modules': an organisation with a reporting line,
 * an open year, plans drafted, submitted and approved through the use cases, reports in every state.
 */
import type { PlanContentInput, Rating } from '@lentera/common';
import { type Actor, type Ctx, makeCtx, type Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { type BuiltEmployee, buildEmployee, buildUnit, hrAdminCtx } from '../../people/test/factories';
import { openYear } from '../use-cases/administer';
import { confirmAnnual, rateAnnual } from '../use-cases/annual';
import { decidePlan, savePlan, submitPlan } from '../use-cases/plans';
import { reviewReport, saveReport, submitReport } from '../use-cases/reports';

/** The actor of an employee who logs in (derived roles as the platform would give them). */
export function actorOf(employee: BuiltEmployee, roles: string[] = ['employee', 'supervisor']): Actor {
  if (!employee.account) throw new Error('this employee has no login');
  return {
    accountId: employee.account.id,
    name: employee.name,
    isSystemAdmin: false,
    grants: roles.map((role) => ({ role, unitId: employee.unit_id })),
  };
}

export function ctxOfEmployee(services: Services, tenant: TenantRecord, employee: BuiltEmployee): Ctx {
  return makeCtx(services, { tenant, actor: actorOf(employee) });
}

export interface Org {
  /** Head of the parent unit: the head's superior, who confirms the head's annual ratings. */
  chief: BuiltEmployee;
  /** Head of the unit: the staff's direct superior and appraiser. */
  head: BuiltEmployee;
  staff: BuiltEmployee[];
  unitId: string;
  parentUnitId: string;
}

/** A parent unit with its head, a unit under it with its head and `size` staff; everyone can log in. */
export async function buildOrg(services: Services, tenant: TenantRecord, size = 2): Promise<Org> {
  const parent = await buildUnit(services, tenant, { type: 'dinas' });
  const unit = await buildUnit(services, tenant, { type: 'bidang', parentId: parent.id });
  const chief = await buildEmployee(services, tenant, { unitId: parent.id, isHead: true, login: true });
  const head = await buildEmployee(services, tenant, { unitId: unit.id, isHead: true, login: true });
  const staff: BuiltEmployee[] = [];
  for (let i = 0; i < size; i++) staff.push(await buildEmployee(services, tenant, { unitId: unit.id, login: true }));
  return { chief, head, staff, unitId: unit.id, parentUnitId: parent.id };
}

export async function openTestYear(services: Services, tenant: TenantRecord, year = 2026) {
  return openYear(hrAdminCtx(services, tenant), year);
}

export function planContent(parentRhkId: string | null, label = 'Layanan administrasi'): PlanContentInput {
  return {
    rhk: [
      {
        text: `${label} terselenggara tepat waktu`,
        parentRhkId,
        main: true,
        indicators: [
          { aspect: 'kuantitas', text: 'Jumlah dokumen yang diselesaikan', target: '120 dokumen' },
          { aspect: 'waktu', text: 'Penyelesaian sesuai jadwal', target: '12 bulan' },
        ],
      },
    ],
    behaviour: [{ value: 'berorientasi_pelayanan', specialExpectation: null }],
  };
}

/** Plans for the chief (top level, by hr_admin), the head and each staff member, each cascaded and approved. */
export async function approvedPlans(services: Services, tenant: TenantRecord, org: Org, year = 2026) {
  const hr = hrAdminCtx(services, tenant);
  const chiefPlan = await savePlan(hr, org.chief.id, { year, content: planContent(null, 'Program dinas') });
  // The chief has no superior in the test organisation: hr_admin approves nothing; the plan is set approved by
  // submitting and deciding as... nobody. Instead the chief's plan stays a draft, whose RHK may be cascaded.
  const headPlan = await savePlan(ctxOfEmployee(services, tenant, org.head), org.head.id, {
    year,
    content: planContent(chiefPlan.content.rhk[0]!.id, 'Kegiatan bidang'),
  });
  await submitPlan(ctxOfEmployee(services, tenant, org.head), headPlan.id);
  const head = await decidePlan(ctxOfEmployee(services, tenant, org.chief), headPlan.id, { decision: 'approve' });
  const staff = [];
  for (const member of org.staff) {
    const ctx = ctxOfEmployee(services, tenant, member);
    const draft = await savePlan(ctx, member.id, { year, content: planContent(head.content.rhk[0]!.id) });
    await submitPlan(ctx, draft.id);
    staff.push(await decidePlan(ctxOfEmployee(services, tenant, org.head), draft.id, { decision: 'approve' }));
  }
  return { chief: chiefPlan, head, staff };
}

/** A report of the employee for a period, submitted; approved with the ratings when given. */
export async function submittedReport(
  services: Services,
  tenant: TenantRecord,
  employee: BuiltEmployee,
  indicatorId: string,
  periodIndex: number,
  options: { approveBy?: BuiltEmployee; ratings?: [Rating, Rating]; year?: number } = {},
) {
  const ctx = ctxOfEmployee(services, tenant, employee);
  const draft = await saveReport(ctx, {
    year: options.year ?? 2026,
    periodIndex,
    content: {
      realisations: [{ indicatorId, realisation: '10 dokumen' }],
      activities: [{ text: 'Menyusun laporan' }],
      evidence: [{ label: 'Notulen', url: 'https://arsip.example.go.id/notulen-1' }],
      obstacles: '',
      nextSteps: '',
    },
  });
  const submitted = await submitReport(ctx, draft.id);
  if (!options.approveBy) return submitted;
  const [hasilKerja, perilaku] = options.ratings ?? ['sesuai', 'sesuai'];
  return reviewReport(ctxOfEmployee(services, tenant, options.approveBy), submitted.id, {
    decision: 'approve',
    hasilKerja,
    perilaku,
  });
}

/** A rated (and, with `confirm`, confirmed) annual result of a staff member. */
export async function ratedAnnual(
  services: Services,
  tenant: TenantRecord,
  org: Org,
  member: BuiltEmployee,
  ratings: [Rating, Rating],
  options: { confirm?: boolean; year?: number } = {},
) {
  const annual = await rateAnnual(ctxOfEmployee(services, tenant, org.head), member.id, {
    year: options.year ?? 2026,
    hasilKerja: ratings[0],
    perilaku: ratings[1],
  });
  return options.confirm ? confirmAnnual(ctxOfEmployee(services, tenant, org.chief), annual.id) : annual;
}
