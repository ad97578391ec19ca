import './errors';

export { COMPLAINTS_ERRORS } from './errors';
export * from './event-labels';
export { COMPLAINTS_PERMISSIONS } from './permissions';
export * from './public-page';
export * from './rules';
export * from './schemas';
