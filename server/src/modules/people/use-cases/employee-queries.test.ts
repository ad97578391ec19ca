import { employeeSummarySchema, pageOf } from '@lentera/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import type { UnitsTable } from '../repository';
import { type BuiltEmployee, buildEmployee, buildPosition, buildUnit } from '../test/factories';
import { json, peopleApi, signInAs } from '../test/http';

const page = pageOf(employeeSummarySchema);

describeEachDialect('people: lists, search and export', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;
  let dinas: UnitsTable;
  let bidang: UnitsTable;
  let other: UnitsTable;
  const people: Record<string, BuiltEmployee> = {};

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin']);
    api = peopleApi(tenant);
    dinas = await buildUnit(env.services, tenant, { name: 'Dinas Pendidikan' });
    bidang = await buildUnit(env.services, tenant, { name: 'Bidang Pembinaan SD', parentId: dinas.id, type: 'bidang' });
    other = await buildUnit(env.services, tenant, { name: 'Dinas Kesehatan' });
    const head = await buildPosition(env.services, tenant, {
      unitId: dinas.id,
      name: 'Kepala Dinas Pendidikan',
      kind: 'jpt_pratama',
      class: 14,
      isHead: true,
    });
    const guru = await buildPosition(env.services, tenant, {
      unitId: bidang.id,
      name: 'Guru Ahli Pertama',
      kind: 'fungsional_keahlian',
      class: 8,
      quota: 50,
    });
    const clerk = await buildPosition(env.services, tenant, {
      unitId: dinas.id,
      name: 'Pengadministrasi Perkantoran',
      kind: 'pelaksana',
      class: 5,
      quota: 50,
    });
    const nurse = await buildPosition(env.services, tenant, {
      unitId: other.id,
      name: 'Perawat Terampil',
      kind: 'fungsional_keterampilan',
      class: 7,
      quota: 50,
    });
    const specs = [
      ['ahmad', { name: 'Ahmad Fauzi', frontTitle: 'Dr.', positionId: head.id, rank: 'IV/b', educationLevel: 'S3' }],
      ['budi', { name: 'Budi Hartono', positionId: guru.id, rank: 'III/b', educationLevel: 'S1' }],
      [
        'citra',
        { name: 'Citra Lestari', positionId: guru.id, status: 'PPPK', rank: 'IX', educationLevel: 'S1', sex: 'female' },
      ],
      ['dedi', { name: 'Dedi Kurniawan', positionId: clerk.id, rank: 'II/c', educationLevel: 'SMA' }],
      ['eka', { name: 'Eka Putri Lestari', positionId: clerk.id, status: 'CPNS', rank: 'III/a', sex: 'female' }],
      ['fajar', { name: 'Fajar Siddiq', positionId: nurse.id, rank: 'II/c', educationLevel: 'D3' }],
    ] as const;
    for (const [key, spec] of specs)
      people[key] = await buildEmployee(env.services, tenant, {
        ...spec,
        email: `${key}@uji.go.id`,
        phone: '0812 0000 0000',
      });
  });

  const ids = async (query: string) =>
    page.parse(json(await hr.get(`${api}/employees?${query}`))).items.map((e) => e.id);
  const idsOf = (...keys: string[]) => keys.map((k) => people[k]!.id);

  it('finds by name (any part, any case, without accents) and by NIP prefix', async () => {
    expect(await ids('q=lestari')).toEqual(idsOf('citra', 'eka'));
    expect(await ids('q=KURNIAWAN')).toEqual(idsOf('dedi'));
    expect(await ids(`q=${encodeURIComponent('  Kurniawán ')}`)).toEqual(idsOf('dedi'));
    expect(await ids(`q=${encodeURIComponent('budi   hartono')}`)).toEqual(idsOf('budi'));
    expect(await ids(`q=${people.fajar!.nip.slice(0, 8)}`)).toEqual(idsOf('fajar'));
    expect(
      await ids(`q=${encodeURIComponent(`${people.budi!.nip.slice(0, 8)} ${people.budi!.nip.slice(8, 14)}`)}`),
    ).toEqual(idsOf('budi'));
    expect(await ids('q=tidak%20ada')).toEqual([]);
  });

  it('filters by unit with or without its sub-units, position kind, rank and status', async () => {
    expect(await ids(`unitId=${dinas.id}`)).toEqual(idsOf('ahmad', 'budi', 'citra', 'dedi', 'eka'));
    expect(await ids(`unitId=${dinas.id}&includeSubunits=false`)).toEqual(idsOf('ahmad', 'dedi', 'eka'));
    expect(await ids(`unitId=${bidang.id}`)).toEqual(idsOf('budi', 'citra'));
    expect(await ids('positionKind=fungsional_keahlian')).toEqual(idsOf('budi', 'citra'));
    expect(await ids('positionKind=jpt_pratama')).toEqual(idsOf('ahmad'));
    expect(await ids(`rank=${encodeURIComponent('II/c')}`)).toEqual(idsOf('dedi', 'fajar'));
    expect(await ids('status=PPPK')).toEqual(idsOf('citra'));
    expect(await ids('status=CPNS')).toEqual(idsOf('eka'));
    expect(await ids(`status=PNS&unitId=${dinas.id}&positionKind=pelaksana`)).toEqual(idsOf('dedi'));
    const summary = page.parse(json(await hr.get(`${api}/employees?q=citra`))).items[0];
    expect(summary).toEqual({
      id: people.citra!.id,
      nip: people.citra!.nip,
      name: 'Citra Lestari',
      displayName: 'Citra Lestari',
      status: 'PPPK',
      employment: 'active',
      rank: 'IX',
      positionName: 'Guru Ahli Pertama',
      positionKind: 'fungsional_keahlian',
      unitId: bidang.id,
      unitName: 'Bidang Pembinaan SD',
    });
    expect((await hr.get(`${api}/employees?status=ASN`)).statusCode).toBe(400);
    expect((await hr.get(`${api}/employees?unitId=00000000-0000-0000-0000-000000000000`)).statusCode).toBe(404);
  });

  it('keeps the total exact when employees change between two requests, whoever writes', async () => {
    const total = async () =>
      page.parse(json(await hr.get(`${api}/employees?unitId=${dinas.id}&includeSubunits=true&pageSize=2`))).total;
    expect(await total()).toBe(5);
    expect(await total()).toBe(5);
    // An operator's SQL (no application code) retires one of them: the next total counts it out.
    const retire = (employment: string) =>
      env.services.db.updateTable('people_employees').set({ employment }).where('id', '=', people.dedi!.id).execute();
    await retire('retired');
    try {
      expect(await total()).toBe(4);
    } finally {
      await retire('active');
    }
    expect(await total()).toBe(5);
  });

  it('pages and sorts on the server', async () => {
    const first = page.parse(json(await hr.get(`${api}/employees?pageSize=4&page=1`)));
    const second = page.parse(json(await hr.get(`${api}/employees?pageSize=4&page=2`)));
    expect([first.total, second.total, first.items.length, second.items.length]).toEqual([6, 6, 4, 2]);
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(
      idsOf('ahmad', 'budi', 'citra', 'dedi', 'eka', 'fajar'),
    );
    expect(await ids('sort=name&dir=desc&pageSize=3')).toEqual(idsOf('fajar', 'eka', 'dedi'));
    const byNip = Object.values(people).sort((a, b) => a.nip.localeCompare(b.nip));
    expect(await ids('sort=nip')).toEqual(byNip.map((e) => e.id));
    expect(await ids('sort=nip&dir=desc')).toEqual(byNip.map((e) => e.id).reverse());
    // By unit means by the unit's name (Bidang Pembinaan SD, Dinas Kesehatan, Dinas Pendidikan), then by name.
    expect(await ids('sort=unit')).toEqual(idsOf('budi', 'citra', 'fajar', 'ahmad', 'dedi', 'eka'));
    expect(await ids('sort=unit&dir=desc')).toEqual(idsOf('eka', 'dedi', 'ahmad', 'fajar', 'citra', 'budi'));
    expect(await ids('sort=unit&pageSize=2&page=2')).toEqual(idsOf('fajar', 'ahmad'));
    expect(page.parse(json(await hr.get(`${api}/employees?page=9`))).items).toEqual([]);
    expect((await hr.get(`${api}/employees?pageSize=500`)).statusCode).toBe(400);
  });

  it('exports the current filter as CSV and as XLSX, the NIP kept as text', async () => {
    const csv = await hr.get(`${api}/employees/export?format=csv&unitId=${dinas.id}&sort=nip`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain(`pegawai-${tenant.slug}.csv`);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    // Semicolons (the list separator of Indonesian Windows), CRLF, and the NIP grouped as printed, which Excel
    // keeps as text; without the spaces it is the stored NIP.
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFNIP;Nama;Status;Golongan;Jabatan;Jenis jabatan;Unit;Jenis kelamin;Tanggal lahir;Pendidikan',
    );
    const [header, ...rows] = parse(csv.body.slice(1), { delimiter: ';' }) as string[][];
    expect(header?.slice(0, 3)).toEqual(['NIP', 'Nama', 'Status']);
    const expected = ['ahmad', 'budi', 'citra', 'dedi', 'eka']
      .map((k) => people[k]!)
      .sort((a, b) => a.nip.localeCompare(b.nip));
    expect(rows.map((r) => r[0]?.replace(/ /g, ''))).toEqual(expected.map((e) => e.nip));
    const nipOf = (key: string) => rows.find((r) => r[1]?.includes(key))?.[0];
    expect(nipOf('Ahmad')).toMatch(/^\d{8} \d{6} \d \d{3}$/);
    expect(nipOf('Citra')).toMatch(/^\d{8} \d{4} \d \d \d \d{3}$/);
    expect(rows.find((r) => r[0]?.replace(/ /g, '') === people.ahmad!.nip)?.[1]).toBe('Dr. Ahmad Fauzi');
    expect(csv.body).not.toMatch(/(^|;)\d{18}(;|\r)/m);

    const xlsx = await hr.get(`${api}/employees/export?format=xlsx&status=PNS&sort=nip`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('NIP');
    const nips: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) nips.push(row.getCell(1).value);
    });
    const pns = ['ahmad', 'budi', 'dedi', 'fajar'].map((k) => people[k]!.nip).sort();
    expect(nips).toEqual(pns);
    expect(nips.every((v) => typeof v === 'string')).toBe(true);
    // Typed as text in the file too, so that Excel neither rounds a NIP typed in later nor shows 1.98E+17.
    const firstNip = sheet.getRow(2).getCell(1);
    expect([firstNip.type, firstNip.numFmt]).toEqual([ExcelJS.ValueType.String, '@']);
  });

  it('answers no session, wrong role and another tenant', async () => {
    expect((await env.client().get(`${api}/employees`)).statusCode).toBe(401);
    expect((await env.client().get(`${api}/employees/export`)).statusCode).toBe(401);
    const inspector = await signInAs(env, tenant, ['inspector']);
    expect(errorOf(await inspector.get(`${api}/employees`)).code).toBe('forbidden');
    expect((await inspector.get(`${api}/employees/export?format=csv`)).statusCode).toBe(403);
    const otherTenant = await buildTenant(env.services);
    const otherHr = await signInAs(env, otherTenant, ['hr_admin']);
    expect((await otherHr.get(`${api}/employees`)).statusCode).toBe(403);
    expect(page.parse(json(await otherHr.get(`${peopleApi(otherTenant)}/employees?q=lestari`))).total).toBe(0);
    expect((await otherHr.get(`${peopleApi(otherTenant)}/employees?unitId=${dinas.id}`)).statusCode).toBe(404);
  });
});
