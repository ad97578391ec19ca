import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../platform/context';
import { publicRoutes } from './public';
import { staffRoutes } from './staff';

export function queueRoutes(app: FastifyInstance, services: Services): void {
  publicRoutes(app, services);
  staffRoutes(app, services);
}
