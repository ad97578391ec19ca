import { golonganByCode, PPPK_GRADE_CODES, parseNip, rankFitsPosition } from '@lentera/common';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
import { dialects, setupTestEnv, type TestEnv } from '../../test/harness';
import { KECAMATAN, unitTemplates } from './demo-data';
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
      // A kota's structure: the Sekretariat Daerah holds only its bagian; the Sekretariat DPRD, the Inspektorat,
      // the dinas, badan and kecamatan stand beside it, and kelurahan sit under their kecamatan.
      const roots = units.filter((u) => u.parent_id === null);
      expect(roots.map((u) => u.type).sort()).toEqual(
        expect.arrayContaining(['sekretariat_daerah', 'sekretariat', 'inspektorat', 'dinas', 'badan', 'kecamatan']),
      );
      expect(new Set(roots.map((u) => u.type))).toEqual(
        new Set(['sekretariat_daerah', 'sekretariat', 'inspektorat', 'dinas', 'badan', 'kecamatan']),
      );
      const setda = units.find((u) => u.code === 'SETDA')!;
      const underSetda = units.filter((u) => u.parent_id === setda.id);
      expect(underSetda.length).toBeGreaterThanOrEqual(4);
      expect(underSetda.filter((u) => u.type !== 'bagian').map((u) => u.name)).toEqual([]);
      for (const code of [
        'DISDIK',
        'DINKES',
        'DPUPR',
        'DISDUKCAPIL',
        'DINSOS',
        'DISHUB',
        'DLH',
        'DPMPTSP',
        'DISKOMINFO',
      ])
        expect(
          units.find((u) => u.code === code),
          code,
        ).toMatchObject({ type: 'dinas', parent_id: null });
      for (const code of ['BKPSDM', 'BAPPEDA', 'BPKAD'])
        expect(
          units.find((u) => u.code === code),
          code,
        ).toMatchObject({ type: 'badan', parent_id: null });
      for (const u of units.filter((x) => x.type === 'kelurahan'))
        expect(byId.get(u.parent_id ?? '')?.type, u.name).toBe('kecamatan');
      expect(units.filter((u) => u.type === 'kecamatan').map((u) => u.name)).toContain('Kecamatan Dumai Kota');
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

    it('gives everyone a position that fits their rank: no IV/a as Ahli Pertama, no pelaksana at III/d', async () => {
      const positions = new Map(
        (
          await env.services.db.selectFrom('people_positions').selectAll().where('tenant_id', '=', tenant.id).execute()
        ).map((p) => [p.id, p]),
      );
      const misfits: string[] = [];
      const kinds = new Set<string>();
      for (const e of await employeesOf(env, tenant)) {
        const p = positions.get(e.position_id ?? '')!;
        kinds.add(p.kind);
        if (!rankFitsPosition(e.golongan ?? '', { kind: p.kind, level: p.fungsional_level }, e.status))
          misfits.push(`${e.nip} ${e.status} ${e.golongan}: ${p.name}`);
      }
      expect(misfits).toEqual([]);
      // The posts a city has: every kind a kota fills, at several functional levels.
      expect([...kinds].sort()).toEqual([
        'administrator',
        'fungsional_keahlian',
        'fungsional_keterampilan',
        'jpt_pratama',
        'pelaksana',
        'pengawas',
      ]);
      const levels = new Set([...positions.values()].map((p) => p.fungsional_level).filter(Boolean));
      for (const level of ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'terampil', 'mahir', 'penyelia'])
        expect(levels.has(level), level).toBe(true);
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
      // The heads of the dinas, badan, kecamatan, the Inspektorat and the Sekretariat DPRD answer to the Sekda.
      const unitRows = await env.services.db
        .selectFrom('people_units')
        .select(['id', 'parent_id'])
        .where('tenant_id', '=', tenant.id)
        .execute();
      const roots = new Set(unitRows.filter((u) => u.parent_id === null).map((u) => u.id));
      const heads = await env.services.db
        .selectFrom('people_employees')
        .innerJoin('people_positions', 'people_positions.id', 'people_employees.position_id')
        .select(['people_employees.id', 'people_employees.unit_id', 'people_employees.superior_id'])
        .where('people_employees.tenant_id', '=', tenant.id)
        .where('people_positions.is_head', '=', 1)
        .execute();
      const rootHeads = heads.filter((h) => roots.has(h.unit_id ?? '') && h.id !== top[0]!.id);
      expect(rootHeads.length).toBeGreaterThanOrEqual(20);
      for (const h of rootHeads) expect(h.superior_id).toBe(top[0]!.id);
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
      // The supervisor and the employee are a reporting pair.
      const [employee, supervisor] = ['employee', 'supervisor'].map((role) => logins.find((l) => l.role === role)!);
      const rows = await employeesOf(env, tenant);
      const superiorOf = rows.find((e) => e.nip === employee!.login)?.superior_id;
      expect(rows.find((e) => e.id === superiorOf)?.nip).toBe(supervisor!.login);
    });
  });
}

describe('people: the demo cities', () => {
  it('keeps the demo logins: e2e journeys and people who tried the demo use these NIPs', () => {
    expect(
      ['dumai', 'kupang', 'serang', 'palembang', 'medan'].flatMap((slug) =>
        peopleDemoLogins(slug).map((l) => `${l.tenant} ${l.role} ${l.login} ${l.password}`),
      ),
    ).toEqual([
      'dumai employee 197001271996031001 lentera-dumai-pegawai',
      'dumai supervisor 198209012009032001 lentera-dumai-atasan',
      'dumai unit_admin 198212032009042001 lentera-dumai-unit',
      'kupang employee 197803222001011001 lentera-kupang-pegawai',
      'kupang supervisor 197209172005042001 lentera-kupang-atasan',
      'kupang unit_admin 197909272002012001 lentera-kupang-unit',
      'serang employee 197704242000041001 lentera-serang-pegawai',
      'serang supervisor 197710242003122001 lentera-serang-atasan',
      'serang unit_admin 199012042021012001 lentera-serang-unit',
      'palembang employee 197110261994122001 lentera-palembang-pegawai',
      'palembang supervisor 198001132012032001 lentera-palembang-atasan',
      'palembang unit_admin 199410102024031001 lentera-palembang-unit',
      'medan employee 199210062023041001 lentera-medan-pegawai',
      'medan supervisor 197011191996041001 lentera-medan-atasan',
      'medan unit_admin 198306102007042001 lentera-medan-unit',
    ]);
  });

  it.each(['dumai', 'kupang', 'serang', 'palembang', 'medan'])(
    '%s has its own kecamatan, each with kelurahan',
    (slug) => {
      const templates = unitTemplates(slug);
      const kecamatan = templates.filter((t) => t.type === 'kecamatan');
      expect(kecamatan.map((k) => k.name)).toEqual(KECAMATAN[slug]!.map(([name]) => `Kecamatan ${name}`));
      for (const k of kecamatan)
        expect(templates.filter((t) => t.type === 'kelurahan' && t.parent === k.code).length, k.name).toBeGreaterThan(
          0,
        );
      // Unit codes are unique, and every parent exists before its children.
      expect(new Set(templates.map((t) => t.code)).size).toBe(templates.length);
      const seen = new Set<string>();
      for (const t of templates) {
        if (t.parent) expect(seen.has(t.parent), t.code).toBe(true);
        seen.add(t.code);
      }
    },
  );
});
