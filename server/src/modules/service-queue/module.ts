import type { ModuleManifest } from '../../platform/module';
import { queueAuditVocabulary } from './audit-vocabulary';
import { queueBenchRoutes } from './bench-data';
import * as serviceQueueMigration from './migrations/2026_12_07_3001_service_queue';
import * as lineCountMigration from './migrations/2026_12_07_3002_service_queue_line_count';
import * as noticesMigration from './migrations/2026_12_09_3003_service_queue_notices';
import * as surveyTokenMigration from './migrations/2026_12_11_3004_service_queue_survey_token';
import './notices';
import { queueOpenData } from './open-data';
import { defineQueuePolicies } from './policy';
import { queueRoutes } from './routes/index';
import { queueDemoLogins, seedQueue } from './seed';

/** The digital queue (antrian): kiosks, online tickets and bookings, counters, boards, phone pages, statistics. */
export const serviceQueueModule: ModuleManifest = {
  name: 'service-queue',
  audit: queueAuditVocabulary,
  migrations: {
    '2026_12_07_3001_service_queue': serviceQueueMigration,
    '2026_12_07_3002_service_queue_line_count': lineCountMigration,
    '2026_12_09_3003_service_queue_notices': noticesMigration,
    '2026_12_11_3004_service_queue_survey_token': surveyTokenMigration,
  },
  policies: defineQueuePolicies,
  routes(app, services) {
    queueRoutes(app, services);
    queueBenchRoutes(app, services);
  },
  openData: queueOpenData,
  seed: seedQueue,
  demoLogins: queueDemoLogins,
};
