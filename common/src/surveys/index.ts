import './errors';

export { SURVEYS_ERRORS } from './errors';
export { SURVEYS_PERMISSIONS } from './permissions';
export * from './rules';
export * from './schemas';
export { CHANNEL_LABELS, periodInWords, periodParams } from './words';
