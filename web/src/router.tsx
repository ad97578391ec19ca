import { PERMISSIONS } from '@lentera/common';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
} from '@tanstack/react-router';
import { NAV_ENTRIES } from './navigation';
import { RequireAccess } from './ui/guards';
import { AppLayout } from './ui/layout/AppLayout';
import { NotFoundPage } from './ui/NotFoundPage';
import { queryClient } from './ui/query';
import { RouteError } from './ui/RouteError';
import { safeNext, searchIsoDate, searchPositiveInt, searchString } from './ui/search';
import { TenantBoundary } from './ui/TenantBoundary';
import { tenantQuery } from './ui/tenant';

interface RouterContext {
  queryClient: QueryClient;
}

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** Pages of the staff area show the navigation bar. */
    area?: 'staff';
  }
  interface Register {
    router: typeof router;
  }
}

const validateNext = (search: Record<string, unknown>): { next?: string } => ({ next: safeNext(search.next) });
const validateToken = (search: Record<string, unknown>): { token?: string } => ({ token: searchString(search.token) });

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => <AppLayout navEntries={NAV_ENTRIES} />,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

// Public pages without a tenant.
const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./portal/directory/TenantDirectoryPage'), 'TenantDirectoryPage'),
});
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: validateNext,
  component: lazyRouteComponent(() => import('./citizen/auth/LoginPage'), 'LoginPage'),
});
const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  validateSearch: validateToken,
  component: lazyRouteComponent(() => import('./citizen/auth/VerifyEmailPage'), 'VerifyEmailPage'),
});
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset',
  validateSearch: validateToken,
  component: lazyRouteComponent(() => import('./citizen/auth/PasswordResetPage'), 'PasswordResetPage'),
});

// System administration.
const systemTenantsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/tenants',
  staticData: { area: 'staff' },
  component: () => (
    <RequireAccess permission={PERMISSIONS.manageTenants}>
      <SystemTenantsPage />
    </RequireAccess>
  ),
});
const SystemTenantsPage = lazyRouteComponent(() => import('./admin/tenants/TenantsAdminPage'), 'TenantsAdminPage');

// Everything of one government, under /t/:slug.
const tenantRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/t/$slug',
  // Start loading the tenant with the page's code; TenantBoundary shows "not found" for an unknown slug.
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(tenantQuery(params.slug));
  },
  component: () => (
    <TenantBoundary>
      <Outlet />
    </TenantBoundary>
  ),
});
const portalHomeRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./portal/home/PortalHomePage'), 'PortalHomePage'),
});
const tenantLoginRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'login',
  validateSearch: validateNext,
  component: lazyRouteComponent(() => import('./citizen/auth/LoginPage'), 'LoginPage'),
});
const registerRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'register',
  component: lazyRouteComponent(() => import('./citizen/auth/RegisterPage'), 'RegisterPage'),
});
const tenantVerifyRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'verify',
  validateSearch: validateToken,
  component: lazyRouteComponent(() => import('./citizen/auth/VerifyEmailPage'), 'VerifyEmailPage'),
});
const tenantResetRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'reset',
  validateSearch: validateToken,
  component: lazyRouteComponent(() => import('./citizen/auth/PasswordResetPage'), 'PasswordResetPage'),
});

// The staff area: login required, navigation bar shown. Each page checks its own permission.
const staffRoute = createRoute({
  getParentRoute: () => tenantRoute,
  id: 'staff',
  staticData: { area: 'staff' },
  component: () => (
    <RequireAccess permission={null}>
      <Outlet />
    </RequireAccess>
  ),
});
const workspaceRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'workspace',
  component: lazyRouteComponent(() => import('./workspace/home/WorkspaceHomePage'), 'WorkspaceHomePage'),
});
const accountRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('./workspace/account/AccountPage'), 'AccountPage'),
});
const rolesRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'admin/roles',
  validateSearch: (search: Record<string, unknown>): { page?: number; q?: string } => ({
    page: searchPositiveInt(search.page),
    q: searchString(search.q),
  }),
  component: lazyRouteComponent(() => import('./admin/roles/RolesPage'), 'RolesPage'),
});
const holidaysRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'admin/holidays',
  validateSearch: (search: Record<string, unknown>): { year?: number } => {
    const year = searchPositiveInt(search.year);
    return { year: year && year >= 2000 && year <= 2100 ? year : undefined };
  },
  component: lazyRouteComponent(() => import('./admin/holidays/HolidaysPage'), 'HolidaysPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'admin/audit',
  validateSearch: (
    search: Record<string, unknown>,
  ): { page?: number; action?: string; from?: string; to?: string } => ({
    page: searchPositiveInt(search.page),
    action: searchString(search.action),
    from: searchIsoDate(search.from),
    to: searchIsoDate(search.to),
  }),
  component: lazyRouteComponent(() => import('./admin/audit/AuditPage'), 'AuditPage'),
});

const routeTree = rootRoute.addChildren([
  directoryRoute,
  loginRoute,
  verifyRoute,
  resetRoute,
  systemTenantsRoute,
  tenantRoute.addChildren([
    portalHomeRoute,
    tenantLoginRoute,
    registerRoute,
    tenantVerifyRoute,
    tenantResetRoute,
    staffRoute.addChildren([workspaceRoute, accountRoute, rolesRoute, holidaysRoute, auditRoute]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Query caches the data; the router should not hold a second, stale copy.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});
