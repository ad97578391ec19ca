import type { ModuleManifest } from '../../platform/module';
import { surveysAuditVocabulary } from './audit-vocabulary';
import { surveysBenchRoutes } from './bench-data';
import * as surveysMigration from './migrations/2026_12_10_5001_surveys';
import * as talliesMigration from './migrations/2026_12_11_5002_surveys_tallies';
import * as questionActiveMigration from './migrations/2026_12_12_5003_surveys_question_active';
import { surveysHeadline, surveysOpenData } from './open-data';
import { defineSurveysPolicies } from './policy';
import { surveysRoutes } from './routes/index';
import { seedSurveys, surveysDemoLogins } from './seed';

/** Public satisfaction surveys (SKM): responses tied to real visits, IKM with grade, published reports, plans. */
export const surveysModule: ModuleManifest = {
  name: 'surveys',
  audit: surveysAuditVocabulary,
  migrations: {
    '2026_12_10_5001_surveys': surveysMigration,
    '2026_12_11_5002_surveys_tallies': talliesMigration,
    '2026_12_12_5003_surveys_question_active': questionActiveMigration,
  },
  policies: defineSurveysPolicies,
  routes(app, services) {
    surveysRoutes(app, services);
    surveysBenchRoutes(app, services);
  },
  openData: surveysOpenData,
  headlineFigures: surveysHeadline,
  seed: seedSurveys,
  demoLogins: surveysDemoLogins,
};
