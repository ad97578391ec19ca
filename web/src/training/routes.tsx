import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { staffRoute, tenantRoute } from '../routes/shell';

// --- Public (children of /t/$slug) ----------------------------------------------------------------------------

/** The address a certificate's QR code opens (the public contract `/t/:slug/verify/:code`). */
const verifyRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'verify/$code',
  component: lazyRouteComponent(() => import('./VerifyPage'), 'VerifyPage'),
});
/** The field to type a code (`/t/:slug/verify` is the e-mail verification's). */
const checkRoute = createRoute({
  getParentRoute: () => tenantRoute,
  path: 'sertifikat',
  component: lazyRouteComponent(() => import('./VerifyPage'), 'CertificateCheckPage'),
});

/** Public training pages; the manifest hands them to router.tsx, which adds them under `tenantRoute`. */
export const trainingPublicRoutes = [verifyRoute, checkRoute] as const;

// --- Signed in (children of staffRoute) -------------------------------------------------------------------------

const catalogRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan',
  component: lazyRouteComponent(() => import('./learn/CatalogPage'), 'CatalogPage'),
});
const mineRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-saya',
  component: lazyRouteComponent(() => import('./learn/MyTrainingPage'), 'MyTrainingPage'),
});

const approvalsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-persetujuan',
  component: lazyRouteComponent(() => import('./team/ApprovalsPage'), 'ApprovalsPage'),
});

const eventsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-kegiatan',
  component: lazyRouteComponent(() => import('./teach/EventsPage'), 'EventsPage'),
});
const eventRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-kegiatan/$eventId',
  component: lazyRouteComponent(() => import('./teach/EventPage'), 'EventPage'),
});

const programmesRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-program',
  component: lazyRouteComponent(() => import('./hr/ProgrammesPage'), 'ProgrammesPage'),
});
const externalRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-eksternal',
  component: lazyRouteComponent(() => import('./hr/ExternalPage'), 'ExternalPage'),
});
const complianceRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-kepatuhan',
  component: lazyRouteComponent(() => import('./hr/CompliancePage'), 'CompliancePage'),
});

const needsRoute = createRoute({
  getParentRoute: () => staffRoute,
  path: 'pelatihan-kebutuhan',
  component: lazyRouteComponent(() => import('./hr/NeedsPage'), 'NeedsPage'),
});

/** Signed-in training pages; the manifest hands them to router.tsx, which adds them under `staffRoute`. */
export const trainingStaffRoutes = [
  catalogRoute,
  mineRoute,
  approvalsRoute,
  eventsRoute,
  eventRoute,
  programmesRoute,
  externalRoute,
  complianceRoute,
  needsRoute,
] as const;
