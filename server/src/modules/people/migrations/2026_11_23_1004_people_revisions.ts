import type { Kysely } from 'kysely';
import {
  createRevisionCounter,
  dropRevisionCounter,
  type RevisionCounter,
} from '../../../platform/db/revision-triggers';

// Frozen in time: never import application code here. The revision-counter helper is itself frozen (pure SQL,
// no application imports) and builds exactly the SQL this migration first ran with.
//
// A counter per tenant that the database itself raises on every insert, update or delete of employees, units
// or positions, whoever writes them (use cases, imports, jobs, other modules, an operator's SQL). Readers that
// cache what they derive from these tables (the public workforce statistics) compare it to know the cache is
// still exact, on every node. Triggers rather than application code, so that no write path can be forgotten.
const COUNTER: RevisionCounter = {
  counterTable: 'people_revisions',
  functionName: 'people_bump_revisions',
  key: 'tenant_id',
  tables: ['people_employees', 'people_units', 'people_positions'],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createRevisionCounter(db, COUNTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropRevisionCounter(db, COUNTER);
}
