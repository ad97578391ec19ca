import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../platform/context';
import { catalogRoutes } from './catalog';
import { officerRoutes } from './officer';
import { requestRoutes } from './requests';

export function servicesRoutes(app: FastifyInstance, services: Services): void {
  catalogRoutes(app, services);
  requestRoutes(app, services);
  officerRoutes(app, services);
}
