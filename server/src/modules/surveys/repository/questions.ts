import type { Insertable, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { QuestionRow, QuestionsTable } from './tables';

/** The tenant's own survey questions (never in the IKM); deactivated, never deleted. */
export const questionsRepo = {
  /** Every question, active or not, in the form's order. */
  all(db: DbOrTx, tenantId: string): Promise<QuestionRow[]> {
    return db
      .selectFrom('surveys_questions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  },
  active(db: DbOrTx, tenantId: string): Promise<QuestionRow[]> {
    return db
      .selectFrom('surveys_questions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('active', '=', 1)
      .orderBy('position')
      .orderBy('id')
      .execute();
  },
  get(db: DbOrTx, tenantId: string, id: string): Promise<QuestionRow | undefined> {
    return db
      .selectFrom('surveys_questions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insert(db: DbOrTx, row: Insertable<QuestionsTable>): Promise<void> {
    await db.insertInto('surveys_questions').values(row).execute();
  },
  async update(db: DbOrTx, tenantId: string, id: string, set: Updateable<QuestionsTable>): Promise<void> {
    await db.updateTable('surveys_questions').set(set).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  },
};
