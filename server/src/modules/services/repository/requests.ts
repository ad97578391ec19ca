import { type Insertable, sql, type Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import { insertRows } from '../../../platform/db/insert-rows';
import type {
  DocumentRow,
  DocumentsTable,
  RequestEventRow,
  RequestEventsTable,
  RequestRow,
  RequestsTable,
} from './tables';

/** Filters of a request list: the officer's inbox (by units) or the applicant's own (by account). */
export interface RequestListFilter {
  /** Units whose requests are listed; null for every unit of the tenant. */
  unitIds?: readonly string[] | null;
  applicantAccountId?: string;
  statuses?: readonly string[];
  /** Only requests whose due time has passed (overdue). */
  dueBefore?: string;
  serviceId?: string;
  /** Code or applicant name, lowercase. */
  q?: string;
}

/** Online service requests, their documents and their timeline. Only this file touches their tables. */
export const requestsRepo = {
  /**
   * Takes the next number of the tenant's year: one atomic upsert (a row lock on PostgreSQL, the single writer on
   * SQLite), gap-free and safe with concurrent writers on several nodes.
   */
  async nextSequence(db: DbOrTx, tenantId: string, year: number): Promise<number> {
    const row = await db
      .insertInto('services_sequences')
      .values({ tenant_id: tenantId, year, last: 1 })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'year']).doUpdateSet({ last: sql<number>`services_sequences.last + 1` }),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    return Number(row.last);
  },

  /** Takes the year's next `count` numbers at once and returns the last of them (the first is `last - count + 1`). */
  async takeSequences(db: DbOrTx, tenantId: string, year: number, count: number): Promise<number> {
    const row = await db
      .insertInto('services_sequences')
      .values({ tenant_id: tenantId, year, last: count })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'year']).doUpdateSet({ last: sql<number>`services_sequences.last + ${count}` }),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    return Number(row.last);
  },

  async insertRequest(db: DbOrTx, row: Insertable<RequestsTable>): Promise<void> {
    await db.insertInto('services_requests').values(row).execute();
  },
  async insertRequests(db: DbOrTx, rows: Insertable<RequestsTable>[]): Promise<void> {
    await insertRows(db, 'services_requests', rows, 40);
  },
  async request(db: DbOrTx, tenantId: string, id: string): Promise<RequestRow | undefined> {
    return db
      .selectFrom('services_requests')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async requestByTokenHash(
    db: DbOrTx,
    tenantId: string,
    column: 'follow_token_hash' | 'confirm_token_hash',
    hash: string,
  ): Promise<RequestRow | undefined> {
    return db
      .selectFrom('services_requests')
      .selectAll()
      .where(column, '=', hash)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
  },
  /**
   * Changes a request only while its status is one of `from` (a conditional update: of two officers acting at once,
   * one wins and the other is told the state changed). True when it changed.
   */
  async change(
    db: DbOrTx,
    tenantId: string,
    id: string,
    from: readonly string[],
    set: Updateable<RequestsTable>,
    options: { unpaid?: boolean } = {},
  ): Promise<boolean> {
    let query = db
      .updateTable('services_requests')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', 'in', [...from]);
    // A payment is recorded once, also when two officers record it at the same moment.
    if (options.unpaid) query = query.where('paid_at', 'is', null);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  /** A claim: sets `column` to `at` only where it is still empty; true for the one caller that set it. */
  async claim(
    db: DbOrTx,
    tenantId: string,
    id: string,
    column: 'reminded_at' | 'escalated_at',
    at: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable('services_requests')
      .set({ [column]: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where(column, 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async list(
    db: DbOrTx,
    tenantId: string,
    filter: RequestListFilter,
    page: { offset: number; limit: number },
  ): Promise<{ rows: RequestRow[]; total: number }> {
    let query = db.selectFrom('services_requests').where('tenant_id', '=', tenantId);
    if (filter.unitIds) {
      if (filter.unitIds.length === 0) return { rows: [], total: 0 };
      query = query.where('unit_id', 'in', [...filter.unitIds]);
    }
    if (filter.applicantAccountId) query = query.where('applicant_account_id', '=', filter.applicantAccountId);
    if (filter.statuses) {
      if (filter.statuses.length === 0) return { rows: [], total: 0 };
      query = query.where('status', 'in', [...filter.statuses]);
    }
    if (filter.dueBefore) query = query.where('due_at', '<', filter.dueBefore);
    if (filter.serviceId) query = query.where('service_id', '=', filter.serviceId);
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(coalesce(code, ''))`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(applicant_name)`, 'like', sql`${like} escape '\\'`),
        ]),
      );
    }
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        // By due time, overdue first; requests without one (clock stopped, finished) last, newest first.
        .orderBy(sql`case when due_at is null then 1 else 0 end`)
        .orderBy('due_at')
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .offset(page.offset)
        .limit(page.limit)
        .execute(),
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    ]);
    return { rows, total: Number(count?.n ?? 0) };
  },

  /** Open requests whose `dueColumn` has passed and whose notice `claim` was not sent (the deadline sweep). */
  async noticesDue(
    db: DbOrTx,
    statuses: readonly string[],
    dueColumn: 'remind_at' | 'due_at',
    claim: 'reminded_at' | 'escalated_at',
    now: string,
    limit: number,
    tenantId?: string,
  ): Promise<RequestRow[]> {
    let query = db
      .selectFrom('services_requests')
      .selectAll()
      .where('status', 'in', [...statuses])
      .where(dueColumn, '<', now)
      .where(claim, 'is', null);
    // A reminder whose due time has passed already is not sent: the escalation says more.
    if (dueColumn === 'remind_at') query = query.where('due_at', '>=', now);
    if (tenantId) query = query.where('tenant_id', '=', tenantId);
    return query.orderBy(dueColumn).limit(limit).execute();
  },

  /** Requests finished (done) in [from, to), for the surveys. */
  /** Finished requests per unit in [from, to), for the surveys module's sample-size check. */
  async finishedCounts(db: DbOrTx, tenantId: string, from: string, to: string) {
    return db
      .selectFrom('services_requests')
      .select(['unit_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'done')
      .where('completed_at', '>=', from)
      .where('completed_at', '<', to)
      .groupBy('unit_id')
      .execute();
  },
  /** A finished request by its one-time survey token, for the surveys module. */
  async requestBySurveyToken(db: DbOrTx, tenantId: string, token: string) {
    return db
      .selectFrom('services_requests')
      .select(['id', 'service_id', 'unit_id', 'completed_at', 'survey_expires_at'])
      .where('tenant_id', '=', tenantId)
      .where('survey_token', '=', token)
      .where('status', '=', 'done')
      .executeTakeFirst();
  },
  async finishedBetween(db: DbOrTx, tenantId: string, from: string, to: string): Promise<RequestRow[]> {
    return db
      .selectFrom('services_requests')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'done')
      .where('completed_at', '>=', from)
      .where('completed_at', '<', to)
      .orderBy('completed_at')
      .execute();
  },

  // Documents
  async insertDocuments(db: DbOrTx, rows: Insertable<DocumentsTable>[]): Promise<void> {
    if (rows.length) await insertRows(db, 'services_documents', rows, 100);
  },
  async documents(db: DbOrTx, tenantId: string, requestId: string): Promise<DocumentRow[]> {
    return db
      .selectFrom('services_documents')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('request_id', '=', requestId)
      .orderBy('uploaded_at')
      .orderBy('id')
      .execute();
  },
  async document(db: DbOrTx, tenantId: string, requestId: string, id: string): Promise<DocumentRow | undefined> {
    return db
      .selectFrom('services_documents')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('request_id', '=', requestId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  // Timeline
  async insertEvents(db: DbOrTx, rows: Insertable<RequestEventsTable>[]): Promise<void> {
    if (rows.length) await insertRows(db, 'services_request_events', rows, 100);
  },
  async events(db: DbOrTx, tenantId: string, requestId: string): Promise<RequestEventRow[]> {
    return db
      .selectFrom('services_request_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('request_id', '=', requestId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  },
};
