import { golonganByCode, PPPK_GRADE_CODES, parseNip } from '@lentera/common';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
import { dialects, setupTestEnv, type TestEnv } from '../../test/harness';
import { foldHistory } from './derive';
import { DEMO_DATE, peopleDemoLogins, seedPeople } from './seed';

/** The lowest golongan a civil servant starts at with each education (PP 99/2000 and its successors). */
const LOWEST_START: Record<string, string> = { SMA: 'II/a', D3: 'II/c', S1: 'III/a', S2: 'III/b', S3: 'III/c' };

async function seedDumai(env: TestEnv): Promise<TenantRecord> {
  const tenant = await buildTenant(env.services, { slug: 'dumai', code: 'DUM' });
  await seedPeople(env.services, { tenantSlug: 'dumai' });
  return tenant;
}

const employeesOf = (env: TestEnv, tenant: TenantRecord) =>
  env.services.db
    .selectFrom('people_employees')
    .selectAll()
    .where('tenant_id', '=', tenant.id)
    .orderBy('nip')
    .execute();

// The slowest suite of the module: it seeds a whole city twice per dialect.
for (const target of dialects()) {
  describe(`people: demo population [${target.dialect}]`, () => {
    const env = setupTestEnv(target);
    const secondMachine = setupTestEnv(target);
    let tenant: TenantRecord;

    beforeAll(async () => {
      tenant = await seedDumai(env);
    });

    it('builds at least 20 units in one tree and 300-800 employees', async () => {
      const units = await env.services.db
        .selectFrom('people_units')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .execute();
      expect(units.length).toBeGreaterThanOrEqual(20);
      const byId = new Map(units.map((u) => [u.id, u]));
      const roots = units.filter((u) => u.parent_id === null);
      expect(roots.map((u) => u.code)).toEqual(['SETDA']);
      for (const unit of units) {
        const parent = unit.parent_id ? byId.get(unit.parent_id) : undefined;
        expect(unit.path).toBe(`${parent?.path ?? '/'}${unit.id}/`);
      }
      const employees = await employeesOf(env, tenant);
      expect(employees.length).toBeGreaterThanOrEqual(300);
      expect(employees.length).toBeLessThanOrEqual(800);
      // Every unit has its head post filled.
      const heads = await env.services.db
        .selectFrom('people_positions')
        .innerJoin('people_employees', 'people_employees.position_id', 'people_positions.id')
        .select('people_positions.unit_id')
        .where('people_positions.tenant_id', '=', tenant.id)
        .where('people_positions.is_head', '=', 1)
        .execute();
      expect(new Set(heads.map((h) => h.unit_id))).toEqual(new Set(units.map((u) => u.id)));
    });

    it('gives everyone a valid NIP that agrees with their birth date and sex, and a rank that fits their education', async () => {
      const problems: string[] = [];
      for (const e of await employeesOf(env, tenant)) {
        const parsed = parseNip(e.nip, { today: DEMO_DATE, kind: e.status === 'PPPK' ? 'PPPK' : 'PNS' });
        if (!parsed.ok) problems.push(`${e.nip}: ${parsed.errors.map((x) => x.code).join(', ')}`);
        else if (parsed.birthDate !== e.birth_date || parsed.sex !== e.sex)
          problems.push(`${e.nip}: disagrees with ${e.birth_date} ${e.sex}`);
        if (e.status === 'PPPK') {
          if (!(PPPK_GRADE_CODES as readonly string[]).includes(e.golongan ?? ''))
            problems.push(`${e.nip}: PPPK grade ${e.golongan}`);
        } else {
          const rank = golonganByCode(e.golongan ?? '');
          const lowest = golonganByCode(LOWEST_START[e.education_level ?? ''] ?? 'I/a')!;
          if (!rank || rank.level < lowest.level) problems.push(`${e.nip}: ${e.golongan} with ${e.education_level}`);
          // Four years a step: nobody outruns their service by more than the head posts allow.
          const years = Number(DEMO_DATE.slice(0, 4)) - Number((e.tmt_cpns ?? DEMO_DATE).slice(0, 4));
          if (rank && rank.level > Math.max(lowest.level + Math.ceil(years / 4) + 1, 15))
            problems.push(`${e.nip}: ${e.golongan} after ${years} years`);
          if (!e.tmt_cpns) problems.push(`${e.nip}: no TMT CPNS`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('derives every current record from several years of history', async () => {
      const employees = await employeesOf(env, tenant);
      const history = await env.services.db
        .selectFrom('people_history')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .execute();
      const byEmployee = new Map<string, typeof history>();
      for (const h of history) byEmployee.set(h.employee_id, [...(byEmployee.get(h.employee_id) ?? []), h]);
      const mismatches: string[] = [];
      for (const e of employees) {
        const entries = byEmployee.get(e.id) ?? [];
        const state = foldHistory(entries, DEMO_DATE);
        if (
          state.golongan !== e.golongan ||
          state.positionId !== e.position_id ||
          state.status !== e.status ||
          state.unitId !== e.unit_id
        )
          mismatches.push(e.nip);
        if (entries.some((h) => !h.sk_number)) mismatches.push(`${e.nip} without SK`);
        // A decree is numbered in the year it takes effect: '821.2/123/BKPSDM/2024' has its TMT in 2024.
        for (const h of entries)
          if (h.sk_number && !h.sk_number.endsWith(`/${h.tmt.slice(0, 4)}`))
            mismatches.push(`${e.nip}: SK ${h.sk_number} with TMT ${h.tmt}`);
      }
      expect(mismatches).toEqual([]);
      const years = new Set(history.map((h) => h.tmt.slice(0, 4)));
      expect(years.size).toBeGreaterThanOrEqual(10);
      expect(history.length).toBeGreaterThan(employees.length * 2);
    });

    it('gives every active employee but the head of the region a superior, in one reporting tree', async () => {
      const employees = await employeesOf(env, tenant);
      const byId = new Map(employees.map((e) => [e.id, e]));
      const top = employees.filter((e) => e.superior_id === null);
      expect(top).toHaveLength(1);
      const units = await env.services.db
        .selectFrom('people_units')
        .select(['id', 'code'])
        .where('tenant_id', '=', tenant.id)
        .execute();
      expect(units.find((u) => u.id === top[0]!.unit_id)?.code).toBe('SETDA');
      for (const e of employees) {
        const seen = new Set<string>();
        let cursor: string | null = e.id;
        while (cursor) {
          expect(seen.has(cursor), `cycle through ${cursor}`).toBe(false);
          seen.add(cursor);
          const next: string | null = byId.get(cursor)?.superior_id ?? null;
          if (next) expect(byId.get(next)?.employment).toBe('active');
          cursor = next;
        }
        expect(seen.has(top[0]!.id)).toBe(true);
      }
    });

    it('is the same population on another machine (another fresh database)', async () => {
      const again = await seedDumai(secondMachine);
      const nips = (await employeesOf(env, tenant)).map((e) => [e.nip, e.name, e.golongan]);
      expect((await employeesOf(secondMachine, again)).map((e) => [e.nip, e.name, e.golongan])).toEqual(nips);
      // Seeding an already seeded tenant adds nobody.
      await seedPeople(env.services, { tenantSlug: 'dumai' });
      expect(await employeesOf(env, tenant)).toHaveLength(nips.length);
    });

    it('lets the demo logins in, with the employee, supervisor and unit_admin roles', async () => {
      const logins = peopleDemoLogins('dumai');
      expect(logins.map((l) => l.role).sort()).toEqual(['employee', 'supervisor', 'unit_admin']);
      for (const login of logins) {
        const client = env.client();
        const response = await client.login(login.login, login.password);
        expect(response.statusCode, `${login.role}: ${response.body}`).toBe(200);
        const session = await client.refreshSession();
        const roles: string[] = session.account.tenants
          .find((t: { slug: string }) => t.slug === 'dumai')
          .roles.map((r: { role: string }) => r.role);
        expect(roles, login.role).toContain(login.role);
        expect(roles).toContain('employee');
        const me = await client.get('/api/t/dumai/people/me');
        expect(me.statusCode).toBe(200);
        expect(me.json().nip).toBe(login.login);
      }
    });
  });
}
