import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute } from '../../routes/shell';
import { searchString } from '../../ui/search';

/** The structure and import pages: routes whose parent is `staffRoute` from `routes/shell.tsx`; router.tsx adds them. */
const unitsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/units',
  component: lazyRouteComponent(() => import('./UnitsPage'), 'UnitsPage'),
});
const unitRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/units/$unitId',
  component: lazyRouteComponent(() => import('./UnitDetailPage'), 'UnitDetailPage'),
});
const structureRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/structure',
  validateSearch: (search: Record<string, unknown>): { employee?: string } => ({
    employee: searchString(search.employee),
  }),
  component: lazyRouteComponent(() => import('./StructurePage'), 'StructurePage'),
});
const importRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'people/import',
  component: lazyRouteComponent(() => import('./ImportPage'), 'ImportPage'),
});

export const structureRoutes = [unitsRoute, unitRoute, structureRoute, importRoute] as const;
