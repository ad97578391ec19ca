/** The surveys module's actions; the server's policy decides them, the web shows menus by them. */
export const SURVEYS_PERMISSIONS = {
  /** A unit's survey results with details, paper entry, kiosk, visits entered (survey officers, unit admin). */
  manage: 'surveys.manage',
  /** Publishing a unit's period and its improvement plan (unit admin of the unit, tenant admin). */
  publish: 'surveys.publish',
  /** Starting a kiosk response for a finished visit (service officers of the unit, and the roles of `manage`). */
  kiosk: 'surveys.kiosk',
  /** The tenant's own extra questions (tenant admin). */
  configure: 'surveys.configure',
} as const;
