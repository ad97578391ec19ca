import type { Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { FixtureRecord, RecordFixture } from '../../../test/record-fixtures';
import { hrAdminCtx } from '../../people/test/factories';
import { performanceRepo } from '../repository';
import { appointActing } from '../use-cases/administer';
import { savePlan } from '../use-cases/plans';
import {
  approvedPlans,
  buildOrg,
  ctxOfEmployee,
  openTestYear,
  planContent,
  ratedAnnual,
  submittedReport,
} from './factories';

async function yearOpen(services: Services, tenant: TenantRecord) {
  if (!(await performanceRepo.year(services.db, tenant.id, 2026))) await openTestYear(services, tenant);
}

const rowOf = (services: Services, table: string, id: string) => () =>
  // biome-ignore lint/suspicious/noExplicitAny: a row of any performance table, looked up by its id
  (services.db as any).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();

/** Records of the performance module for the generated cross-tenant tests (see server/src/test/record-fixtures.ts). */
export const performanceRecordFixtures: Record<string, RecordFixture> = {
  performancePlan: async (services, tenant): Promise<FixtureRecord> => {
    await yearOpen(services, tenant);
    const org = await buildOrg(services, tenant, 0);
    const chief = await savePlan(hrAdminCtx(services, tenant), org.chief.id, {
      year: 2026,
      content: planContent(null),
    });
    // A draft of the unit head, cascaded from the chief's: hr_admin may submit it.
    const plan = await savePlan(ctxOfEmployee(services, tenant, org.head), org.head.id, {
      year: 2026,
      content: planContent(chief.content.rhk[0]!.id),
    });
    return { id: plan.id, snapshot: rowOf(services, 'performance_plans', plan.id) };
  },
  performanceReport: async (services, tenant) => {
    await yearOpen(services, tenant);
    const org = await buildOrg(services, tenant, 1);
    const plans = await approvedPlans(services, tenant, org);
    const report = await submittedReport(
      services,
      tenant,
      org.staff[0]!,
      plans.staff[0]!.content.rhk[0]!.indicators[0]!.id,
      9,
      {
        approveBy: org.head,
      },
    );
    return {
      id: report.id,
      snapshot: rowOf(services, 'performance_reports', report.id),
      bodyFor: () => ({ reason: 'Koreksi realisasi' }),
    };
  },
  performanceAnnual: async (services, tenant) => {
    await yearOpen(services, tenant);
    const org = await buildOrg(services, tenant, 1);
    await approvedPlans(services, tenant, org);
    const annual = await ratedAnnual(services, tenant, org, org.staff[0]!, ['sesuai', 'sesuai']);
    return { id: annual.id, snapshot: rowOf(services, 'performance_annuals', annual.id) };
  },
  performanceCoaching: async (services, tenant) => {
    await yearOpen(services, tenant);
    const org = await buildOrg(services, tenant, 1);
    await approvedPlans(services, tenant, org);
    const annual = await ratedAnnual(services, tenant, org, org.staff[0]!, ['di_bawah', 'sesuai'], { confirm: true });
    const coaching = await performanceRepo.coachingOfAnnual(services.db, tenant.id, annual.id);
    return {
      id: coaching!.id,
      snapshot: rowOf(services, 'performance_coaching', coaching!.id),
      bodyFor: (route) =>
        route.url.endsWith('/referral')
          ? { reason: 'Pelanggaran disiplin berulang' }
          : { actions: [{ text: 'Pendampingan mingguan' }] },
    };
  },
  performanceActing: async (services, tenant) => {
    const org = await buildOrg(services, tenant, 0);
    const { id } = await appointActing(hrAdminCtx(services, tenant), {
      replacesId: org.head.id,
      unitId: null,
      actingId: org.chief.id,
      from: '2026-11-01',
      to: '2026-12-31',
      reason: 'Cuti besar',
    });
    return { id, snapshot: rowOf(services, 'performance_acting', id) };
  },
};
