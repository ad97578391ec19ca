import { PERFORMANCE_PERMISSIONS } from '@lentera/common';
import { defineWebModule } from '../ui/web-module';
import { portalCardEn, portalCardId } from './messages/portal-card';
import { performancePublicRoutes, performanceStaffRoutes } from './routes';

/** Kinerja (SKP): plans, reports, reviews and dashboards for staff, and the published results. */
export const performanceWebModule = defineWebModule({
  key: 'performance',
  publicRoutes: performancePublicRoutes,
  staffRoutes: performanceStaffRoutes,
  navGroup: { key: 'performance', labelKey: 'nav.groupPerformance' },
  nav: [
    {
      key: 'performance-plan',
      path: '/t/$slug/performance/plan',
      labelKey: 'performance.nav.plan',
      group: 'performance',
      permission: PERFORMANCE_PERMISSIONS.me,
      descriptionKey: 'performance.nav.planDescription',
    },
    {
      key: 'performance-reports',
      path: '/t/$slug/performance/reports',
      labelKey: 'performance.nav.reports',
      group: 'performance',
      permission: PERFORMANCE_PERMISSIONS.me,
      descriptionKey: 'performance.nav.reportsDescription',
    },
    {
      key: 'performance-history',
      path: '/t/$slug/performance/history',
      labelKey: 'performance.nav.history',
      group: 'performance',
      permission: PERFORMANCE_PERMISSIONS.me,
      descriptionKey: 'performance.nav.historyDescription',
    },
    {
      key: 'performance-inbox',
      path: '/t/$slug/performance/inbox',
      labelKey: 'performance.nav.inbox',
      group: 'performance',
      permission: PERFORMANCE_PERMISSIONS.review,
      descriptionKey: 'performance.nav.inboxDescription',
    },
    {
      key: 'performance-dashboard',
      path: '/t/$slug/performance/dashboard',
      labelKey: 'performance.nav.dashboard',
      group: 'performance',
      permission: PERFORMANCE_PERMISSIONS.dashboard,
      descriptionKey: 'performance.nav.dashboardDescription',
    },
    {
      key: 'performance-follow-up',
      path: '/t/$slug/performance/follow-up',
      labelKey: 'performance.nav.followUp',
      group: 'performance',
      permission: PERFORMANCE_PERMISSIONS.followUp,
      descriptionKey: 'performance.nav.followUpDescription',
    },
    {
      key: 'performance-admin',
      path: '/t/$slug/performance/admin',
      labelKey: 'performance.nav.admin',
      group: 'performance',
      permission: PERFORMANCE_PERMISSIONS.manage,
      descriptionKey: 'performance.nav.adminDescription',
    },
  ],
  portalCards: [
    {
      key: 'performance-results',
      titleKey: 'performance.portalCard.title',
      textKey: 'performance.portalCard.text',
      linkKey: 'performance.portalCard.link',
      to: '/t/$slug/kinerja',
    },
  ],
  messages: {
    performance: {
      portal: { id: portalCardId, en: portalCardEn },
      load: () => import('./messages').then((m) => ({ id: m.performanceId, en: m.performanceEn })),
    },
  },
});
