import type { ModuleManifest } from '../../platform/module';
import { channelsJobs, channelsMigrations, channelsPolicies, channelsRoutes } from './channels/index';
import * as complaintsMigration from './migrations/2026_11_23_2001_complaints';
import { defineComplaintsPolicies } from './policy';
import { complaintsRoutes } from './routes';

/** Complaints (pengaduan): intake, verification and routing, deadlines, answers, ratings, public statistics. */
export const complaintsModule: ModuleManifest = {
  name: 'complaints',
  migrations: {
    '2026_11_23_2001_complaints': complaintsMigration,
    ...channelsMigrations,
  },
  policies(access) {
    defineComplaintsPolicies(access);
    channelsPolicies(access);
  },
  routes(app, services) {
    complaintsRoutes(app, services);
    channelsRoutes(app, services);
  },
  jobs: channelsJobs,
};
