import './errors';

export { PERFORMANCE_ERRORS } from './errors';
export { PERFORMANCE_PERMISSIONS } from './permissions';
export * from './rules';
export * from './schemas';
