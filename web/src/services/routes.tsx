import { REQUEST_STATUSES } from '@lentera/common';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute, tenantRoute } from '../routes/shell';
import { searchIsoDate, searchPositiveInt, searchString } from '../ui/search';

export interface InboxSearch {
  status?: string;
  serviceId?: string;
  q?: string;
  page?: number;
}
/** The inbox's filters from the address: a known status (or `open`, `overdue`), a service, words, a page. */
export function validateInboxSearch(search: Record<string, unknown>): InboxSearch {
  const status = searchString(search.status);
  const known = ['open', 'overdue', 'all', ...REQUEST_STATUSES] as readonly string[];
  return {
    status: status && known.includes(status) ? status : undefined,
    serviceId: searchString(search.serviceId)?.slice(0, 64),
    q: searchString(search.q)?.slice(0, 100),
    page: searchPositiveInt(search.page),
  };
}

// --- Public (children of /t/$slug) ----------------------------------------------------------------------------

const catalogRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'layanan',
  validateSearch: (search: Record<string, unknown>): { q?: string; unitId?: string } => ({
    q: searchString(search.q)?.slice(0, 100),
    unitId: searchString(search.unitId)?.slice(0, 64),
  }),
  component: lazyRouteComponent(() => import('./CatalogPage'), 'CatalogPage'),
});
const serviceRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'layanan/$serviceId',
  component: lazyRouteComponent(() => import('./ServicePage'), 'ServicePage'),
});
const versionRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'layanan/$serviceId/versi/$version',
  component: lazyRouteComponent(() => import('./ServicePage'), 'ServiceVersionPage'),
});
const applyRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'layanan/$serviceId/ajukan',
  component: lazyRouteComponent(() => import('./ApplyPage'), 'ApplyPage'),
});
const confirmRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'layanan/konfirmasi/$token',
  component: lazyRouteComponent(() => import('./FollowPage'), 'ConfirmPage'),
});
const followRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'layanan/ikuti/$token',
  component: lazyRouteComponent(() => import('./FollowPage'), 'FollowPage'),
});
const statsRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'layanan/statistik',
  validateSearch: (
    search: Record<string, unknown>,
  ): { from?: string; to?: string; unitId?: string; serviceId?: string } => ({
    from: searchIsoDate(search.from),
    to: searchIsoDate(search.to),
    unitId: searchString(search.unitId)?.slice(0, 64),
    serviceId: searchString(search.serviceId)?.slice(0, 64),
  }),
  // Lazy: the charts (recharts) stay out of the portal's first load.
  component: lazyRouteComponent(() => import('./StatsPage'), 'StatsPage'),
});

/** Public service pages; the manifest hands them to router.tsx, which adds them under `tenantRoute`. */
export const servicesPublicRoutes = [
  catalogRoute,
  serviceRoute,
  versionRoute,
  applyRoute,
  confirmRoute,
  followRoute,
  statsRoute,
] as const;

// --- Signed in (children of staffRoute: a citizen's own requests, the officers' and admins' screens) ----------

const mineRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'layanan/saya',
  validateSearch: (search: Record<string, unknown>): { page?: number } => ({ page: searchPositiveInt(search.page) }),
  component: lazyRouteComponent(() => import('./MinePage'), 'MinePage'),
});
const mineOneRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'layanan/saya/$requestId',
  component: lazyRouteComponent(() => import('./MinePage'), 'MineOnePage'),
});

const inboxRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'layanan-kotak-masuk',
  validateSearch: validateInboxSearch,
  component: lazyRouteComponent(() => import('./staff/InboxPage'), 'InboxPage'),
});
const officerRequestRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'layanan-kotak-masuk/$requestId',
  component: lazyRouteComponent(() => import('./staff/OfficerRequestPage'), 'OfficerRequestPage'),
});
const adminRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'layanan-kelola',
  component: lazyRouteComponent(() => import('./staff/AdminListPage'), 'AdminListPage'),
});
const adminServiceRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'layanan-kelola/$serviceId',
  component: lazyRouteComponent(() => import('./staff/AdminServicePage'), 'AdminServicePage'),
});
const approvalsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'layanan-persetujuan',
  component: lazyRouteComponent(() => import('./staff/ApprovalsPage'), 'ApprovalsPage'),
});

/** Signed-in service pages; the manifest hands them to router.tsx, which adds them under `staffRoute`. */
export const servicesStaffRoutes = [
  mineRoute,
  mineOneRoute,
  inboxRoute,
  officerRequestRoute,
  adminRoute,
  adminServiceRoute,
  approvalsRoute,
] as const;
