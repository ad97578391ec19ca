import type { DbOrTx } from '../../../platform/db/database';
import { byId, inTenant } from './query';
import type { ActingTable, SettingsTable, UnitPredikatTable, YearsTable } from './tables';

/** Settings, years, the organisational predikat, acting appraisers, reminders, the revision counter. */
export const adminRepo = {
  /** The tenant's performance revision: it changes with every write the dashboard aggregates, on any node. */
  revision: (db: DbOrTx, tenantId: string) =>
    db
      .selectFrom('performance_revisions')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst()
      .then((r) => Number(r?.revision ?? 0)),
  settings: (db: DbOrTx, tenantId: string) => inTenant(db, 'performance_settings', tenantId).executeTakeFirst(),
  async saveSettings(db: DbOrTx, row: SettingsTable) {
    await db
      .insertInto('performance_settings')
      .values(row)
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          period_kind: row.period_kind,
          submission_working_days: row.submission_working_days,
          review_working_days: row.review_working_days,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },

  year: (db: DbOrTx, tenantId: string, year: number) =>
    inTenant(db, 'performance_years', tenantId).where('year', '=', year).executeTakeFirst(),
  years: (db: DbOrTx, tenantId: string) =>
    inTenant(db, 'performance_years', tenantId).orderBy('year', 'desc').execute(),
  insertYear: (db: DbOrTx, row: YearsTable) => db.insertInto('performance_years').values(row).execute(),
  updateYear: (db: DbOrTx, tenantId: string, id: string, changes: Partial<YearsTable>) =>
    db.updateTable('performance_years').set(changes).where('tenant_id', '=', tenantId).where('id', '=', id).execute(),

  unitPredikat: (db: DbOrTx, tenantId: string, year: number, unitId: string) =>
    inTenant(db, 'performance_unit_predikat', tenantId)
      .where('year', '=', year)
      .where('unit_id', '=', unitId)
      .executeTakeFirst(),
  async saveUnitPredikat(db: DbOrTx, row: UnitPredikatTable) {
    await db
      .insertInto('performance_unit_predikat')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'year', 'unit_id'])
          .doUpdateSet({ predikat: row.predikat, set_at: row.set_at, set_by: row.set_by }),
      )
      .execute();
  },

  acting: (db: DbOrTx, tenantId: string) => inTenant(db, 'performance_acting', tenantId).orderBy('from_date').execute(),
  actingOne: (db: DbOrTx, tenantId: string, id: string) => byId(db, 'performance_acting', tenantId, id),
  /** Acting appointments in force on a date that cover an absent superior or a unit. */
  actingOn: (db: DbOrTx, tenantId: string, date: string, replacesId: string | null, unitId: string | null) => {
    if (!replacesId && !unitId) return Promise.resolve([] as ActingTable[]);
    return inTenant(db, 'performance_acting', tenantId)
      .where('from_date', '<=', date)
      .where('to_date', '>=', date)
      .where((eb) => {
        const either = [];
        if (replacesId) either.push(eb('replaces_id', '=', replacesId));
        if (unitId) either.push(eb('unit_id', '=', unitId));
        return eb.or(either);
      })
      .execute();
  },
  /** Appointments naming this acting appraiser in force on a date. */
  actingBy: (db: DbOrTx, tenantId: string, actingId: string, date: string) =>
    inTenant(db, 'performance_acting', tenantId)
      .where('acting_id', '=', actingId)
      .where('from_date', '<=', date)
      .where('to_date', '>=', date)
      .execute(),
  insertActing: (db: DbOrTx, row: ActingTable) => db.insertInto('performance_acting').values(row).execute(),
  deleteActing: (db: DbOrTx, tenantId: string, id: string) =>
    db.deleteFrom('performance_acting').where('tenant_id', '=', tenantId).where('id', '=', id).execute(),

  /** Claims a reminder: true only for the first caller with this key. */
  async claimReminder(db: DbOrTx, tenantId: string, key: string, at: string): Promise<boolean> {
    const result = await db
      .insertInto('performance_reminders')
      .values({ tenant_id: tenantId, key, sent_at: at })
      .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },
};
