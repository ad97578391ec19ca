import type { ModuleManifest } from '../../platform/module';
import { trainingAuditVocabulary } from './audit-vocabulary';
import { trainingBenchRoutes } from './bench-data';
import * as trainingMigration from './migrations/2026_12_14_6001_training';
import { trainingHeadline, trainingOpenData } from './open-data';
import { defineTrainingPolicies } from './policy';
import { trainingRoutes } from './routes/index';
import { seedTraining, trainingDemoLogins } from './seed';
import { lapseOverdueApprovals } from './use-cases/sweep-approvals';

/** Training and competency: catalog, events, registration, attendance, JP against the minimum, certificates, needs. */
export const trainingModule: ModuleManifest = {
  name: 'training',
  audit: trainingAuditVocabulary,
  migrations: { '2026_12_14_6001_training': trainingMigration },
  policies: defineTrainingPolicies,
  routes(app, services) {
    trainingRoutes(app, services);
    trainingBenchRoutes(app, services);
  },
  jobs: (services) => [
    { name: 'training.approval-deadlines', everyMs: 10 * 60_000, run: () => lapseOverdueApprovals(services) },
  ],
  openData: trainingOpenData,
  headlineFigures: trainingHeadline,
  seed: seedTraining,
  demoLogins: trainingDemoLogins,
};
