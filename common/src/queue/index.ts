import './errors';

export { QUEUE_ERRORS } from './errors';
export { QUEUE_PERMISSIONS } from './permissions';
export * from './rules';
export * from './schemas';
