import type { ModuleManifest } from '../../platform/module';
import { peopleAuditVocabulary } from './audit-vocabulary';
import { peopleHeadline } from './headline';
import { peopleJobs } from './jobs';
import * as peopleMigration from './migrations/2026_11_23_1001_people';
import * as peopleIndexes from './migrations/2026_11_23_1002_people_indexes';
import * as peopleReadIndexes from './migrations/2026_11_23_1003_people_read_indexes';
import * as peopleRevisions from './migrations/2026_11_23_1004_people_revisions';
import * as peopleNameOrder from './migrations/2026_11_23_1005_people_name_order';
import { peopleOpenData } from './open-data';
import { definePeoplePolicies } from './policy';
import { peopleRepo } from './repository';
import { peopleRoutes } from './routes';
import { peopleDemoLogins, seedPeople } from './seed';

/** Organisation and people: units, positions, employees and their history; every module reads it. */
export const peopleModule: ModuleManifest = {
  name: 'people',
  audit: peopleAuditVocabulary,
  migrations: {
    '2026_11_23_1001_people': peopleMigration,
    '2026_11_23_1002_people_indexes': peopleIndexes,
    '2026_11_23_1003_people_read_indexes': peopleReadIndexes,
    '2026_11_23_1004_people_revisions': peopleRevisions,
    '2026_11_23_1005_people_name_order': peopleNameOrder,
  },
  policies: definePeoplePolicies,
  install(services) {
    // Unit-scoped grants cover a unit's sub-units: the platform asks this module for the ancestry.
    services.access.units = {
      async ancestorsOf(tenantId, unitId) {
        const unit = await peopleRepo.unit(services.db, tenantId, unitId);
        return unit ? unit.path.split('/').filter(Boolean).reverse() : [unitId];
      },
    };
    // `employee` and `supervisor` come from the record, not from grants.
    services.access.addDerivedRoles(async (tenantId, accountId) => {
      const me = await peopleRepo.employeeByAccount(services.db, tenantId, accountId);
      if (!me) return [];
      const roles = [{ role: 'employee', unitId: me.unit_id }];
      const subordinates = await services.db
        .selectFrom('people_employees')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('superior_id', '=', me.id)
        .where('employment', '=', 'active')
        .limit(1)
        .execute();
      if (subordinates.length) roles.push({ role: 'supervisor', unitId: me.unit_id });
      return roles;
    });
  },
  routes: peopleRoutes,
  jobs: peopleJobs,
  headlineFigures: peopleHeadline,
  openData: peopleOpenData,
  seed: seedPeople,
  demoLogins: (slug) => peopleDemoLogins(slug),
};
