import type { Kysely } from 'kysely';
import {
  createRevisionCounter,
  dropRevisionCounter,
  type RevisionCounter,
} from '../../../platform/db/revision-triggers';

// Frozen in time: never import application code here. The revision-counter helper is itself frozen (pure SQL,
// no application imports) and builds exactly the SQL this migration first ran with.
//
// A counter per tenant that the database raises on every insert, update or delete of the performance rows the
// dashboard and the public results aggregate (reports, annual results, years, settings), in the writer's own
// transaction, whoever writes them. The aggregate cache compares it, so that every node sees a change at once.
// Triggers rather than application code, so that no write path can be forgotten (as `people_revisions`).
const COUNTER: RevisionCounter = {
  counterTable: 'performance_revisions',
  functionName: 'performance_bump_revisions',
  key: 'tenant_id',
  tables: ['performance_reports', 'performance_annuals', 'performance_years', 'performance_settings'],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createRevisionCounter(db, COUNTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropRevisionCounter(db, COUNTER);
}
