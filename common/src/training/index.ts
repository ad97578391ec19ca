import './errors';

export { TRAINING_ERRORS } from './errors';
export { TRAINING_PERMISSIONS } from './permissions';
export * from './record-schemas';
export * from './rules';
export * from './schemas';
