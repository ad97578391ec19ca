import { demoLogin, expect, expectAccessible, expectNoHorizontalScroll, test } from './fixtures';

test('a national viewer lands on the overview of every government, figures side by side', async ({ page, demo }) => {
  const viewer = demoLogin(demo, '*', 'national_viewer');
  await page.goto('/login');
  await page.getByLabel(/NIP atau e-mail/i).fill(viewer.login);
  await page.getByLabel(/^Kata sandi/i).fill(viewer.password);
  await page.getByRole('button', { name: /^Masuk$/ }).click();
  await page.waitForURL('**/nasional');

  await expect(page.getByRole('heading', { level: 1, name: 'Ikhtisar nasional' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Angka utama per pemerintah daerah' });
  for (const name of [
    'Jumlah ASN',
    'Pengaduan diterima',
    'Pengaduan dijawab tepat waktu',
    'Laporan kinerja tepat waktu',
  ])
    await expect(table.getByRole('columnheader', { name })).toBeVisible();
  for (const city of ['Dumai', 'Kupang', 'Serang', 'Palembang', 'Medan']) {
    const row = table.getByRole('row', { name: new RegExp(`Pemerintah Kota ${city}`) });
    await expect(row).toBeVisible();
    // The demo cities have employees and answered complaints: numbers and shares, not "no data".
    await expect(row).toContainText('%');
    await expect(row).not.toContainText('Belum ada data');
  }
  // Only the system administrator manages governments.
  await expect(page.getByRole('link', { name: 'Kelola pemerintah daerah' })).toHaveCount(0);
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
});

test('the system administrator sees the overview too, with the way to manage governments', async ({ page, demo }) => {
  const admin = demoLogin(demo, '*', 'system_admin');
  await page.goto('/login');
  await page.getByLabel(/NIP atau e-mail/i).fill(admin.login);
  await page.getByLabel(/^Kata sandi/i).fill(admin.password);
  await page.getByRole('button', { name: /^Masuk$/ }).click();
  await page.waitForURL('**/nasional');
  await page.getByRole('link', { name: 'Kelola pemerintah daerah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah daerah' })).toBeVisible();
});

test('a tenant administrator is not shown the national overview', async ({ page, demo }) => {
  const admin = demoLogin(demo, 'dumai', 'tenant_admin');
  await page.goto('/t/dumai/login');
  await page.getByLabel(/NIP atau e-mail/i).fill(admin.login);
  await page.getByLabel(/^Kata sandi/i).fill(admin.password);
  await page.getByRole('button', { name: /^Masuk$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.goto('/nasional');
  await expect(page.getByRole('heading', { name: 'Ikhtisar nasional' })).toHaveCount(0);
  expect((await page.request.get('/api/national/overview')).status()).toBe(404);
});
