import { makeCtx } from '../../platform/context';
import type { ModuleManifest } from '../../platform/module';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { performanceAuditVocabulary } from './audit-vocabulary';
import { performanceHeadline } from './headline';
import { performanceJobs } from './jobs';
import * as performanceMigration from './migrations/2026_11_23_3001_performance';
import * as dashboardIndex from './migrations/2026_11_23_3002_performance_dashboard_index';
import * as appraiserColumns from './migrations/2026_11_23_3003_performance_appraiser';
import * as revisions from './migrations/2026_11_23_3004_performance_revisions';
import * as evidenceFiles from './migrations/2026_11_23_3005_performance_evidence_files';
import { performanceOpenData } from './open-data';
import { definePerformancePolicies } from './policy';
import { performanceRoutes } from './routes/index';
import { seedPerformance } from './seed';

/** Performance management (SKP, PermenPANRB 6/2022): plans, periodic reports, annual results, follow-up. */
export const performanceModule: ModuleManifest = {
  name: 'performance',
  audit: performanceAuditVocabulary,
  migrations: {
    '2026_11_23_3001_performance': performanceMigration,
    '2026_11_23_3002_performance_dashboard_index': dashboardIndex,
    '2026_11_23_3003_performance_appraiser': appraiserColumns,
    '2026_11_23_3004_performance_revisions': revisions,
    '2026_11_23_3005_performance_evidence_files': evidenceFiles,
  },
  policies: definePerformancePolicies,
  install(services) {
    // An acting appraiser in force gets the `acting_appraiser` role (the review inbox shows in the menu).
    services.access.addDerivedRoles(async (tenantId, accountId) => {
      const today = services.clock.now().toISOString().slice(0, 10);
      const any = await services.db
        .selectFrom('performance_acting')
        .select('acting_id')
        .where('tenant_id', '=', tenantId)
        .where('from_date', '<=', today)
        .where('to_date', '>=', today)
        .execute();
      if (any.length === 0) return [];
      const ctx = makeCtx(services, { tenant: { id: tenantId } as TenantRecord });
      const me = await peopleService.employeeOfAccount(ctx, accountId);
      return me && any.some((a) => a.acting_id === me.id) ? [{ role: 'acting_appraiser', unitId: null }] : [];
    });
  },
  routes: performanceRoutes,
  jobs: performanceJobs,
  seed: seedPerformance,
  headlineFigures: performanceHeadline,
  openData: performanceOpenData,
};
