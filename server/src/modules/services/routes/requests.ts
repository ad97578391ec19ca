import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../platform/context';

/** Citizens' requests and tracking; the officers' inbox and actions; the public statistics. */
export function requestRoutes(_app: FastifyInstance, _services: Services): void {}
