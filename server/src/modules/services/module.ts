import type { ModuleManifest } from '../../platform/module';
import { servicesAuditVocabulary } from './audit-vocabulary';
import * as servicesMigration from './migrations/2026_12_08_4001_services';
import { defineServicesPolicies } from './policy';
import { servicesRoutes } from './routes/index';

/** Public services online: published standards, request forms, online requests, deadlines, statistics. */
export const servicesModule: ModuleManifest = {
  name: 'services',
  audit: servicesAuditVocabulary,
  migrations: {
    '2026_12_08_4001_services': servicesMigration,
  },
  policies: defineServicesPolicies,
  routes: servicesRoutes,
};
