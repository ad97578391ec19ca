import type { Scenario } from '../lib/types';
import { adminRoles } from './admin-roles';
import { insert } from './baseline-insert';
import { noop } from './baseline-noop';
import { complaintsIntake } from './complaints-intake';
import { complaintsOfficerList } from './complaints-officer-list';
import { complaintsStats } from './complaints-stats';
import { login } from './login';
import { peopleList } from './people-list';
import { performanceDashboard10k } from './performance-dashboard-10k';
import { performancePublished } from './performance-published';
import { performanceReviewInbox } from './performance-review-inbox';
import { portalHomeApi } from './portal-home-api';
import { portalHomeAssets } from './portal-home-assets';
import { portalHomeHtml } from './portal-home-html';
import { queueKioskTicket } from './queue-kiosk-ticket';
import { servicesCatalog } from './services-catalog';
import { servicesPage } from './services-page';
import { servicesRequest } from './services-request';
import { surveysRespond } from './surveys-respond';
import { surveysResults1m } from './surveys-results-1m';
import { trainingCheckIn } from './training-check-in';
import { trainingCompliance } from './training-compliance';
import { workforceStats100k } from './workforce-stats-100k';

/** Measured first in every run; every other figure is reported as a ratio to these. */
export const baselines = { noop, insert };

/**
 * Run in this order after the baselines. A new scenario: one file in this folder and one line here. Seeded
 * scales only grow within a run, so scenarios needing more data come after those needing less.
 */
export const scenarios: Scenario[] = [
  login,
  adminRoles,
  portalHomeHtml,
  portalHomeApi,
  portalHomeAssets,
  complaintsIntake,
  complaintsOfficerList,
  complaintsStats,
  queueKioskTicket,
  servicesCatalog,
  servicesPage,
  servicesRequest,
  surveysRespond,
  surveysResults1m,
  trainingCheckIn,
  peopleList,
  performanceReviewInbox,
  performanceDashboard10k,
  performancePublished,
  workforceStats100k,
  trainingCompliance,
];
