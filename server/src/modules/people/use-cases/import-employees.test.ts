import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { verifyChain } from '../../../platform/audit/audit';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, type TestEnv } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { IMPORT_COLUMNS, type ImportColumn } from '../import-format';
import type { UnitsTable } from '../repository';
import { type BuiltEmployee, buildEmployee, buildUnit, makeNip } from '../test/factories';
import { json, multipartFile, peopleApi, signInAs } from '../test/http';

type Row = Partial<Record<ImportColumn, string>>;
const KEYS = IMPORT_COLUMNS.map((c) => c.key);

function csvOf(rows: Row[], separator = ','): string {
  return [KEYS.join(separator), ...rows.map((r) => KEYS.map((k) => r[k] ?? '').join(separator))].join('\n');
}

async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Pegawai');
  sheet.addRow(KEYS);
  for (const r of rows) sheet.addRow(KEYS.map((k) => r[k] ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}

interface Report {
  id: string;
  rows: number;
  status: string;
  errors: Array<{ line: number; column: string; value: string; reason: string }>;
  summary: { create: number; update: number; unchanged: number; newPositions: number };
}

async function counts(env: TestEnv, tenant: TenantRecord) {
  const count = async (table: 'people_employees' | 'people_history' | 'people_positions') =>
    Number(
      (
        await env.services.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('tenant_id', '=', tenant.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    employees: await count('people_employees'),
    history: await count('people_history'),
    positions: await count('people_positions'),
  };
}

describeEachDialect('people: import', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;
  let disdik: UnitsTable;
  let dinkes: UnitsTable;
  let siti: BuiltEmployee;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin'], { name: 'Rina Kepegawaian' });
    api = peopleApi(tenant);
    disdik = await buildUnit(env.services, tenant, { code: 'DISDIK', name: 'Dinas Pendidikan' });
    dinkes = await buildUnit(env.services, tenant, { code: 'DINKES', name: 'Dinas Kesehatan' });
    siti = await buildEmployee(env.services, tenant, { unitId: disdik.id, isHead: true, name: 'Siti Aminah' });
  });

  const upload = async (client: HttpClient, fileName: string, content: Buffer | string): Promise<Report> => {
    const { body, headers } = multipartFile(fileName, content);
    return json<Report>(await client.post(`${api}/imports`, body, headers), 201);
  };
  const applyAndWait = async (client: HttpClient, id: string) => {
    expect(json(await client.post(`${api}/imports/${id}/apply`), 202)).toEqual({ id, status: 'applying' });
    // Poll as the import page does; between polls the event loop lets the apply (file parsing, the
    // transaction) go on. Bounded by wall time: the apply's own work, not the test clock, decides.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const status = json<{
        status: string;
        progress: { done: number; total: number };
        summary: Record<string, unknown>;
      }>(await client.get(`${api}/imports/${id}`));
      if (status.status !== 'applying') return status;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    throw new Error(`import ${id} still applying after 20 s`);
  };

  const person = (
    overrides: Row & { sex?: 'male' | 'female'; birthDate?: string; status?: 'PNS' | 'PPPK' } = {},
  ): Row => {
    const id = makeNip({
      status: overrides.status === 'PPPK' ? 'PPPK' : 'PNS',
      ...(overrides.birthDate ? { birthDate: overrides.birthDate } : {}),
      ...(overrides.sex ? { sex: overrides.sex } : {}),
    });
    return {
      nip: id.nip,
      nama: 'Pegawai Impor',
      jenis_kelamin: id.sex === 'male' ? 'L' : 'P',
      tanggal_lahir: id.birthDate,
      status: 'PNS',
      golongan: 'III/a',
      kode_unit: 'DISDIK',
      jabatan: 'Pengadministrasi Perkantoran',
      jenis_jabatan: 'pelaksana',
      kelas_jabatan: '5',
      tmt_jabatan: '2021-01-04',
      ...overrides,
    };
  };

  it('serves the template in XLSX and CSV: the columns and one example row', async () => {
    const xlsx = await hr.get(`${api}/import/template`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('template-pegawai.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(KEYS);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe('198503122010011003');

    const csv = await hr.get(`${api}/import/template?format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(KEYS.join(','));
    expect(lines[1]).toContain('198503122010011003');
    expect((await env.client().get(`${api}/import/template`)).statusCode).toBe(401);
  });

  it('reports every bad row with line, column, value and reason in the dry run, and imports nothing', async () => {
    const before = await counts(env, tenant);
    const good = person({ nama: 'Agus Baik' });
    const rows: Row[] = [
      good,
      person({ nip: '198513152010011003', tanggal_lahir: '1985-12-15' }),
      person({ kode_unit: 'TIDAK-ADA' }),
      person({ nip_atasan: '197001011995031999' }),
      { ...good },
      {
        ...person(),
        nip: siti.nip,
        nama: 'Orang Lain',
        tanggal_lahir: siti.birth_date,
        jenis_kelamin: siti.sex === 'male' ? 'L' : 'P',
      },
      person({ tanggal_lahir: '31-02-1990' }),
      person({ golongan: 'III/z' }),
      person({ tmt_jabatan: '2026/01/01' }),
    ];
    const report = await upload(hr, 'pegawai.csv', csvOf(rows));
    expect(report).toMatchObject({ status: 'invalid', rows: 9 });
    const byLine = (line: number) => report.errors.filter((e) => e.line === line);
    expect([...new Set(report.errors.map((e) => e.line))].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(byLine(3)).toEqual([
      {
        line: 3,
        column: 'nip',
        value: '198513152010011003',
        reason: 'tanggal lahir pada NIP, 1985-13-15, bukan tanggal yang valid',
      },
    ]);
    expect(byLine(4)).toEqual([
      { line: 4, column: 'kode_unit', value: 'TIDAK-ADA', reason: 'kode unit tidak dikenal' },
    ]);
    expect(byLine(5)).toEqual([
      { line: 5, column: 'nip_atasan', value: '197001011995031999', reason: 'atasan dengan NIP ini tidak ditemukan' },
    ]);
    expect(byLine(6)).toEqual([
      { line: 6, column: 'nip', value: good.nip, reason: 'NIP ganda dalam berkas (juga di baris 2)' },
    ]);
    expect(byLine(7)).toEqual([
      { line: 7, column: 'nip', value: siti.nip, reason: 'NIP sudah dipakai oleh pegawai lain (Siti Aminah)' },
    ]);
    expect(byLine(8)).toContainEqual({
      line: 8,
      column: 'tanggal_lahir',
      value: '31-02-1990',
      reason: 'bukan tanggal yang valid (YYYY-MM-DD)',
    });
    expect(byLine(9)).toEqual([
      { line: 9, column: 'golongan', value: 'III/z', reason: 'golongan/ruang "III/z" tidak dikenal (misalnya III/a)' },
    ]);
    expect(byLine(10)).toEqual([expect.objectContaining({ column: 'tmt_jabatan', value: '2026/01/01' })]);
    expect(await counts(env, tenant)).toEqual(before);

    // An import with errors cannot be applied.
    const refused = await hr.post(`${api}/imports/${report.id}/apply`);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).code).toBe('import_not_applicable');
    expect(await counts(env, tenant)).toEqual(before);
  });

  it('gives the reasons in English to an English-speaking account, and refuses files it cannot read', async () => {
    const english = await signInAs(env, tenant, ['hr_admin'], { lang: 'en' });
    const report = await upload(english, 'pegawai.csv', csvOf([person({ golongan: 'XX' })]));
    expect(report.errors).toEqual([
      expect.objectContaining({ column: 'golongan', reason: 'unknown golongan "XX" (for example III/a)' }),
    ]);
    const missing = await upload(english, 'pegawai.csv', 'nip;nama\n198503122010011003;Budi\n');
    expect(missing.errors[0]).toMatchObject({ line: 1, reason: 'required column missing from the header row' });
    const { body, headers } = multipartFile('pegawai.pdf', 'bukan tabel');
    const pdf = await english.post(`${api}/imports`, body, headers);
    expect(pdf.statusCode).toBe(400);
    expect(errorOf(pdf).code).toBe('import_format');
    const broken = multipartFile('pegawai.xlsx', 'bukan xlsx');
    expect(errorOf(await english.post(`${api}/imports`, broken.body, broken.headers)).code).toBe('import_unreadable');
  });

  it('applies a clean file in one go, with progress, and a second apply of the same file changes nothing', async () => {
    const hendra = person({
      nama: 'Hendra Gunawan',
      gelar_belakang: 'S.Pd., M.Pd.',
      golongan: 'IV/a',
      jabatan: 'Sekretaris Dinas',
      jenis_jabatan: 'administrator',
      kelas_jabatan: '11',
      nip_atasan: siti.nip,
      pendidikan: 'S2',
    });
    const intan = person({
      nama: 'Intan Permata',
      status: 'PPPK',
      golongan: 'IX',
      jabatan: 'Guru Ahli Pertama',
      jenis_jabatan: 'fungsional_keahlian',
      kelas_jabatan: '8',
      nip_atasan: hendra.nip,
      sex: 'female',
      tmt_jabatan: '01-03-2023',
    });
    const joko = person({
      nama: 'Joko Susilo',
      golongan: 'II/c',
      tmt_golongan: '2024-04-01',
      kode_unit: 'DINKES',
      email: 'Joko.Susilo@Dinkes.go.id',
      telepon: '0812 3456 7890',
      pendidikan: 'SMA',
      tmt_cpns: '2015-03-01',
    });
    const file = await xlsxOf([hendra, intan, joko]);
    const before = await counts(env, tenant);

    const report = await upload(hr, 'pegawai-baru.xlsx', file);
    expect(report).toMatchObject({
      status: 'checked',
      errors: [],
      summary: { create: 3, update: 0, unchanged: 0, newPositions: 3 },
    });
    expect(await counts(env, tenant)).toEqual(before);

    const done = await applyAndWait(hr, report.id);
    expect(done).toMatchObject({ status: 'applied', progress: { done: 3, total: 3 }, summary: { create: 3 } });
    const after = await counts(env, tenant);
    expect(after).toEqual({
      employees: before.employees + 3,
      history: before.history + 4,
      positions: before.positions + 3,
    });

    const found = json<{ items: Array<{ id: string; nip: string }> }>(
      await hr.get(`${api}/employees?sort=nip&pageSize=50`),
    ).items;
    const idOf = (nip: string) => found.find((e) => e.nip === nip)!.id;
    const detail = async (nip: string) => json(await hr.get(`${api}/employees/${idOf(nip)}`));
    expect(await detail(hendra.nip!)).toMatchObject({
      displayName: 'Hendra Gunawan, S.Pd., M.Pd.',
      rank: 'IV/a',
      positionName: 'Sekretaris Dinas',
      superior: { id: siti.id },
      superiorOverride: true,
    });
    expect(await detail(intan.nip!)).toMatchObject({
      status: 'PPPK',
      rank: 'IX',
      superior: { id: idOf(hendra.nip!) },
      history: [{ tmt: '2023-03-01' }],
    });
    const jokoRecord = await detail(joko.nip!);
    expect(jokoRecord).toMatchObject({
      unitName: 'Dinas Kesehatan',
      email: 'joko.susilo@dinkes.go.id',
      rank: 'II/c',
      tmtCpns: '2015-03-01',
    });
    expect(jokoRecord.history.map((h: { tmt: string }) => h.tmt)).toEqual(['2024-04-01', '2021-01-04']);
    const audited = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('tenant_id', '=', tenant.id)
      .where('entity_id', '=', report.id)
      .execute();
    expect(audited).toEqual([{ action: 'people.import_applied' }]);

    // Applying again is refused; the same file uploaded again finds nothing to do.
    expect(errorOf(await hr.post(`${api}/imports/${report.id}/apply`)).code).toBe('import_not_applicable');
    const versions = await env.services.db
      .selectFrom('people_employees')
      .select(['id', 'version', 'updated_at'])
      .where('tenant_id', '=', tenant.id)
      .orderBy('id')
      .execute();
    const again = await upload(hr, 'pegawai-baru.xlsx', file);
    expect(again).toMatchObject({
      status: 'checked',
      errors: [],
      summary: { create: 0, update: 0, unchanged: 3, newPositions: 0 },
    });
    expect(await applyAndWait(hr, again.id)).toMatchObject({
      status: 'applied',
      summary: { create: 0, update: 0, unchanged: 3 },
    });
    expect(await counts(env, tenant)).toEqual(after);
    expect(
      await env.services.db
        .selectFrom('people_employees')
        .select(['id', 'version', 'updated_at'])
        .where('tenant_id', '=', tenant.id)
        .orderBy('id')
        .execute(),
    ).toEqual(versions);
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true });
  });

  it('updates the rows that changed, as a dated history entry', async () => {
    const row = person({ nama: 'Kurnia Sari', sex: 'female', golongan: 'III/a' });
    await applyAndWait(hr, (await upload(hr, 'a.csv', csvOf([row]))).id);
    const promoted = { ...row, golongan: 'III/b', tmt_golongan: '2026-04-01', telepon: '0813 1111 2222' };
    const report = await upload(hr, 'b.csv', csvOf([promoted], ';'));
    expect(report.summary).toMatchObject({ create: 0, update: 1, unchanged: 0 });
    expect(await applyAndWait(hr, report.id)).toMatchObject({ status: 'applied' });
    const id = json<{ items: Array<{ id: string }> }>(await hr.get(`${api}/employees?q=${row.nip}`)).items[0]!.id;
    const record = json(await hr.get(`${api}/employees/${id}`));
    expect(record).toMatchObject({ rank: 'III/b', phone: '0813 1111 2222', version: 2 });
    expect(record.history.map((h: { tmt: string; rank: string | null }) => [h.tmt, h.rank])).toEqual([
      ['2026-04-01', 'III/b'],
      ['2021-01-04', 'III/a'],
    ]);
  });

  it('applies nothing at all when the file went bad between the dry run and the apply', async () => {
    const upt = await buildUnit(env.services, tenant, { code: 'UPT-LAB', name: 'UPT Laboratorium', type: 'upt' });
    const fine = person({ nama: 'Lukman Hakim', kode_unit: 'DINKES' });
    const doomed = person({ nama: 'Maya Sari', kode_unit: 'UPT-LAB', sex: 'female' });
    const report = await upload(hr, 'pegawai.csv', csvOf([fine, doomed]));
    expect(report.status).toBe('checked');
    json(await hr.post(`${api}/units/${upt.id}/close`, { closedOn: '2026-11-23' }));
    const before = await counts(env, tenant);

    const outcome = await applyAndWait(hr, report.id);
    expect(outcome).toMatchObject({
      status: 'failed',
      summary: {
        failure: 'import_has_errors',
        errors: [{ line: 3, column: 'kode_unit', value: 'UPT-LAB', reason: 'unit sudah ditutup' }],
      },
    });
    expect(await counts(env, tenant)).toEqual(before);
    const stored = await env.services.db
      .selectFrom('people_employees')
      .select('id')
      .where('nip', 'in', [fine.nip!, doomed.nip!])
      .execute();
    expect(stored).toEqual([]);
    expect(errorOf(await hr.post(`${api}/imports/${report.id}/apply`)).code).toBe('import_not_applicable');
  });

  it('shows an import to its uploader and to hr_admin only, within the tenant', async () => {
    const unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: dinkes.id }]);
    const report = await upload(unitAdmin, 'dinkes.csv', csvOf([person({ nama: 'Nina Dinkes', kode_unit: 'DINKES' })]));
    expect(report.status).toBe('checked');
    expect(json(await unitAdmin.get(`${api}/imports/${report.id}`))).toMatchObject({ status: 'checked', rows: 1 });
    expect(json(await hr.get(`${api}/imports/${report.id}`))).toMatchObject({ status: 'checked' });
    const otherUnitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: disdik.id }]);
    expect((await otherUnitAdmin.get(`${api}/imports/${report.id}`)).statusCode).toBe(404);
    expect((await otherUnitAdmin.post(`${api}/imports/${report.id}/apply`)).statusCode).toBe(404);
    const otherTenant = await buildTenant(env.services);
    const otherHr = await signInAs(env, otherTenant, ['hr_admin']);
    expect((await otherHr.get(`${peopleApi(otherTenant)}/imports/${report.id}`)).statusCode).toBe(404);
    expect((await otherHr.post(`${peopleApi(otherTenant)}/imports/${report.id}/apply`)).statusCode).toBe(404);
    const employee = await signInAs(env, tenant, ['employee']);
    const { body, headers } = multipartFile('x.csv', csvOf([person()]));
    expect((await employee.post(`${api}/imports`, body, headers)).statusCode).toBe(403);
    expect((await env.client().post(`${api}/imports`, body, headers)).statusCode).toBe(401);
    expect(await applyAndWait(unitAdmin, report.id)).toMatchObject({ status: 'applied' });
  });
});
