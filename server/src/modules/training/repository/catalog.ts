import { sql } from 'kysely';
import type { DbOrTx, Dialect } from '../../../platform/db/database';
import type { EventsTable, ProgrammesTable, SettingsTable } from './tables';

/** Settings, programmes and events. */
export const catalogRepo = {
  settings(db: DbOrTx, tenantId: string) {
    return db.selectFrom('training_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  },
  async saveSettings(db: DbOrTx, row: SettingsTable): Promise<void> {
    const { tenant_id, ...rest } = row;
    await db
      .insertInto('training_settings')
      .values(row)
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(rest))
      .execute();
  },

  programme(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('training_programmes')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  programmeByCode(db: DbOrTx, tenantId: string, code: string) {
    return db
      .selectFrom('training_programmes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  },
  programmes(db: DbOrTx, tenantId: string, options: { ids?: string[]; activeOnly?: boolean } = {}) {
    if (options.ids && options.ids.length === 0) return Promise.resolve([]);
    let q = db.selectFrom('training_programmes').selectAll().where('tenant_id', '=', tenantId);
    if (options.ids) q = q.where('id', 'in', options.ids);
    if (options.activeOnly) q = q.where('active', '=', 1);
    return q.orderBy('title').execute();
  },
  async programmePage(
    db: DbOrTx,
    tenantId: string,
    f: { q?: string; topic?: string; trainerOf?: string; page: number; pageSize: number },
  ) {
    let q = db.selectFrom('training_programmes').where('tenant_id', '=', tenantId);
    if (f.topic) q = q.where('topic', '=', f.topic);
    if (f.q) {
      const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(title)`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(code)`, 'like', sql`${like} escape '\\'`),
        ]),
      );
    }
    if (f.trainerOf) q = q.where('trainer_account_ids', 'like', `%"${f.trainerOf}"%`);
    const [{ n }] = (await q.select((eb) => eb.fn.countAll<number>().as('n')).execute()) as [{ n: number }];
    const items = await q
      .selectAll()
      .orderBy('title')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    return { items, total: Number(n) };
  },
  async insertProgramme(db: DbOrTx, row: ProgrammesTable): Promise<void> {
    await db.insertInto('training_programmes').values(row).execute();
  },
  async updateProgramme(db: DbOrTx, tenantId: string, id: string, set: Partial<ProgrammesTable>): Promise<void> {
    await db
      .updateTable('training_programmes')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },

  event(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('training_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  /** The event, locked for the transaction on PostgreSQL (seats are counted under it); SQLite writes one at a time. */
  lockEvent(db: DbOrTx, dialect: Dialect, tenantId: string, id: string) {
    const q = db.selectFrom('training_events').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
    return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
  },
  events(db: DbOrTx, tenantId: string, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('training_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .execute();
  },
  async eventPage(
    db: DbOrTx,
    tenantId: string,
    f: { programmeIds?: string[]; from?: string; to?: string; openFrom?: string; page: number; pageSize: number },
  ) {
    let q = db.selectFrom('training_events').where('tenant_id', '=', tenantId);
    if (f.programmeIds)
      q = f.programmeIds.length ? q.where('programme_id', 'in', f.programmeIds) : q.where(sql<boolean>`1 = 0`);
    if (f.from) q = q.where('starts_on', '>=', f.from);
    if (f.to) q = q.where('starts_on', '<=', f.to);
    if (f.openFrom) q = q.where('starts_on', '>', f.openFrom).where('status', '=', 'scheduled');
    const [{ n }] = (await q.select((eb) => eb.fn.countAll<number>().as('n')).execute()) as [{ n: number }];
    const items = await q
      .selectAll()
      .orderBy('starts_on', f.openFrom ? 'asc' : 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    return { items, total: Number(n) };
  },
  async insertEvent(db: DbOrTx, row: EventsTable): Promise<void> {
    await db.insertInto('training_events').values(row).execute();
  },
  async insertEvents(db: DbOrTx, rows: EventsTable[]): Promise<void> {
    if (rows.length) await db.insertInto('training_events').values(rows).execute();
  },
  async updateEvent(db: DbOrTx, tenantId: string, id: string, set: Partial<EventsTable>): Promise<void> {
    await db.updateTable('training_events').set(set).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  },
  /** Seats taken (pending and confirmed) and the waiting list, per event. */
  async occupancy(db: DbOrTx, tenantId: string, eventIds: string[]) {
    const out = new Map<string, { seated: number; waiting: number }>();
    if (!eventIds.length) return out;
    const rows = await db
      .selectFrom('training_registrations')
      .select(['event_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('event_id', 'in', eventIds)
      .where('status', 'in', ['pending', 'confirmed', 'waitlisted', 'completed', 'not_completed'])
      .groupBy(['event_id', 'status'])
      .execute();
    for (const r of rows) {
      const o = out.get(r.event_id) ?? { seated: 0, waiting: 0 };
      if (r.status === 'waitlisted') o.waiting += Number(r.n);
      else o.seated += Number(r.n);
      out.set(r.event_id, o);
    }
    return out;
  },
};

/** Accounts holding the trainer role in the tenant (a platform table: grants are read, never written here). */
export async function trainerAccounts(db: DbOrTx, tenantId: string, accountIds?: string[]) {
  if (accountIds && accountIds.length === 0) return [];
  let q = db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select(['accounts.id', 'accounts.name'])
    .where('role_grants.tenant_id', '=', tenantId)
    .where('role_grants.role', '=', 'trainer');
  if (accountIds) q = q.where('accounts.id', 'in', accountIds);
  return q.distinct().orderBy('accounts.name').execute();
}
