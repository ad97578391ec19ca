import type { ModuleManifest } from '../../platform/module';
import { servicesAuditVocabulary } from './audit-vocabulary';
import { servicesJobs } from './jobs';
import * as servicesMigration from './migrations/2026_12_08_4001_services';
import * as catalogRevisionsMigration from './migrations/2026_12_08_4005_services_catalog_revisions';
import * as surveyTokenMigration from './migrations/2026_12_10_4006_services_survey_token';
import { servicesHeadline, servicesOpenData } from './open-data';
import { defineServicesPolicies } from './policy';
import { servicesRoutes } from './routes/index';
import { seedServicesCatalog, servicesDemoLogins } from './seed';
import { seedServiceRequests } from './seed-requests';

/** Public services online: published standards, request forms, online requests, deadlines, statistics. */
export const servicesModule: ModuleManifest = {
  name: 'services',
  audit: servicesAuditVocabulary,
  migrations: {
    '2026_12_08_4001_services': servicesMigration,
    '2026_12_08_4005_services_catalog_revisions': catalogRevisionsMigration,
    '2026_12_10_4006_services_survey_token': surveyTokenMigration,
  },
  policies: defineServicesPolicies,
  routes: servicesRoutes,
  jobs: servicesJobs,
  openData: servicesOpenData,
  headlineFigures: servicesHeadline,
  async seed(services, options) {
    await seedServicesCatalog(services, options);
    await seedServiceRequests(services, options);
  },
  demoLogins: servicesDemoLogins,
};
