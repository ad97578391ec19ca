import { adminRepo } from './repositories/admin';
import { annualsRepo } from './repositories/annuals';
import { inboxRepo } from './repositories/inbox';
import { plansRepo } from './repositories/plans';
import { reportsRepo } from './repositories/reports';

export type { InboxRow } from './repositories/inbox';
export type * from './repositories/tables';

/** Queries of the performance tables, one file per area under `repositories/`; every one is scoped by the tenant. No rules here. */
export const performanceRepo = {
  ...adminRepo,
  ...plansRepo,
  ...reportsRepo,
  ...annualsRepo,
  ...inboxRepo,
};
