/** The services module's actions; the server's policy decides them, the web shows menus by them. */
export const SERVICES_PERMISSIONS = {
  /** A unit's services, their standards and request forms (unit admin for the unit; tenant admin everywhere). */
  manage: 'services.manage',
  /** Approving a standard for publication (HR admin, tenant admin). */
  approve: 'services.approve',
  /** The request inbox of a unit's services (service officers of the unit). */
  serve: 'services.serve',
} as const;
