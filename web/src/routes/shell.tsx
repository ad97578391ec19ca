import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet } from '@tanstack/react-router';
import { NAV_ENTRIES, NAV_GROUPS } from '../navigation';
import { RequireAccess } from '../ui/guards';
import { AppLayout } from '../ui/layout/AppLayout';
import { NotFoundPage } from '../ui/NotFoundPage';
import { RouteError } from '../ui/RouteError';
import { TenantBoundary } from '../ui/TenantBoundary';
import { tenantQuery } from '../ui/tenant';

/**
 * The routes every feature hangs its pages under. A feature keeps its own `routes.tsx` (children of
 * `tenantRoute` for public pages, of `staffRoute` for the workspace) and router.tsx assembles them.
 */

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => <AppLayout navEntries={NAV_ENTRIES} navGroups={NAV_GROUPS} />,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

// Everything of one government, under /t/:slug.
export const tenantRoute = createRoute({
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
// The staff area: login required, navigation bar shown. Each page checks its own permission.
export const staffRoute = createRoute({
  getParentRoute: () => tenantRoute,
  id: 'staff',
  staticData: { area: 'staff' },
  component: () => (
    <RequireAccess permission={null}>
      <Outlet />
    </RequireAccess>
  ),
});
