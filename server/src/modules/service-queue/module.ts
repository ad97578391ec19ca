import type { ModuleManifest } from '../../platform/module';
import { queueAuditVocabulary } from './audit-vocabulary';
import * as serviceQueueMigration from './migrations/2026_12_07_3001_service_queue';
import * as lineCountMigration from './migrations/2026_12_07_3002_service_queue_line_count';
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
  },
  policies: defineQueuePolicies,
  routes: queueRoutes,
  openData: queueOpenData,
  seed: seedQueue,
  demoLogins: queueDemoLogins,
};
