import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute, tenantRoute } from '../routes/shell';
import { searchPositiveInt, searchString } from '../ui/search';

function searchYear(value: unknown): number | undefined {
  const year = searchPositiveInt(value);
  return year && year >= 2000 && year <= 2100 ? year : undefined;
}
function searchPeriod(value: unknown): number | undefined {
  const period = searchPositiveInt(value);
  return period && period <= 12 ? period : undefined;
}
const yearOnly = (search: Record<string, unknown>): { year?: number } => ({ year: searchYear(search.year) });
const yearAndPeriod = (search: Record<string, unknown>): { year?: number; period?: number } => ({
  year: searchYear(search.year),
  period: searchPeriod(search.period),
});

const planRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/plan',
  validateSearch: yearOnly,
  component: lazyRouteComponent(() => import('./PlanPage'), 'PlanPage'),
});
const reportsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/reports',
  validateSearch: yearAndPeriod,
  component: lazyRouteComponent(() => import('./ReportsPage'), 'ReportsPage'),
});
const historyRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/history',
  component: lazyRouteComponent(() => import('./TeamPages'), 'HistoryPage'),
});
const inboxRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/inbox',
  component: lazyRouteComponent(() => import('./ReviewPages'), 'InboxPage'),
});
const reviewPlanRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/review/plans/$planId',
  component: lazyRouteComponent(() => import('./ReviewPages'), 'ReviewPlanPage'),
});
const reviewReportRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/review/reports/$reportId',
  component: lazyRouteComponent(() => import('./ReviewPages'), 'ReviewReportPage'),
});
const teamRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/team',
  validateSearch: yearAndPeriod,
  component: lazyRouteComponent(() => import('./TeamPages'), 'TeamPage'),
});
const employeeAnnualRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/employees/$employeeId/annual',
  validateSearch: yearOnly,
  component: lazyRouteComponent(() => import('./AnnualPages'), 'EmployeeAnnualPage'),
});
const annualRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/annuals/$annualId',
  component: lazyRouteComponent(() => import('./AnnualPages'), 'AnnualByIdPage'),
});
const dashboardRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/dashboard',
  validateSearch: (search: Record<string, unknown>): { year?: number; period?: number; unit?: string } => ({
    ...yearAndPeriod(search),
    unit: searchString(search.unit),
  }),
  component: lazyRouteComponent(() => import('./DashboardPage'), 'DashboardPage'),
});
const adminRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/admin',
  component: lazyRouteComponent(() => import('./AdminPage'), 'AdminPage'),
});
const followUpRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'performance/follow-up',
  validateSearch: yearOnly,
  component: lazyRouteComponent(() => import('./FollowUpPage'), 'FollowUpPage'),
});

const publicRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'kinerja',
  validateSearch: yearOnly,
  // Lazy: the charts stay out of the portal's first load.
  component: lazyRouteComponent(() => import('./PublicPage'), 'PublicPerformancePage'),
});

/** The performance (SKP) staff pages: children of `staffRoute`; router.tsx adds them. */
export const performanceStaffRoutes = [
  planRoute,
  reportsRoute,
  historyRoute,
  inboxRoute,
  reviewPlanRoute,
  reviewReportRoute,
  teamRoute,
  employeeAnnualRoute,
  annualRoute,
  dashboardRoute,
  adminRoute,
  followUpRoute,
] as const;

/** The public performance page of a government: a child of `tenantRoute`. */
export const performancePublicRoutes = [publicRoute] as const;
