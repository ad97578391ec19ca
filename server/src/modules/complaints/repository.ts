import { reportsRepo } from './repository/reports';
import { statsRepo } from './repository/stats';
import { supportsRepo } from './repository/supports';

export { officerGrantsRepo } from './repository/reports';
export type { SupportsTable } from './repository/supports';
export * from './repository/tables';

/** The module's data access (only repositories touch Kysely), assembled from its parts under repository/. */
export const complaintsRepo = { ...reportsRepo, ...statsRepo, ...supportsRepo };
