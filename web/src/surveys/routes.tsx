import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute, tenantRoute } from '../routes/shell';
import { searchString } from '../ui/search';

export interface SurveySearch {
  period?: string;
  unitId?: string;
}
/** A period (`2026-S1`) and a unit from the address; anything else is dropped. */
export function validateSurveySearch(search: Record<string, unknown>): SurveySearch {
  const period = searchString(search.period);
  return {
    period: period && /^\d{4}-S[12]$/.test(period) ? period : undefined,
    unitId: searchString(search.unitId)?.slice(0, 64),
  };
}

// --- Public (children of /t/$slug) ----------------------------------------------------------------------------

const resultsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'survei',
  validateSearch: validateSurveySearch,
  // Lazy: the charts stay out of the portal's first load.
  component: lazyRouteComponent(() => import('./ResultsPage'), 'ResultsPage'),
});
const openRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'survei/terbuka/$unitId/$serviceKey',
  component: lazyRouteComponent(() => import('./SurveyPage'), 'OpenSurveyPage'),
});
const tokenRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'survei/$token',
  component: lazyRouteComponent(() => import('./SurveyPage'), 'SurveyPage'),
});

// The counter's kiosk: signed in (the page checks the kiosk permission), but outside the staff area so that the person
// answering on the officer's tablet gets no staff menu; the page hides the portal's header as well.
const kioskRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'survei-kios',
  component: lazyRouteComponent(() => import('./staff/KioskPage'), 'KioskPage'),
});

/** Public survey pages; the manifest hands them to router.tsx, which adds them under `tenantRoute`. */
export const surveysPublicRoutes = [resultsRoute, openRoute, tokenRoute, kioskRoute] as const;

// --- Staff (children of staffRoute) ---------------------------------------------------------------------------

const staffResultsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'survei-hasil',
  validateSearch: validateSurveySearch,
  component: lazyRouteComponent(() => import('./staff/DashboardPage'), 'DashboardPage'),
});
const paperRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'survei-kertas',
  validateSearch: validateSurveySearch,
  component: lazyRouteComponent(() => import('./staff/PaperPage'), 'PaperPage'),
});
const publishRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'survei-terbitkan',
  validateSearch: validateSurveySearch,
  component: lazyRouteComponent(() => import('./staff/PublishPage'), 'PublishPage'),
});
const planRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'survei-rencana',
  validateSearch: validateSurveySearch,
  component: lazyRouteComponent(() => import('./staff/PlanPage'), 'PlanPage'),
});

const questionsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'survei-pertanyaan',
  component: lazyRouteComponent(() => import('./staff/QuestionsPage'), 'QuestionsPage'),
});

/** Signed-in survey pages; the manifest hands them to router.tsx, which adds them under `staffRoute`. */
export const surveysStaffRoutes = [staffResultsRoute, paperRoute, publishRoute, planRoute, questionsRoute] as const;
