export * from './auth/schemas';
export * from './calendar/index';
export * from './complaints/index';
export * from './http/errors';
export * from './http/validation-messages';
export * from './people/index';
export * from './performance/index';
export * from './tenants/schemas';
