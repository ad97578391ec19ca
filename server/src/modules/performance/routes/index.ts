import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../platform/context';
import { zodApp } from '../../../platform/http/types';
import { adminRoutes } from './admin';
import { annualRoutes } from './annual';
import { dashboardRoutes } from './dashboards';
import { evidenceRoutes } from './evidence';
import { followUpRoutes } from './follow-up';
import { planRoutes } from './plans';
import { reportRoutes } from './reports';
import { routeKit } from './shared';

/** Every route of the module (`/api/t/:slug/performance/...`), one file per area. */
export function performanceRoutes(app: FastifyInstance, services: Services): void {
  const kit = routeKit(services, zodApp(app));
  adminRoutes(kit);
  planRoutes(kit);
  reportRoutes(kit);
  evidenceRoutes(kit);
  annualRoutes(kit);
  followUpRoutes(kit);
  dashboardRoutes(kit);
}
