import { AGE_BANDS, ageBand, type WorkforceStats, wholeYearsBetween, workforceStatsSchema } from '@lentera/common';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import type { UnitsTable } from '../repository';
import { type BuiltEmployee, buildEmployee, buildUnit } from '../test/factories';
import { json, peopleApi, signInAs } from '../test/http';
import { bornOnOrBefore } from './workforce-stats';

const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

describeEachDialect('people: public workforce statistics', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let setda: UnitsTable;
  let dinas: UnitsTable;
  const staff: BuiltEmployee[] = [];
  let promoted: BuiltEmployee;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin']);
    setda = await buildUnit(env.services, tenant, { name: 'Sekretariat Daerah', type: 'sekretariat_daerah' });
    dinas = await buildUnit(env.services, tenant, { name: 'Dinas Kominfo', parentId: setda.id });
    const contact = (n: number) => ({
      email: `pegawai${n}@kominfo.go.id`,
      phone: `0812 5555 ${String(1000 + n)}`,
      address: `Jl. Rahasia No. ${n}`,
    });
    const specs = [
      {
        unitId: setda.id,
        isHead: true,
        name: 'Hasan Basri',
        frontTitle: 'Dr.',
        backTitle: 'M.Si.',
        rank: 'IV/c',
        educationLevel: 'S3',
        birthDate: '1968-05-17',
        sex: 'male',
      },
      {
        unitId: dinas.id,
        isHead: true,
        name: 'Ratna Sari',
        backTitle: 'S.Kom.',
        rank: 'IV/a',
        educationLevel: 'S2',
        birthDate: '1975-02-03',
        sex: 'female',
      },
      {
        unitId: dinas.id,
        name: 'Yudi Pratama',
        rank: 'II/d',
        educationLevel: 'D3',
        birthDate: '1996-08-21',
        sex: 'male',
      },
      {
        unitId: dinas.id,
        name: 'Wulan Dari',
        rank: 'III/a',
        educationLevel: 'S1',
        birthDate: '2001-12-30',
        sex: 'female',
        status: 'CPNS',
      },
      {
        unitId: dinas.id,
        name: 'Taufik Hidayat',
        rank: 'X',
        educationLevel: 'S1',
        birthDate: '1990-04-11',
        sex: 'male',
        status: 'PPPK',
      },
      {
        unitId: setda.id,
        name: 'Sri Wahyuni',
        rank: 'III/c',
        educationLevel: 'S1',
        birthDate: '1985-09-09',
        sex: 'female',
      },
    ] as const;
    for (const [n, spec] of specs.entries())
      staff.push(await buildEmployee(env.services, tenant, { ...spec, ...contact(n) }));
    promoted = staff[2]!;
    // Someone who retired is no longer counted.
    const retired = await buildEmployee(env.services, tenant, { unitId: dinas.id, name: 'Pensiunan', ...contact(9) });
    json(
      await hr.post(`${peopleApi(tenant)}/employees/${retired.id}/career`, {
        tmt: '2026-06-01',
        skNumber: 'SK/PENSIUN/1',
        employment: 'retired',
      }),
      201,
    );
  });

  const stats = async (): Promise<WorkforceStats> => {
    const response = await env.client().get(`/api/t/${tenant.slug}/workforce/stats`);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    return workforceStatsSchema.parse(json(response));
  };

  it('counts the active workforce by unit, status, rank group, education, sex and age band, without a session', async () => {
    const s = await stats();
    expect(s).toMatchObject({ tenant: tenant.slug, asOf: '2026-11-23', total: 6 });
    for (const breakdown of [s.byStatus, s.byRankGroup, s.byEducation, s.bySex, s.byAgeBand])
      expect(sum(breakdown)).toBe(s.total);
    expect(s.units.reduce((a, u) => a + u.headcount, 0)).toBe(s.total);
    expect(s.byStatus).toEqual({ PNS: 4, CPNS: 1, PPPK: 1 });
    expect(s.byRankGroup).toEqual({ IV: 2, III: 2, II: 1, PPPK: 1 });
    expect(s.byEducation).toEqual({ S3: 1, S2: 1, S1: 3, D3: 1 });
    expect(s.bySex).toEqual({ male: 3, female: 3 });
    // 58, 51, 30, 24, 36, 41 years old on 2026-11-23.
    expect(s.byAgeBand).toEqual({ '<25': 1, '25-34': 1, '35-44': 2, '45-54': 1, '55+': 1 });
  });

  it('names the heads of units: public officials', async () => {
    const s = await stats();
    const byId = new Map(s.units.map((u) => [u.id, u]));
    expect(byId.get(setda.id)).toMatchObject({ headName: 'Dr. Hasan Basri, M.Si.', headcount: 2, parentId: null });
    expect(byId.get(dinas.id)).toMatchObject({ headName: 'Ratna Sari, S.Kom.', headcount: 4, parentId: setda.id });
    expect(byId.get(dinas.id)?.headPosition).toBeTruthy();
  });

  it('never shows a NIP, birth date, e-mail, phone or address', async () => {
    const text = JSON.stringify(await stats());
    const csv = (await env.client().get(`/api/t/${tenant.slug}/workforce/stats?format=csv`)).body;
    const rows = await env.services.db
      .selectFrom('people_employees')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      for (const secret of [row.nip, row.birth_date, row.email, row.phone, row.address]) {
        expect(secret, `${row.name}`).toBeTruthy();
        expect(text).not.toContain(secret);
        expect(csv).not.toContain(secret);
      }
      // Nor the NIP as printed, in groups.
      expect(text).not.toContain(row.nip.slice(0, 8));
    }
  });

  it('downloads as CSV', async () => {
    const response = await env.client().get(`/api/t/${tenant.slug}/workforce/stats?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain(`statistik-pegawai-${tenant.slug}-2026-11-23.csv`);
    const [header, ...rows] = parse(response.body.replace(/^\uFEFF/, '')) as string[][];
    expect(header).toEqual(['dimensi', 'kategori', 'jumlah']);
    expect(rows).toContainEqual(['status', 'PNS', '4']);
    expect(rows).toContainEqual(['golongan', 'II', '1']);
    expect(rows).toContainEqual(['unit', 'Dinas Kominfo', '4']);
    expect(rows.filter((r) => r[0] === 'jenis_kelamin').reduce((a, r) => a + Number(r[2]), 0)).toBe(6);
  });

  it('changes after a promotion recorded through the API', async () => {
    const before = await stats();
    // Promoted to III/a and moved to a post in the Setda (the one Sri Wahyuni holds).
    const setdaPost = staff[5]!.position_id;
    json(
      await hr.post(`${peopleApi(tenant)}/employees/${promoted.id}/career`, {
        tmt: '2026-10-01',
        skNumber: '823.3/9/BKPSDM/2026',
        rank: 'III/a',
        positionId: setdaPost,
      }),
      201,
    );
    const after = await stats();
    expect(after.total).toBe(before.total);
    const { II, ...others } = before.byRankGroup;
    expect(II).toBe(1);
    expect(after.byRankGroup).toEqual({ ...others, III: before.byRankGroup.III! + 1 });
    const headcount = (s: WorkforceStats, id: string) => s.units.find((u) => u.id === id)?.headcount;
    expect([headcount(after, dinas.id), headcount(after, setda.id)]).toEqual([
      headcount(before, dinas.id)! - 1,
      headcount(before, setda.id)! + 1,
    ]);
  });

  it('answers 404 for an unknown tenant', async () => {
    const response = await env.client().get('/api/t/kota-tidak-ada/workforce/stats');
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('tenant_not_found');
  });
});

describe('people: age bands counted in the database', () => {
  it('agree with wholeYearsBetween on every birthday around the band edges, 29 February included', () => {
    const floors = [25, 35, 45, 55];
    for (const today of ['2026-11-23', '2028-02-29', '2027-02-28', '2027-03-01', '2026-01-01', '2026-12-31']) {
      const start = Date.UTC(Number(today.slice(0, 4)) - 60, 0, 1);
      for (let t = start; t < Date.UTC(Number(today.slice(0, 4)) - 20, 0, 1); t += 86_400_000) {
        const birth = new Date(t).toISOString().slice(0, 10);
        // The SQL: the oldest band whose cutoff the birth date is on or before, else the youngest band.
        const band = [...floors].reverse().find((years) => birth <= bornOnOrBefore(today, years));
        const inSql = band === undefined ? AGE_BANDS[0] : AGE_BANDS[floors.indexOf(band) + 1];
        expect(inSql, `${birth} on ${today}`).toBe(ageBand(wholeYearsBetween(birth, today)));
      }
    }
  });
});

describeEachDialect('people: workforce age bands at the birthday', (env) => {
  it('counts someone turning 25 today as 25-34, and someone turning 25 tomorrow as under 25', async () => {
    const tenant = await buildTenant(env.services);
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Kesehatan', type: 'dinas' });
    await buildEmployee(env.services, tenant, { unitId: unit.id, birthDate: '2001-11-23', sex: 'female' });
    await buildEmployee(env.services, tenant, { unitId: unit.id, birthDate: '2001-11-24', sex: 'male' });
    const get = async () =>
      workforceStatsSchema.parse(json(await env.client().get(`/api/t/${tenant.slug}/workforce/stats`)));
    expect((await get()).byAgeBand).toEqual({ '<25': 1, '25-34': 1, '35-44': 0, '45-54': 0, '55+': 0 });
    // The next day (in the tenant's zone) the answer is not reused: the second one has turned 25.
    const started = env.clock.now();
    env.clock.advance(24 * 3600_000);
    try {
      const tomorrow = await get();
      expect(tomorrow.asOf).toBe('2026-11-24');
      expect(tomorrow.byAgeBand).toEqual({ '<25': 0, '25-34': 2, '35-44': 0, '45-54': 0, '55+': 0 });
    } finally {
      env.clock.set(started);
    }
  });

  it('is exact after any write to employees or units, even one that bypasses the use cases', async () => {
    const tenant = await buildTenant(env.services);
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Sosial', type: 'dinas' });
    const someone = await buildEmployee(env.services, tenant, { unitId: unit.id, sex: 'female' });
    const get = async () =>
      workforceStatsSchema.parse(json(await env.client().get(`/api/t/${tenant.slug}/workforce/stats`)));
    expect((await get()).bySex).toEqual({ female: 1 });
    expect(await get()).toEqual(await get());
    // An operator's SQL, a job or another module: the database raises the revision, not the caller.
    await env.services.db.updateTable('people_employees').set({ sex: 'male' }).where('id', '=', someone.id).execute();
    expect((await get()).bySex).toEqual({ male: 1 });
    await env.services.db
      .updateTable('people_units')
      .set({ name: 'Dinas Sosial dan PMD' })
      .where('id', '=', unit.id)
      .execute();
    expect((await get()).units.map((u) => u.name)).toEqual(['Dinas Sosial dan PMD']);
    await env.services.db.deleteFrom('people_history').where('employee_id', '=', someone.id).execute();
    await env.services.db.deleteFrom('people_employees').where('id', '=', someone.id).execute();
    expect((await get()).total).toBe(0);
  });
});
