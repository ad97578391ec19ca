import { csrfToken, demoLogin, expect, expectAccessible, test } from './fixtures';

function randomLetters(n: number): string {
  return Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
}

test('a script in a tenant name is shown as text, not run', async ({ page, demo }) => {
  const admin = demoLogin(demo, '*', 'system_admin');
  const name = '<script>window.__pwned=1</script> Kota Uji';
  const code = randomLetters(4);
  const slug = `uji-${code.toLowerCase()}`;

  // The system admin creates the tenant through the API, in this browser's session.
  const login = await page.request.post('/api/auth/login', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { login: admin.login, password: admin.password },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const created = await page.request.post('/api/admin/tenants', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { slug, name, kind: 'kota', code, timeZone: 'Asia/Jakarta', locale: 'id', contacts: {} },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto(`/t/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('banner').getByText(name, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`${name} · Lentera`);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // No element was made from the name: the only scripts are the app's own.
  await expect(page.locator('script').filter({ hasText: '__pwned' })).toHaveCount(0);
  await expectAccessible(page);

  // The system admin's list of governments shows it as text too.
  await page.goto('/admin/tenants');
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah daerah' })).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expectAccessible(page);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/halaman-yang-tidak-ada');
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kembali ke beranda' })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/t/dumai/tidak-ada');
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
  await expectAccessible(page);
});

test('an unknown government shows the tenant-not-found page', async ({ page }) => {
  await page.goto('/t/kota-antah-berantah');
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah daerah tidak ditemukan' })).toBeVisible();
  await expect(
    page.getByText('Tidak ada pemerintah daerah dengan kode "kota-antah-berantah" di Lentera.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lihat daftar pemerintah daerah' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Lihat daftar pemerintah daerah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah daerah di Lentera' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Pemerintah Kota Dumai/ }).first()).toBeVisible();
  await expectAccessible(page);
});
