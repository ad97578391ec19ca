import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../platform/context';
import { actionRoutes } from './actions';
import { complainantRoutes } from './complainant';
import { intakeRoutes } from './intake';
import { portalRoutes } from './portal';
import { staffRoutes } from './staff';

export { INTAKE_MAX_BYTES } from './intake';
export { asInvalid, C } from './shared';

/** Every route of the module under `/api/t/:slug/complaints` (channels register their own). */
export function complaintsRoutes(app: FastifyInstance, services: Services): void {
  intakeRoutes(app, services);
  portalRoutes(app, services);
  complainantRoutes(app, services);
  staffRoutes(app, services);
  actionRoutes(app, services);
}
