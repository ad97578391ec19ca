import { PERMISSIONS } from '@lentera/common';
import { createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { loadModuleMessages, registerPortalMessages, showsOnlyPortalMessages } from './module-messages';
import { WEB_MODULES, type WebModules } from './modules';
import { NAVIGATION } from './navigation';
import { rootRoute, staffRoute, tenantRoute } from './routes/shell';
import { RequireAccess } from './ui/guards';
import { queryClient } from './ui/query';
import { safeNext, searchIsoDate, searchPositiveInt, searchString } from './ui/search';

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
const nationalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/nasional',
  staticData: { area: 'staff' },
  component: () => (
    <RequireAccess permission={PERMISSIONS.nationalView}>
      <NationalOverviewPage />
    </RequireAccess>
  ),
});
const NationalOverviewPage = lazyRouteComponent(
  () => import('./admin/national/NationalOverviewPage'),
  'NationalOverviewPage',
);

const portalHomeRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./portal/home/PortalHomePage'), 'PortalHomePage'),
});
/** The government's open-data catalog: every module's published datasets (a platform page). */
const openDataRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'open-data',
  component: lazyRouteComponent(() => import('./open-data/OpenDataPage'), 'OpenDataPage'),
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
const messagingSettingsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'admin/messaging',
  component: lazyRouteComponent(() => import('./admin/messaging/MessagingSettingsPage'), 'MessagingSettingsPage'),
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

// The platform's pages, and every module's from its manifest (modules.ts).
type ModulePublicRoute = WebModules[number]['publicRoutes'][number];
type ModuleStaffRoute = WebModules[number]['staffRoutes'][number];
const moduleRoutes = {
  public: WEB_MODULES.flatMap((module): readonly ModulePublicRoute[] => module.publicRoutes),
  staff: WEB_MODULES.flatMap((module): readonly ModuleStaffRoute[] => module.staffRoutes),
};

const routeTree = rootRoute.addChildren([
  directoryRoute,
  loginRoute,
  verifyRoute,
  resetRoute,
  systemTenantsRoute,
  nationalRoute,
  tenantRoute.addChildren([
    portalHomeRoute,
    openDataRoute,
    tenantLoginRoute,
    registerRoute,
    tenantVerifyRoute,
    tenantResetRoute,
    ...moduleRoutes.public,
    staffRoute.addChildren([
      workspaceRoute,
      accountRoute,
      rolesRoute,
      holidaysRoute,
      messagingSettingsRoute,
      auditRoute,
      ...moduleRoutes.staff,
    ]),
  ]),
]);

registerPortalMessages(WEB_MODULES);

export const router = createRouter({
  routeTree,
  context: {
    queryClient,
    navigation: NAVIGATION,
    moduleMessages: () => loadModuleMessages(WEB_MODULES),
    needsNoModuleMessages: showsOnlyPortalMessages,
  },
  defaultPreload: 'intent',
  // Query caches the data; the router should not hold a second, stale copy.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});
