import './errors';

export { MESSAGING_ERRORS } from './errors';
export { MESSAGING_PERMISSIONS } from './permissions';
export * from './rules';
export * from './schemas';
