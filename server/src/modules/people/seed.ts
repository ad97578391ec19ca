import { recordAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/passwords';
import { makeCtx, type Services, transaction } from '../../platform/context';
import { uuidv7 } from '../../platform/ids';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { resolveReportingLines } from './derive';
import { peopleRepo } from './repository';
import { DEMO_DATE, DEMO_EMPLOYEE_PASSWORDS, demoHeadcount, generatePopulation } from './seed-population';

export { DEMO_DATE } from './seed-population';

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Seeds a tenant's population (once), its demo logins, and with `scale` tops it up to that many employees. */
export async function seedPeople(services: Services, options: { tenantSlug: string; scale?: number }): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const today = DEMO_DATE;
  const ctx = makeCtx(services, { tenant });
  const existing = await services.db
    .selectFrom('people_employees')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirstOrThrow();
  const have = Number(existing.n);
  if (have === 0) {
    const generated = generatePopulation(tenant.slug, tenant.id, today, options.scale ?? demoHeadcount(tenant.slug));
    const passwords = DEMO_EMPLOYEE_PASSWORDS(tenant.slug);
    const accounts = await Promise.all(
      (Object.keys(passwords) as Array<keyof typeof passwords>).map(async (role) => ({
        role,
        employee: generated.demo[role],
        hash: await hashPassword(passwords[role]),
      })),
    );
    await transaction(ctx, async (tx) => {
      for (const u of generated.units) await peopleRepo.insertUnit(tx.db, u);
      await insertChunked(generated.positions, 300, (c) => tx.db.insertInto('people_positions').values(c).execute());
      for (const a of accounts) {
        const accountId = uuidv7();
        a.employee.account_id = accountId;
        const at = tx.clock.now().toISOString();
        await tx.db
          .insertInto('accounts')
          .values({
            id: accountId,
            email: null,
            nip: a.employee.nip,
            name: a.employee.name,
            password_hash: a.hash,
            email_verified_at: at,
            locale: 'id',
            is_system_admin: 0,
            created_at: at,
            updated_at: at,
          })
          .execute();
        if (a.role === 'unit_admin') {
          const unit = generated.units.find((u) => u.code === 'DISKOMINFO')!;
          await tx.db
            .insertInto('role_grants')
            .values({
              id: uuidv7(),
              tenant_id: tenant.id,
              account_id: accountId,
              role: 'unit_admin',
              unit_id: unit.id,
              scope: unit.id,
              granted_by: null,
              created_at: at,
            })
            .execute();
        }
      }
      await insertChunked(generated.employees, 300, (c) => peopleRepo.insertEmployees(tx.db, c));
      await insertChunked(generated.history, 500, (c) => peopleRepo.insertHistory(tx.db, c));
      await resolveReportingLines(tx.db, tenant.id);
      await recordAudit(tx, {
        action: 'people.demo_seeded',
        entityType: 'tenant',
        entityId: tenant.id,
        after: { units: generated.units.length, employees: generated.employees.length },
      });
    });
    return;
  }
  if (options.scale && options.scale > have) {
    const units = await peopleRepo.units(services.db, tenant.id);
    const positions = await peopleRepo.positions(services.db, tenant.id);
    const generated = generatePopulation(
      tenant.slug,
      tenant.id,
      today,
      options.scale - have,
      { units, positions },
      have,
    );
    await transaction(ctx, async (tx) => {
      await insertChunked(generated.employees, 300, (c) => peopleRepo.insertEmployees(tx.db, c));
      await insertChunked(generated.history, 500, (c) => peopleRepo.insertHistory(tx.db, c));
      await resolveReportingLines(tx.db, tenant.id);
      await recordAudit(tx, {
        action: 'people.demo_scaled',
        entityType: 'tenant',
        entityId: tenant.id,
        after: { employees: options.scale },
      });
    });
  }
}

/** The demo logins this module's seed creates (employees log in with their NIP). */
export function peopleDemoLogins(slug: string, tenantId = 'demo') {
  const generated = generatePopulation(slug, tenantId, DEMO_DATE, demoHeadcount(slug));
  const passwords = DEMO_EMPLOYEE_PASSWORDS(slug);
  return (Object.keys(passwords) as Array<keyof typeof passwords>).map((role) => ({
    tenant: slug,
    role,
    login: generated.demo[role].nip,
    password: passwords[role],
  }));
}
