import type { ModuleManifest } from '../../platform/module';
import { surveysAuditVocabulary } from './audit-vocabulary';
import * as surveysMigration from './migrations/2026_12_10_5001_surveys';
import { surveysHeadline, surveysOpenData } from './open-data';
import { defineSurveysPolicies } from './policy';
import { surveysRoutes } from './routes/index';
import { seedSurveys, surveysDemoLogins } from './seed';

/** Public satisfaction surveys (SKM): responses tied to real visits, IKM with grade, published reports, plans. */
export const surveysModule: ModuleManifest = {
  name: 'surveys',
  audit: surveysAuditVocabulary,
  migrations: { '2026_12_10_5001_surveys': surveysMigration },
  policies: defineSurveysPolicies,
  routes: surveysRoutes,
  openData: surveysOpenData,
  headlineFigures: surveysHeadline,
  seed: seedSurveys,
  demoLogins: surveysDemoLogins,
};
