import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { demoLogin, expect, expectAccessible, expectNoHorizontalScroll, logIn, staffNav, test } from './fixtures';

const TENANT = 'palembang';

/** A valid PNS NIP: birth date, start of service (after the 18th birthday), sex digit 1, a serial. */
function pnsNip(birth: string, start: string, serial: number): string {
  return `${birth.replace(/-/g, '')}${start.replace('-', '')}1${String(serial).padStart(3, '0')}`;
}

async function xlsxWith(header: string[], rows: Array<Record<string, string>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Pegawai');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(header.map((key) => row[key] ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function unitIdOf(page: import('@playwright/test').Page, code: string): Promise<string | undefined> {
  const response = await page.request.get(`/api/t/${TENANT}/people/units`);
  return ((await response.json()) as { items: Array<{ id: string; code: string }> }).items.find((u) => u.code === code)
    ?.id;
}

async function publicHeadcount(page: import('@playwright/test').Page): Promise<number> {
  const response = await page.request.get(`/api/t/${TENANT}/workforce/stats`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { total: number }).total;
}

test('hr_admin imports an XLSX: two bad rows reported, the fixed file applied with progress, the public count follows', async ({
  page,
  demo,
}) => {
  const hr = demoLogin(demo, TENANT, 'hr_admin');
  const run = Date.now().toString(36).slice(-5);
  const serial = 100 + Math.floor(Math.random() * 800);
  const names = [`Andi Impor ${run}`, `Wulan Impor ${run}`, `Bayu Impor ${run}`];
  const before = await publicHeadcount(page);
  let header: string[] = [];

  await test.step('the import page explains the steps and serves the template', async () => {
    await logIn(page, TENANT, hr);
    await staffNav(page).getByRole('link', { name: 'Impor data pegawai' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Impor data pegawai' })).toBeVisible();
    await expect(page.getByText('Unggah berkas. Sistem memeriksa setiap baris tanpa menyimpan apa pun.')).toBeVisible();
    await expectAccessible(page);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh templat Excel (XLSX)' }).click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Pegawai');
    expect(sheet, 'the template has a sheet "Pegawai"').toBeDefined();
    header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
    expect(header).toEqual(expect.arrayContaining(['nip', 'nama', 'kode_unit', 'jabatan', 'tmt_jabatan']));
  });

  const row = (i: number, overrides: Record<string, string> = {}) => ({
    nip: pnsNip(`199${i}-0${i + 2}-1${i}`, '2019-03', serial + i),
    nama: names[i] ?? '',
    jenis_kelamin: 'L',
    tanggal_lahir: `199${i}-0${i + 2}-1${i}`,
    status: 'PNS',
    golongan: 'III/a',
    kode_unit: 'DISKOMINFO',
    jabatan: `Pranata Komputer Uji ${run}`,
    jenis_jabatan: 'fungsional_keahlian',
    kelas_jabatan: '8',
    tmt_jabatan: '2021-01-04',
    pendidikan: 'S1',
    ...overrides,
  });
  const upload = async (fileName: string, content: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Berkas data pegawai' }).click();
    await (await chooser).setFiles({
      name: fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: content,
    });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
  };

  await test.step('a file with two bad rows: every line and reason shown, nothing imported', async () => {
    const bad = await xlsxWith(header, [
      row(0),
      row(1, { nip: '199113451919031999', tanggal_lahir: '1991-03-11' }),
      row(2, { kode_unit: 'TIDAK-ADA' }),
    ]);
    await upload(`pegawai-salah-${run}.xlsx`, bad);
    const report = page.getByRole('region', { name: `Hasil pemeriksaan: pegawai-salah-${run}.xlsx` });
    await expect(report.getByRole('alert')).toContainText('belum ada yang diimpor');
    const errors = report.getByRole('region', { name: 'Baris yang harus diperbaiki' }).first();
    const rows = errors.getByRole('row');
    await expect(rows.filter({ hasText: 'nip' }).filter({ hasText: '199113451919031999' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'nip' }).first()).toContainText(/^3/);
    await expect(rows.filter({ hasText: 'kode_unit' })).toContainText('kode unit tidak dikenal');
    await expect(rows.filter({ hasText: 'kode_unit' })).toContainText('TIDAK-ADA');
    await expect(rows.filter({ hasText: 'kode_unit' }).first()).toContainText(/^4/);
    await expect(report.getByRole('button', { name: 'Terapkan' })).toHaveCount(0);
    await expectAccessible(page);
    expect(await publicHeadcount(page)).toBe(before);
  });

  await test.step('the fixed file, uploaded without reloading, is clean and applied with progress', async () => {
    await upload(`pegawai-benar-${run}.xlsx`, await xlsxWith(header, [row(0), row(1), row(2)]));
    const report = page.getByRole('region', { name: `Hasil pemeriksaan: pegawai-benar-${run}.xlsx` });
    await expect(report.getByText('Berkas benar dan siap diterapkan')).toBeVisible();
    await expect(report.getByText('Pegawai baru', { exact: true }).locator('..')).toContainText('3');
    await expectAccessible(page);
    await report.getByRole('button', { name: 'Terapkan' }).click();
    await expect(report.getByRole('status').filter({ hasText: 'Impor selesai' })).toBeVisible({ timeout: 30_000 });
    await expect(report).toContainText('3 pegawai baru, 0 diperbarui, 0 tidak berubah.');
    await expect(report.getByRole('progressbar', { name: 'Kemajuan impor' })).toHaveAttribute('aria-valuenow', '100');
    const history = page.getByRole('region', { name: 'Impor sebelumnya' }).first();
    await expect(history.getByRole('row').filter({ hasText: `pegawai-benar-${run}.xlsx` })).toContainText('Diterapkan');
    await expect(history.getByRole('row').filter({ hasText: `pegawai-salah-${run}.xlsx` })).toContainText(
      'Ada kesalahan',
    );
    await expectAccessible(page);
  });

  await test.step('the imported people are found, and the public workforce count includes them', async () => {
    const found = await page.request.get(`/api/t/${TENANT}/people/employees`, { params: { q: `Impor ${run}` } });
    expect(found.ok()).toBe(true);
    const body = (await found.json()) as { total: number; items: Array<{ name: string; unitName: string }> };
    expect(body.total).toBe(3);
    expect(body.items.map((e) => e.name).sort()).toEqual([...names].sort());
    expect(await publicHeadcount(page)).toBe(before + 3);
  });

  await test.step('the import page works on a phone', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    // The navigation bar slides away at phone width; measure once it has.
    await expect(staffNav(page)).not.toBeInViewport();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});

test('hr_admin builds the unit tree: creates units, is refused a move under a descendant and closing a staffed unit', async ({
  page,
  demo,
}) => {
  const hr = demoLogin(demo, TENANT, 'hr_admin');
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const parentName = `Badan Uji ${run}`;
  const childName = `Bidang Uji ${run}`;

  await logIn(page, TENANT, hr);
  await staffNav(page).getByRole('link', { name: 'Unit organisasi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unit organisasi' })).toBeVisible();
  await expectAccessible(page);
  const tree = page.getByRole('list', { name: 'Unit organisasi' });

  await test.step('a new top unit and a sub-unit under it', async () => {
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah unit' });
    await dialog.getByLabel('Nama unit').fill(parentName);
    await dialog.getByLabel('Kode unit').fill(`UJI-${run}`);
    await dialog.getByRole('combobox', { name: 'Jenis unit' }).click();
    await page.getByRole('option', { name: 'Badan', exact: true }).click();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(tree.getByRole('link', { name: parentName })).toBeVisible();

    await tree.getByRole('button', { name: `Tindakan untuk ${parentName}` }).click();
    await page.getByRole('menuitem', { name: `Tambah subunit di ${parentName}` }).click();
    const sub = page.getByRole('dialog', { name: `Tambah subunit di ${parentName}` });
    await sub.getByLabel('Nama unit').fill(childName);
    await sub.getByLabel('Kode unit').fill(`UJI-${run}-B1`);
    await sub.getByRole('combobox', { name: 'Jenis unit' }).click();
    await page.getByRole('option', { name: 'Bidang', exact: true }).click();
    await sub.getByRole('button', { name: 'Simpan' }).click();
    await expect(sub).toBeHidden();
    await expect(tree.getByRole('link', { name: childName })).toBeVisible();
  });

  await test.step('moving the unit under its own sub-unit is refused with the reason', async () => {
    await tree.getByRole('button', { name: `Tindakan untuk ${parentName}` }).click();
    await page.getByRole('menuitem', { name: 'Pindahkan ke induk lain' }).click();
    const dialog = page.getByRole('dialog', { name: `Pindahkan ${parentName}` });
    await dialog.getByRole('combobox', { name: 'Induk baru' }).fill(childName);
    await page.getByRole('option', { name: new RegExp(childName) }).click();
    await dialog.getByRole('button', { name: 'Pindahkan' }).click();
    await expect(dialog).toContainText(
      `Unit ${parentName} tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya.`,
    );
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Batal' }).click();
  });

  await test.step('closing a unit with active employees is refused with their count', async () => {
    await tree.getByRole('button', { name: 'Tindakan untuk Dinas Pendidikan' }).click();
    await page.getByRole('menuitem', { name: 'Tutup unit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tutup Dinas Pendidikan?' });
    await dialog.getByRole('button', { name: 'Tutup unit' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      /Unit Dinas Pendidikan tidak dapat ditutup: masih ada \d+ pegawai aktif di unit ini atau sub-unitnya\./,
    );
    await dialog.getByRole('button', { name: 'Batal' }).click();
  });

  await test.step('a position in the new unit, and the organisation chart on a phone', async () => {
    await tree.getByRole('link', { name: childName }).click();
    await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
    await page.getByRole('button', { name: 'Tambah jabatan' }).click();
    const dialog = page.getByRole('dialog', { name: `Tambah jabatan di ${childName}` });
    await dialog.getByLabel('Nama jabatan').fill(`Kepala ${childName}`);
    await dialog.getByRole('combobox', { name: 'Jenis jabatan' }).click();
    await page.getByRole('option', { name: 'Administrator', exact: true }).click();
    await dialog.getByLabel('Kelas jabatan').fill('11');
    await dialog.getByLabel('Jabatan ini memimpin unit').check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    const positions = page.getByRole('region', { name: 'Jabatan dan formasi' }).first();
    await expect(positions.getByRole('row').filter({ hasText: `Kepala ${childName}` })).toContainText('Pimpinan unit');
    await expectAccessible(page);

    const listed = await page.request.get(`/api/t/${TENANT}/people/employees`, {
      params: { unitId: (await unitIdOf(page, 'DISDIK')) ?? '', includeSubunits: 'false', sort: 'nip' },
    });
    const someone = ((await listed.json()) as { items: Array<{ id: string; name: string; displayName: string }> })
      .items[0];
    expect(someone, 'an employee of Dinas Pendidikan').toBeDefined();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/t/${TENANT}/people/structure`);
    await expect(page.getByRole('heading', { level: 1, name: 'Struktur organisasi' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Bagan unit' })).toContainText('Sekretariat Daerah');
    await page.getByRole('combobox', { name: 'Nama pegawai' }).fill(someone?.name ?? '');
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(someone?.displayName ?? '')}`) }).click();
    await expect(page).toHaveURL(new RegExp(`employee=${someone?.id}`));
    const line = page.getByRole('list', { name: `Garis atasan ${someone?.displayName}` });
    await expect(line.getByRole('listitem').first()).toContainText(someone?.displayName ?? '');
    await expect(line.getByRole('listitem').last()).toContainText('Sekretaris Daerah');
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
