import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute, tenantRoute } from '../routes/shell';

// Every page is lazy and reads its search parameters itself: the queue adds only these few lines to the portal's
// first load.

/** Public: the locations, the kiosk (`?k=` its secret, `?kertas=58` its paper), the board, a ticket's phone page. */
export const queuePublicRoutes = [
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian',
    component: lazyRouteComponent(() => import('./LocationsPage'), 'LocationsPage'),
  }),
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian/anjungan/$id',
    component: lazyRouteComponent(() => import('./KioskPage'), 'KioskPage'),
  }),
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian/papan/$id',
    component: lazyRouteComponent(() => import('./BoardPage'), 'BoardPage'),
  }),
  createRoute({
    getParentRoute: () => tenantRoute,
    path: 'antrian/tiket/$token',
    component: lazyRouteComponent(() => import('./TicketPage'), 'TicketPage'),
  }),
] as const;

/** Signed in: the officer's console (`?loket=` a counter), the setup, the statistics. */
export const queueStaffRoutes = [
  createRoute({
    getParentRoute: () => staffRoute,
    path: 'antrian/loket',
    component: lazyRouteComponent(() => import('./ConsolePage'), 'ConsolePage'),
  }),
  createRoute({
    getParentRoute: () => staffRoute,
    path: 'antrian/pengaturan',
    component: lazyRouteComponent(() => import('./AdminPage'), 'AdminPage'),
  }),
  createRoute({
    getParentRoute: () => staffRoute,
    path: 'antrian/statistik',
    component: lazyRouteComponent(() => import('./StatsPage'), 'StatsPage'),
  }),
] as const;
