import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute, tenantRoute } from '../routes/shell';

// Every page is lazy (through ./pages, one chunk name in the router for all of them) and reads its search parameters
// itself: the queue adds only these few lines to the portal's first load.

/** Public: the locations, the kiosk (`?k=` its secret, `?kertas=58` its paper), the board, a ticket's phone page. */
export const queuePublicRoutes = [
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian',
    component: lazyRouteComponent(() => import('./pages'), 'LocationsPage'),
  }),
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian/anjungan/$id',
    component: lazyRouteComponent(() => import('./pages'), 'KioskPage'),
  }),
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian/papan/$id',
    component: lazyRouteComponent(() => import('./pages'), 'BoardPage'),
  }),
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian/tiket/$token',
    component: lazyRouteComponent(() => import('./pages'), 'TicketPage'),
  }),
] as const;

/** Signed in: the officer's console (`?loket=` a counter), the setup, the statistics. */
export const queueStaffRoutes = [
  createRoute({
    getParentRoute: () => staffRoute,
    path: 'antrian/loket',
    component: lazyRouteComponent(() => import('./pages'), 'ConsolePage'),
  }),
  createRoute({
    getParentRoute: () => staffRoute,
    path: 'antrian/pengaturan',
    component: lazyRouteComponent(() => import('./pages'), 'AdminPage'),
  }),
  createRoute({
    getParentRoute: () => staffRoute,
    path: 'antrian/statistik',
    component: lazyRouteComponent(() => import('./pages'), 'StatsPage'),
  }),
] as const;
