import type { ModuleManifest } from '../../platform/module';
import { trainingAuditVocabulary } from './audit-vocabulary';
import * as trainingMigration from './migrations/2026_12_14_6001_training';
import { defineTrainingPolicies } from './policy';
import { trainingRoutes } from './routes/index';

/** Training and competency: catalog, events, registration, attendance, JP against the minimum, certificates, needs. */
export const trainingModule: ModuleManifest = {
  name: 'training',
  audit: trainingAuditVocabulary,
  migrations: { '2026_12_14_6001_training': trainingMigration },
  policies: defineTrainingPolicies,
  routes: trainingRoutes,
};
