import type { Tenant } from '@lentera/common';
import { recordAudit } from '../audit/audit';
import { hashPassword } from '../auth/passwords';
import { type Actor, makeCtx, type Services, transaction } from '../context';
import { uuidv7 } from '../ids';
import type { ModuleManifest } from '../module';
import { findTenantBySlug } from '../tenancy/repository';
import { createTenant } from '../tenancy/use-cases';

export interface DemoLogin {
  tenant: string;
  role: string;
  login: string;
  password: string;
}

type DemoTenant = Omit<Tenant, 'logoUrl'>;

/** The five demo governments (seeds/ articles). Contacts are illustrative demo data. */
export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: 'dumai',
    name: 'Pemerintah Kota Dumai',
    kind: 'kota',
    code: 'DUM',
    timeZone: 'Asia/Jakarta',
    locale: 'id',
    contacts: { address: 'Jl. Putri Tujuh No. 1, Dumai, Riau', website: 'https://www.dumaikota.go.id' },
  },
  {
    slug: 'kupang',
    name: 'Pemerintah Kota Kupang',
    kind: 'kota',
    code: 'KPG',
    timeZone: 'Asia/Makassar',
    locale: 'id',
    contacts: {
      address: 'Jl. S.K. Lerik, Kelapa Lima, Kupang, Nusa Tenggara Timur',
      website: 'https://kupangkota.go.id',
    },
  },
  {
    slug: 'serang',
    name: 'Pemerintah Kota Serang',
    kind: 'kota',
    code: 'SRG',
    timeZone: 'Asia/Jakarta',
    locale: 'id',
    contacts: { address: 'Jl. Jenderal Sudirman No. 5, Serang, Banten', website: 'https://serangkota.go.id' },
  },
  {
    slug: 'palembang',
    name: 'Pemerintah Kota Palembang',
    kind: 'kota',
    code: 'PLG',
    timeZone: 'Asia/Jakarta',
    locale: 'id',
    contacts: { address: 'Jl. Merdeka No. 1, Palembang, Sumatera Selatan', website: 'https://www.palembang.go.id' },
  },
  {
    slug: 'medan',
    name: 'Pemerintah Kota Medan',
    kind: 'kota',
    code: 'MDN',
    timeZone: 'Asia/Jakarta',
    locale: 'id',
    contacts: { address: 'Jl. Kapten Maulana Lubis No. 2, Medan, Sumatera Utara', website: 'https://pemkomedan.go.id' },
  },
];

const SYSTEM_ADMIN: DemoLogin = {
  tenant: '*',
  role: 'system_admin',
  login: 'admin@demo.lentera.id',
  password: 'lentera-sistem-demo',
};

/** A national body's viewer: holds `national_viewer` in every demo government, so sees the national overview. */
const NATIONAL_VIEWER: DemoLogin & { name: string } = {
  tenant: '*',
  role: 'national_viewer',
  login: 'pemantau@demo.lentera.id',
  password: 'lentera-pemantau-demo',
  name: 'Pemantau Nasional',
};

/** Demo accounts the platform itself seeds; modules add theirs (employees log in with their NIP). */
function platformDemoAccounts(slug: string): Array<DemoLogin & { name: string }> {
  const city = slug.charAt(0).toUpperCase() + slug.slice(1);
  return [
    {
      tenant: slug,
      role: 'tenant_admin',
      login: `admin.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-admin`,
      name: `Admin Pemkot ${city}`,
    },
    {
      tenant: slug,
      role: 'hr_admin',
      login: `bkpsdm.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-bkpsdm`,
      name: `Operator BKPSDM ${city}`,
    },
    {
      tenant: slug,
      role: 'citizen',
      login: `warga.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-warga`,
      name: `Warga ${city}`,
    },
  ];
}

/** Every demo login with its password, from the platform and from each module's demo data. */
export function demoLogins(modules: ModuleManifest[]): DemoLogin[] {
  const { name: _name, ...viewer } = NATIONAL_VIEWER;
  const list: DemoLogin[] = [SYSTEM_ADMIN, viewer];
  for (const t of DEMO_TENANTS) {
    list.push(...platformDemoAccounts(t.slug).map(({ name: _n, ...l }) => l));
    for (const m of modules) list.push(...(m.demoLogins?.(t.slug) ?? []));
  }
  return list;
}

async function ensureAccount(
  services: Services,
  login: DemoLogin & { name: string },
  isSystemAdmin: boolean,
): Promise<string> {
  const existing = await services.db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', login.login)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = uuidv7();
  const now = services.clock.now().toISOString();
  await services.db
    .insertInto('accounts')
    .values({
      id,
      email: login.login,
      nip: null,
      name: login.name,
      password_hash: await hashPassword(login.password),
      email_verified_at: now,
      locale: 'id',
      is_system_admin: isSystemAdmin ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function isDatabaseEmpty(services: Services): Promise<boolean> {
  const row = await services.db.selectFrom('tenants').select('id').limit(1).executeTakeFirst();
  return !row;
}

/** Deterministic demo data: the five cities, their administrators, then each module's seed. */
export async function seedDemo(
  services: Services,
  modules: ModuleManifest[],
  options: { scale?: number; tenant?: string; log?: (line: string) => void } = {},
): Promise<void> {
  const say = options.log ?? (() => {});
  const adminId = await ensureAccount(services, { ...SYSTEM_ADMIN, name: 'Admin Sistem Lentera' }, true);
  const actor: Actor = { accountId: adminId, name: 'Admin Sistem Lentera', isSystemAdmin: true, grants: [] };
  for (const demo of DEMO_TENANTS.filter((t) => !options.tenant || t.slug === options.tenant)) {
    let tenant = await findTenantBySlug(services.db, demo.slug);
    if (!tenant) {
      tenant = await createTenant(makeCtx(services, { actor }), { ...demo, logoUrl: null });
      say(`  tenant ${demo.slug} created`);
    }
    const ctx = makeCtx(services, { actor, tenant });
    for (const account of [...platformDemoAccounts(demo.slug), NATIONAL_VIEWER]) {
      const accountId = await ensureAccount(services, account, false);
      await transaction(ctx, async (tx) => {
        const has = await tx.db
          .selectFrom('role_grants')
          .select('id')
          .where('tenant_id', '=', tenant.id)
          .where('account_id', '=', accountId)
          .where('role', '=', account.role)
          .executeTakeFirst();
        if (has) return;
        const id = uuidv7();
        await tx.db
          .insertInto('role_grants')
          .values({
            id,
            tenant_id: tenant.id,
            account_id: accountId,
            role: account.role,
            unit_id: null,
            scope: '*',
            granted_by: adminId,
            created_at: tx.clock.now().toISOString(),
          })
          .execute();
        await recordAudit(tx, {
          action: 'role.granted',
          entityType: 'role_grant',
          entityId: id,
          after: { accountId, role: account.role },
        });
      });
    }
    for (const m of modules) {
      if (m.seed) {
        say(`  ${demo.slug}: ${m.name}`);
        await m.seed(services, { tenantSlug: demo.slug, scale: options.scale });
      }
    }
  }
}
