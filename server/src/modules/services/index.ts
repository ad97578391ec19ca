/**
 * The services module's public door: other modules (the surveys, the transparency report to come) import only
 * from here.
 */

export { servicesModule } from './module';
export { SERVICES } from './policy';
export { SERVICES_EVENTS } from './support';
