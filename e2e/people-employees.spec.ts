import type { Page } from '@playwright/test';
import { demoLogin, expect, expectAccessible, logIn, staffNav, test } from './fixtures';

const GOLONGAN = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d'];
const run = Date.now().toString(36);

/** "1234 5678" → "12345678": the list shows NIPs in groups. */
const digits = (text: string) => text.replace(/\D/g, '');

/** The axe check once Mantine's transitions have ended: a dialog half faded in or out has pale text. */
async function checkAccessible(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A transition starts a frame or two after the state that causes it; a cancelled one counts as ended.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
  await expectAccessible(page);
}

function employeesTable(page: Page) {
  return page.getByRole('region', { name: 'Daftar pegawai' }).getByRole('table');
}

/** On "Data pegawai": searches a NIP and opens the one employee found. */
async function openEmployeeByNip(page: Page, nip: string): Promise<void> {
  await page.goto('/t/dumai/people/employees');
  await page.getByRole('textbox', { name: 'Cari nama atau NIP' }).fill(nip);
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page.getByText('Menampilkan 1–1 dari 1')).toBeVisible();
  await employeesTable(page).getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Riwayat karier' })).toBeVisible();
}

test('hr_admin searches, filters by unit, opens an employee and records a promotion with its SK', async ({
  page,
  demo,
}) => {
  await logIn(page, 'dumai', demoLogin(demo, 'dumai', 'hr_admin'));
  await staffNav(page).getByRole('link', { name: 'Data pegawai', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data pegawai' })).toBeVisible();
  const all = await page.getByText(/^Menampilkan 1–25 dari /).textContent();
  await checkAccessible(page);

  await test.step('filter by unit (with its sub-units) and PNS status: the filter is kept in the URL', async () => {
    await page.getByRole('combobox', { name: 'Unit kerja' }).fill('dinas kesehatan');
    await page
      .getByRole('option', { name: /^Dinas Kesehatan/ })
      .first()
      .click();
    await expect(page).toHaveURL(/unitId=/);
    await page.getByRole('combobox', { name: 'Status kepegawaian' }).click();
    await page.getByRole('option', { name: 'PNS', exact: true }).click();
    await expect(page).toHaveURL(/status=PNS/);
    await expect(page.getByText(/^Menampilkan 1–\d+ dari \d+/)).not.toHaveText(all ?? '');
    const units = await employeesTable(page).locator('tbody tr td:nth-child(5)').allTextContents();
    expect(units.length).toBeGreaterThan(0);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Unit kerja' })).toHaveValue(/Dinas Kesehatan/);
    const exportHref = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
    expect(exportHref).toMatch(/employees\/export\?.*unitId=.*status=PNS.*format=csv/);
    await checkAccessible(page);
  });

  const nip = digits((await employeesTable(page).locator('tbody tr').first().locator('td').nth(1).textContent()) ?? '');
  await test.step('search by NIP finds exactly that employee', async () => {
    await page.getByRole('textbox', { name: 'Cari nama atau NIP' }).fill(nip);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect(page.getByText('Menampilkan 1–1 dari 1')).toBeVisible();
    await employeesTable(page).getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Riwayat karier' })).toBeVisible();
    await expect(page.getByText(nip.slice(0, 8))).toBeVisible();
    await checkAccessible(page);
  });

  await test.step('record a promotion: the history and the record show it', async () => {
    const current = (await page.locator('dt', { hasText: 'Golongan/ruang' }).locator('+ dd').textContent()) ?? '';
    const from = current.split(' ')[0] ?? '';
    const to = GOLONGAN[GOLONGAN.indexOf(from) + 1] ?? 'IV/a';
    const sk = `823.3/${run}/BKPSDM/2026`;
    await page.getByRole('button', { name: 'Catat kenaikan pangkat / mutasi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Catat kenaikan pangkat / mutasi' });
    await expect(dialog).toBeVisible();
    await checkAccessible(page);
    await dialog.getByRole('button', { name: 'Simpan ke riwayat' }).click();
    await expect(dialog.getByText('Wajib diisi.').first()).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Golongan baru' }).click();
    await page.getByRole('option', { name: new RegExp(`^${to.replace('/', '\\/')} · `) }).click();
    await dialog.getByRole('button', { name: 'TMT (terhitung mulai tanggal)' }).click();
    await page.getByRole('button', { name: /^1 / }).first().click();
    await dialog.getByRole('textbox', { name: 'Nomor SK' }).fill(sk);
    await dialog.getByRole('button', { name: 'Simpan ke riwayat' }).click();
    await expect(dialog).toBeHidden();
    const history = page.getByRole('region', { name: 'Riwayat karier' });
    const row = history.getByRole('row', { name: new RegExp(sk.replace(/[./]/g, '\\$&')) });
    await expect(row).toContainText('Kenaikan pangkat');
    await expect(row).toContainText(`Golongan: ${from} → ${to}`);
    await expect(page.locator('dt', { hasText: 'Golongan/ruang' }).locator('+ dd')).toContainText(to);
    await checkAccessible(page);
  });
});

test('an employee asks for a correction and hr_admin approves it', async ({ page, otherPage: hr, demo }) => {
  const major = `Administrasi Publik ${run}`;
  await logIn(page, 'dumai', demoLogin(demo, 'dumai', 'employee'));
  await staffNav(page).getByRole('link', { name: 'Data saya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data saya' })).toBeVisible();
  await checkAccessible(page);

  await test.step('the employee asks', async () => {
    const form = page.getByRole('region', { name: 'Ajukan perbaikan data' });
    await form.getByRole('combobox', { name: 'Data yang salah' }).click();
    await page.getByRole('option', { name: 'Jurusan' }).click();
    await form.getByRole('textbox', { name: 'Isian yang benar' }).fill(major);
    await form.getByRole('textbox', { name: 'Alasan dan bukti' }).fill('Sesuai ijazah terakhir.');
    await form.getByRole('button', { name: 'Kirim permintaan' }).click();
    const mine = page.getByRole('region', { name: 'Permintaan saya' }).first();
    await expect(mine.getByRole('row', { name: new RegExp(major) })).toContainText('Menunggu');
    await expect(page.locator('dt', { hasText: 'Pendidikan terakhir' }).locator('+ dd')).not.toContainText(major);
    await checkAccessible(page);
  });

  await test.step('hr_admin approves it in the inbox', async () => {
    await logIn(hr, 'dumai', demoLogin(demo, 'dumai', 'hr_admin'));
    await staffNav(hr).getByRole('link', { name: 'Permintaan perbaikan data' }).click();
    await expect(hr.getByRole('heading', { level: 1, name: 'Permintaan perbaikan data' })).toBeVisible();
    const row = hr.getByRole('listitem').filter({ hasText: major });
    await checkAccessible(hr);
    await row.getByRole('button', { name: /^Setujui permintaan / }).click();
    const dialog = hr.getByRole('dialog', { name: 'Setujui perbaikan data?' });
    await expect(dialog).toContainText(major);
    await checkAccessible(hr);
    await dialog.getByRole('button', { name: 'Setujui', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toHaveCount(0);
  });

  await test.step('the record now has it, and the request says approved', async () => {
    await page.reload();
    await expect(page.locator('dt', { hasText: 'Pendidikan terakhir' }).locator('+ dd')).toContainText(major);
    const mine = page.getByRole('region', { name: 'Permintaan saya' }).first();
    await expect(mine.getByRole('row', { name: new RegExp(major) })).toContainText('Disetujui');
  });
});

test('two editors: the second save gets the conflict message and can reload', async ({
  page,
  otherPage: second,
  demo,
}) => {
  const hrAdmin = demoLogin(demo, 'dumai', 'hr_admin');
  const target = demoLogin(demo, 'dumai', 'supervisor').login;
  await logIn(page, 'dumai', hrAdmin);
  await logIn(second, 'dumai', hrAdmin);
  for (const editor of [page, second]) {
    await openEmployeeByNip(editor, target);
    await editor.getByRole('button', { name: 'Ubah data pribadi' }).click();
    await expect(editor.getByRole('dialog', { name: 'Ubah data pribadi' })).toBeVisible();
  }
  const phone = `0812 ${run.slice(-4).replace(/\D/g, '7').padEnd(4, '7')} 1234`;

  await test.step('the first saves', async () => {
    const dialog = page.getByRole('dialog', { name: 'Ubah data pribadi' });
    await dialog.getByRole('textbox', { name: 'Nomor telepon' }).fill(phone);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('dt', { hasText: 'Nomor telepon' }).locator('+ dd')).toHaveText(phone);
  });

  await test.step('the second is told who changed it, reloads and saves', async () => {
    const dialog = second.getByRole('dialog', { name: 'Ubah data pribadi' });
    await dialog.getByRole('textbox', { name: 'Alamat' }).fill(`Jl. Sudirman No. ${run}`);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Data ini baru saja diubah orang lain');
    await expect(alert).toContainText('Operator BKPSDM Dumai');
    await checkAccessible(second);
    await alert.getByRole('button', { name: 'Muat ulang data terbaru' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Nomor telepon' })).toHaveValue(phone);
    await dialog.getByRole('textbox', { name: 'Alamat' }).fill(`Jl. Sudirman No. ${run}`);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(second.locator('dt', { hasText: 'Alamat' }).locator('+ dd')).toHaveText(`Jl. Sudirman No. ${run}`);
  });
});

test("any staff member finds colleagues in the directory; a supervisor opens a subordinate's record", async ({
  page,
  demo,
}) => {
  await logIn(page, 'dumai', demoLogin(demo, 'dumai', 'supervisor'));
  await staffNav(page).getByRole('link', { name: 'Direktori pegawai' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Direktori pegawai' })).toBeVisible();
  await expect(page.getByText(/^Menampilkan 1–25 dari /)).toBeVisible();
  await checkAccessible(page);
  await page.getByRole('textbox', { name: 'Cari nama' }).fill('zzzz-tidak-ada');
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page.getByText('Tidak ada pegawai dengan nama itu.')).toBeVisible();
  await expect(staffNav(page).getByRole('link', { name: 'Data pegawai', exact: true })).toHaveCount(0);

  await test.step("a supervisor opens a subordinate's record from their own page, read only", async () => {
    await staffNav(page).getByRole('link', { name: 'Data saya' }).click();
    const team = page.getByRole('region', { name: /^Bawahan langsung \(\d+\)$/ });
    const first = team.getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Riwayat karier' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ubah data pribadi' })).toHaveCount(0);
    await checkAccessible(page);
  });
});
