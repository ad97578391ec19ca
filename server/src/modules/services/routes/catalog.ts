import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../platform/context';

/** The public catalog and service pages; the admins' services, standards, forms and approvals. */
export function catalogRoutes(_app: FastifyInstance, _services: Services): void {}
