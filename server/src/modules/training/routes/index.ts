import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../platform/context';
import { attendanceRoutes } from './attendance';
import { catalogRoutes } from './catalog';
import { needsRoutes } from './needs';
import { recordsRoutes } from './records';
import { routeKit } from './shared';

export function trainingRoutes(app: FastifyInstance, services: Services): void {
  const kit = routeKit(app, services);
  catalogRoutes(kit);
  attendanceRoutes(kit);
  recordsRoutes(kit);
  needsRoutes(kit);
}
