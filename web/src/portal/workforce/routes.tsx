import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { tenantRoute } from '../../routes/shell';

/** The workforce pages: routes whose parent is `tenantRoute` from `routes/shell.tsx`; router.tsx adds them. */
const workforceRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'workforce',
  // Lazy: the charts (recharts) stay out of the portal's first load.
  component: lazyRouteComponent(() => import('./WorkforcePage'), 'WorkforcePage'),
});

export const workforceRoutes = [workforceRoute] as const;
