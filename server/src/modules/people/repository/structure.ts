import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { PositionsTable, UnitChangesTable, UnitsTable } from './tables';

/** Units, their dated changes, positions, headcounts and the workforce figures. Every query is scoped by tenant. */
export const structureRepo = {
  unit(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('people_units')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  unitByCode(db: DbOrTx, tenantId: string, code: string) {
    return db
      .selectFrom('people_units')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  },
  units(db: DbOrTx, tenantId: string) {
    return db.selectFrom('people_units').selectAll().where('tenant_id', '=', tenantId).orderBy('path').execute();
  },
  insertUnit(db: DbOrTx, row: UnitsTable) {
    return db.insertInto('people_units').values(row).execute();
  },
  updateUnit(db: DbOrTx, tenantId: string, id: string, changes: Partial<UnitsTable>) {
    return db.updateTable('people_units').set(changes).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  },
  /** Moves a subtree: every path under oldPrefix now starts with newPrefix, for units and employees alike. */
  async rewritePaths(db: DbOrTx, tenantId: string, oldPrefix: string, newPrefix: string) {
    const cut = oldPrefix.length + 1;
    await db
      .updateTable('people_units')
      .set({ path: sql<string>`${newPrefix} || substr(path, ${cut})` })
      .where('tenant_id', '=', tenantId)
      .where('path', 'like', `${oldPrefix}%`)
      .execute();
    await db
      .updateTable('people_employees')
      .set({ unit_path: sql<string>`${newPrefix} || substr(unit_path, ${cut})` })
      .where('tenant_id', '=', tenantId)
      .where('unit_path', 'like', `${oldPrefix}%`)
      .execute();
  },
  insertUnitChange(db: DbOrTx, row: UnitChangesTable) {
    return db.insertInto('people_unit_changes').values(row).execute();
  },
  unitChanges(db: DbOrTx, tenantId: string, unitId: string) {
    return db
      .selectFrom('people_unit_changes')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .orderBy('effective_on', 'desc')
      .orderBy('recorded_at', 'desc')
      .execute();
  },
  activeCountUnder(db: DbOrTx, tenantId: string, pathPrefix: string) {
    return db
      .selectFrom('people_employees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .where('unit_path', 'like', `${pathPrefix}%`)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  },
  headcountsByUnit(db: DbOrTx, tenantId: string) {
    return db
      .selectFrom('people_employees')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .groupBy('unit_id')
      .execute();
  },

  /** The tenant's people revision: it changes with every write to employees, units or positions. */
  revision(db: DbOrTx, tenantId: string) {
    return db
      .selectFrom('people_revisions')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst()
      .then((r) => Number(r?.revision ?? 0));
  },

  /**
   * Active employees counted by status, golongan, education, sex and age band in one pass over the
   * (partial, covering) `people_employees_stats` index. `ageCutoffs` maps each band to the latest birth date
   * it admits, oldest band first ("55+" → today minus 55 years); a birth date after every cutoff falls in
   * `youngestBand`.
   */
  workforceCounts(
    db: DbOrTx,
    tenantId: string,
    ageCutoffs: Array<{ band: string; bornOnOrBefore: string }>,
    youngestBand: string,
  ) {
    const whens = ageCutoffs.map((c) => sql`when birth_date <= ${c.bornOnOrBefore} then ${c.band}`);
    const ageBand = sql<string>`case ${sql.join(whens, sql` `)} else ${youngestBand} end`;
    const active = db
      .selectFrom('people_employees')
      .select(['status', 'golongan', 'education_level', 'sex', ageBand.as('age_band')])
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .as('active');
    return db
      .selectFrom(active)
      .select(['status', 'golongan', 'education_level', 'sex', 'age_band', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['status', 'golongan', 'education_level', 'sex', 'age_band'])
      .execute();
  },

  position(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('people_positions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  positions(db: DbOrTx, tenantId: string, unitId?: string) {
    let q = db.selectFrom('people_positions').selectAll().where('tenant_id', '=', tenantId);
    if (unitId) q = q.where('unit_id', '=', unitId);
    return q.orderBy('class', 'desc').orderBy('name').execute();
  },
  insertPosition(db: DbOrTx, row: PositionsTable) {
    return db.insertInto('people_positions').values(row).execute();
  },
  updatePosition(db: DbOrTx, tenantId: string, id: string, changes: Partial<PositionsTable>) {
    return db
      .updateTable('people_positions')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  setPositionKind(db: DbOrTx, tenantId: string, positionId: string, kind: string) {
    return db
      .updateTable('people_employees')
      .set({ position_kind: kind })
      .where('tenant_id', '=', tenantId)
      .where('position_id', '=', positionId)
      .execute();
  },
  filledByPosition(db: DbOrTx, tenantId: string) {
    return db
      .selectFrom('people_employees')
      .select(['position_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .groupBy('position_id')
      .execute();
  },
};
