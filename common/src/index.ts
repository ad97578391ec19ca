export * from './calendar/index';
export * from './people/index';
export * from './http/errors';
export * from './auth/schemas';
export * from './tenants/schemas';
