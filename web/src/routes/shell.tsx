import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet } from '@tanstack/react-router';
import { RequireAccess } from '../ui/guards';
import { AppLayout } from '../ui/layout/AppLayout';
import { NotFoundPage } from '../ui/NotFoundPage';
import type { Navigation } from '../ui/nav';
import { RouteError } from '../ui/RouteError';
import { TenantBoundary } from '../ui/TenantBoundary';
import { tenantQuery } from '../ui/tenant';

/**
 * The routes every feature hangs its pages under. A module keeps its own `routes.tsx` (children of
 * `tenantRoute` for public pages, of `staffRoute` for the workspace), its manifest lists them and router.tsx
 * assembles them from `modules.ts`.
 */

export interface RouterContext {
  queryClient: QueryClient;
  /** The navbar, built from the modules' manifests (passed in, so that this file imports no module). */
  navigation: Navigation;
  /** Fetches the modules' texts (once); every page but the portal home waits for them (`module-messages.ts`). */
  moduleMessages: () => Promise<void>;
  /** Whether the page at this path shows only texts that ship with the app (the portal home). */
  needsNoModuleMessages: (pathname: string) => boolean;
}

/**
 * Starts a fetch a few seconds after the page began, once the browser is idle: on a slow connection the page's own
 * data and code go first (an idle callback alone fires while the page waits for the network).
 */
function later(work: () => void): void {
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 5000 });
    else work();
  }, 3000);
}

function RootLayout() {
  const { navigation } = rootRoute.useRouteContext();
  return <AppLayout navEntries={navigation.entries} navGroups={navigation.groups} />;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The modules' texts are there before any of their pages renders; the portal home shows without them (its first
  // load stays small) and fetches them while the visitor reads, for the next page.
  beforeLoad: async ({ context, location }) => {
    if (!context.needsNoModuleMessages(location.pathname)) return context.moduleMessages();
    later(() => void context.moduleMessages().catch(() => undefined));
  },
  component: RootLayout,
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
