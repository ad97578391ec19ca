/** The queue module's actions; the server's policy decides them, the web shows menus by them. */
export const QUEUE_PERMISSIONS = {
  /** Locations, services, counters and kiosks (tenant admin; a unit admin for the unit's locations). */
  manage: 'queue.manage',
  /** The officer's console at a counter of a location in the officer's unit (service officers). */
  serve: 'queue.serve',
  /** A location's statistics (its admins and officers). */
  stats: 'queue.stats',
} as const;
