import type { Kysely } from 'kysely';
import {
  createRevisionCounter,
  dropRevisionCounter,
  type RevisionCounter,
} from '../../../platform/db/revision-triggers';

// Frozen in time: never import application code here (the revision-counter helper is itself frozen SQL).
//
// A counter per tenant that the database raises on every write to the services and their standards, whoever
// writes them. The public catalog and service pages are cached per tenant and local date and answered from the
// cache only while this counter (and people's, for unit names) is unchanged, so they stay exact on every node.
const COUNTER: RevisionCounter = {
  counterTable: 'services_catalog_revisions',
  functionName: 'services_bump_catalog_revisions',
  key: 'tenant_id',
  tables: ['services_services', 'services_standards'],
};

export async function up(db: Kysely<any>): Promise<void> {
  await createRevisionCounter(db, COUNTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropRevisionCounter(db, COUNTER);
}
