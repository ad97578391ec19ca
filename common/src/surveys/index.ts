import './errors';

export { SURVEYS_ERRORS } from './errors';
export { periodInWords, periodParams } from './period-words';
export { SURVEYS_PERMISSIONS } from './permissions';
export * from './rules';
export * from './schemas';
