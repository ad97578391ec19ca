import { COMPLAINT_STATUSES, type ComplaintStatus } from '@lentera/common';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute, tenantRoute } from '../routes/shell';
import { searchIsoDate, searchPositiveInt, searchString } from '../ui/search';
import { validateNewComplaintSearch } from './prefill';

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

export interface PublicListSearch {
  q?: string;
  categoryId?: string;
  status?: ComplaintStatus;
  page?: number;
}
export function validatePublicListSearch(search: Record<string, unknown>): PublicListSearch {
  return {
    q: searchString(search.q)?.slice(0, 100),
    categoryId: searchString(search.categoryId),
    status: oneOf(COMPLAINT_STATUSES, search.status),
    page: searchPositiveInt(search.page),
  };
}

export interface OfficerSearch {
  q?: string;
  /** One status or several, comma-separated (`received,postponed`), as the server accepts them. */
  status?: string;
  overdue?: 'true';
  assignedToMe?: 'true';
  page?: number;
}
export function validateOfficerSearch(search: Record<string, unknown>): OfficerSearch {
  return {
    q: searchString(search.q)?.slice(0, 100),
    status: statusList(search.status),
    overdue: search.overdue === 'true' || search.overdue === true ? 'true' : undefined,
    assignedToMe: search.assignedToMe === 'true' || search.assignedToMe === true ? 'true' : undefined,
    page: searchPositiveInt(search.page),
  };
}

/** Known statuses from `a,b` (or one) in a stable order, or `all` (the choice emptied); else undefined. */
export function statusList(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === 'all') return 'all';
  const wanted = new Set(value.split(','));
  const known = COMPLAINT_STATUSES.filter((s) => wanted.has(s));
  return known.length ? known.join(',') : undefined;
}

const pageSearch = (search: Record<string, unknown>): { page?: number } => ({ page: searchPositiveInt(search.page) });

// --- Public (children of /t/$slug) ----------------------------------------------------------------------------

const newRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'pengaduan/baru',
  validateSearch: validateNewComplaintSearch,
  component: lazyRouteComponent(() => import('./NewComplaintPage'), 'NewComplaintPage'),
});
const followRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'pengaduan/ikuti/$token',
  component: lazyRouteComponent(() => import('./FollowPage'), 'FollowPage'),
});
/** The address the server puts in its e-mails (`followPath`): the same page. */
const followAliasRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'complaints/follow/$token',
  component: lazyRouteComponent(() => import('./FollowPage'), 'FollowPage'),
});
const publicListRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'pengaduan',
  validateSearch: validatePublicListSearch,
  component: lazyRouteComponent(() => import('./PublicListPage'), 'PublicListPage'),
});
/** One published complaint, beside the list: `/t/:slug/pengaduan/DUM-ADU-2026-000123` (`?dukung=` confirms a "me too"). */
const publicOneRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'pengaduan/$code',
  validateSearch: (search: Record<string, unknown>): { dukung?: string } => ({
    dukung: searchString(search.dukung)?.slice(0, 100),
  }),
  component: lazyRouteComponent(() => import('./PublicComplaintPage'), 'PublicComplaintPage'),
});
const statsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'pengaduan/statistik',
  validateSearch: (search: Record<string, unknown>): { from?: string; to?: string } => ({
    from: searchIsoDate(search.from),
    to: searchIsoDate(search.to),
  }),
  // Lazy: the charts (recharts) stay out of the portal's first load.
  component: lazyRouteComponent(() => import('./StatsPage'), 'StatsPage'),
});

/** Public complaint pages; the manifest hands them to router.tsx, which adds them under `tenantRoute`. */
export const complaintsPublicRoutes = [
  newRoute,
  followRoute,
  followAliasRoute,
  publicListRoute,
  publicOneRoute,
  statsRoute,
] as const;

// --- Signed in (children of staffRoute: citizens' own complaints and the officers' screens) --------------------

const mineRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pengaduan/saya',
  validateSearch: pageSearch,
  component: lazyRouteComponent(() => import('./MinePage'), 'MinePage'),
});
const mineOneRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pengaduan/saya/$complaintId',
  component: lazyRouteComponent(() => import('./MinePage'), 'MineOnePage'),
});
const inboxRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'complaints/verification',
  validateSearch: validateOfficerSearch,
  component: lazyRouteComponent(() => import('./officer/OfficerListPage'), 'VerificationInboxPage'),
});
const workRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'complaints/follow-up',
  validateSearch: validateOfficerSearch,
  component: lazyRouteComponent(() => import('./officer/OfficerListPage'), 'FollowUpListPage'),
});
const detailRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'complaints/$complaintId',
  component: lazyRouteComponent(() => import('./officer/ComplaintDetailPage'), 'ComplaintDetailPage'),
});
const slaRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'complaints-sla',
  component: lazyRouteComponent(() => import('./officer/SlaBoardPage'), 'SlaBoardPage'),
});
const myTeamRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'complaints-my-team',
  validateSearch: pageSearch,
  component: lazyRouteComponent(() => import('./officer/MyTeamPage'), 'MyTeamPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'complaints-settings',
  component: lazyRouteComponent(() => import('./officer/SettingsPage'), 'SettingsPage'),
});

/** Signed-in complaint pages; the manifest hands them to router.tsx, which adds them under `staffRoute`. */
export const complaintsStaffRoutes = [
  mineRoute,
  mineOneRoute,
  inboxRoute,
  workRoute,
  detailRoute,
  slaRoute,
  myTeamRoute,
  settingsRoute,
] as const;
