import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * The illegal-levy category (pungutan liar, `pungli`), added to the default categories with the services module
 * (a service request links "was I asked to pay more?" to it): every tenant that already has its categories gets it
 * too, unless it has a category of that code. Tenants without categories get it with the others
 * (`ensureDefaultCategories`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const tenants: Array<{ tenant_id: string }> = await db
    .selectFrom('complaints_categories')
    .select('tenant_id')
    .distinct()
    .execute();
  const taken = new Set(
    (await db.selectFrom('complaints_categories').select('tenant_id').where('code', '=', 'pungli').execute()).map(
      (r: { tenant_id: string }) => r.tenant_id,
    ),
  );
  const now = new Date().toISOString();
  for (const { tenant_id } of tenants) {
    if (taken.has(tenant_id)) continue;
    await db
      .insertInto('complaints_categories')
      .values({
        id: randomUUID(),
        tenant_id,
        code: 'pungli',
        name: 'Pungutan liar (pungli)',
        name_en: 'Illegal levies',
        tier: 'field_check',
        answer_days: 60,
        default_unit_id: null,
        active: 1,
        created_at: now,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // Categories may have complaints by now: the category stays (a coordinator can switch it off).
  void db;
}
