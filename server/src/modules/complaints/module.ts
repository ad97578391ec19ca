import type { ModuleManifest } from '../../platform/module';
import { complaintsAuditVocabulary } from './audit-vocabulary';
import { complaintsBenchRoutes } from './bench-data';
import { channelsMigrations, channelsPolicies, channelsRoutes } from './channels/index';
import { complaintsHeadline } from './headline';
import { complaintsJobs } from './jobs';
import * as complaintsMigration from './migrations/2026_11_23_2001_complaints';
import * as complaintsEventOrder from './migrations/2026_11_23_2002_complaints_event_order';
import * as complaintsPerformance from './migrations/2026_11_23_2003_complaints_performance';
import * as complaintsWordSearch from './migrations/2026_11_23_2004_complaints_word_search';
import * as complaintsStatsRevisions from './migrations/2026_11_23_2005_complaints_stats_revisions';
import * as complaintsSupports from './migrations/2026_12_06_2006_complaints_supports';
import * as complaintsLevyCategory from './migrations/2026_12_08_2007_complaints_levy_category';
import * as complaintsChatFollowers from './migrations/2026_12_09_2008_complaints_chat_followers';
import { complaintsOpenData } from './open-data';
import { defineComplaintsPolicies } from './policy';
import { complaintsRoutes } from './routes/index';
import { complaintsDemoLogins, seedComplaints } from './seed';

/** Complaints (pengaduan): intake, verification and routing, deadlines, answers, ratings, public statistics. */
export const complaintsModule: ModuleManifest = {
  name: 'complaints',
  audit: complaintsAuditVocabulary,
  migrations: {
    '2026_11_23_2001_complaints': complaintsMigration,
    '2026_11_23_2002_complaints_event_order': complaintsEventOrder,
    '2026_11_23_2003_complaints_performance': complaintsPerformance,
    '2026_11_23_2004_complaints_word_search': complaintsWordSearch,
    '2026_11_23_2005_complaints_stats_revisions': complaintsStatsRevisions,
    '2026_12_06_2006_complaints_supports': complaintsSupports,
    '2026_12_08_2007_complaints_levy_category': complaintsLevyCategory,
    '2026_12_09_2008_complaints_chat_followers': complaintsChatFollowers,
    ...channelsMigrations,
  },
  policies(access) {
    defineComplaintsPolicies(access);
    channelsPolicies(access);
  },
  routes(app, services) {
    complaintsRoutes(app, services);
    complaintsBenchRoutes(app, services);
    channelsRoutes(app, services);
  },
  jobs: complaintsJobs,
  headlineFigures: complaintsHeadline,
  openData: complaintsOpenData,
  seed: seedComplaints,
  demoLogins: complaintsDemoLogins,
};
