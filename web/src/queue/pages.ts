import { lazy } from 'react';

// The queue's pages, each fetched when first shown. The routes import this small module rather than each page:
// the router (in the portal's first load) then names one chunk for the queue instead of every page's many
// dependencies.
export const LocationsPage = lazy(() => import('./LocationsPage').then((m) => ({ default: m.LocationsPage })));
export const KioskPage = lazy(() => import('./KioskPage').then((m) => ({ default: m.KioskPage })));
export const BoardPage = lazy(() => import('./BoardPage').then((m) => ({ default: m.BoardPage })));
export const TicketPage = lazy(() => import('./TicketPage').then((m) => ({ default: m.TicketPage })));
export const ConsolePage = lazy(() => import('./ConsolePage').then((m) => ({ default: m.ConsolePage })));
export const AdminPage = lazy(() => import('./AdminPage').then((m) => ({ default: m.AdminPage })));
export const StatsPage = lazy(() => import('./StatsPage').then((m) => ({ default: m.StatsPage })));
