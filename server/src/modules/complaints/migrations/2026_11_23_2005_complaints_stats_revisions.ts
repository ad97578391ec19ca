import type { Kysely } from 'kysely';
import {
  createRevisionCounter,
  dropRevisionCounter,
  type RevisionCounter,
} from '../../../platform/db/revision-triggers';

// Frozen in time: never import application code here (the revision-counter helper is itself frozen SQL).
//
// A counter per tenant that the database raises on every write to the statistics counters and to the
// categories (whose names the statistics show), whoever writes them. The public statistics are cached per
// period and answered from the cache only while this counter (and people's, for unit names) is unchanged, so
// they stay exact on every node.
const COUNTER: RevisionCounter = {
  counterTable: 'complaints_stats_revisions',
  functionName: 'complaints_bump_stats_revisions',
  key: 'tenant_id',
  tables: [
    'complaints_daily',
    'complaints_monthly',
    'complaints_durations',
    'complaints_durations_monthly',
    'complaints_categories',
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createRevisionCounter(db, COUNTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropRevisionCounter(db, COUNTER);
}
