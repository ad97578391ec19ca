import {
  demoLogin,
  expect,
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  readMail,
  test,
  uniqueEmail,
} from './fixtures';

const GOOD_PASSWORD = 'Senja-di-Teluk-Kupang-42';

test('a citizen registers, verifies the e-mail, logs in, switches to English and logs out', async ({ page }) => {
  const email = uniqueEmail('warga.baru');
  const name = 'Maria Ndolu';

  await test.step('register from the portal', async () => {
    await page.goto('/t/kupang');
    await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah Kota Kupang' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Daftar', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Daftar akun warga' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Nama lengkap').fill(name);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Kata sandi').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Daftar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pendaftaran diterima' })).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: 'Periksa e-mail Anda' });
    await expect(status).toContainText(`Kami mengirim tautan verifikasi ke ${email}`);
    await expectAccessible(page);
  });

  await test.step('logging in before verifying is refused with a clear message', async () => {
    await page.getByRole('link', { name: 'Masuk', exact: true }).last().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Masuk ke Pemerintah Kota Kupang' })).toBeVisible();
    await page.getByLabel('NIP atau e-mail').fill(email);
    await page.getByLabel('Kata sandi').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Alamat e-mail belum diverifikasi');
    await expect(page).toHaveURL(/\/t\/kupang\/login$/);
    await expectAccessible(page);
  });

  await test.step('open the link from the verification e-mail', async () => {
    const mail = await readMail(email);
    expect(mail).toContain('Subject: Verifikasi alamat e-mail Anda untuk Lentera');
    const link = mail.match(/https?:\/\/\S+\/t\/kupang\/verify\?token=[\w-]+/)?.[0];
    expect(link, 'verification link in the e-mail').toBeTruthy();
    await page.goto(link as string);
    await expect(page.getByRole('heading', { level: 1, name: 'Verifikasi e-mail' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'E-mail terverifikasi' })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('log in', async () => {
    await page.getByRole('link', { name: 'Masuk', exact: true }).last().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Masuk ke Pemerintah Kota Kupang' })).toBeVisible();
    await page.getByLabel('NIP atau e-mail').fill(email);
    await page.getByLabel('Kata sandi').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect(page).toHaveURL(/\/t\/kupang\/workspace$/);
    // A citizen's first page is their own home, not a workspace.
    await expect(page.getByRole('heading', { level: 1, name: 'Beranda saya' })).toBeVisible();
    await expect(page.getByText(`Selamat datang, ${name}.`)).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Navigasi ruang kerja' });
    await expect(nav.getByRole('link', { name: 'Akun saya' })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('switch the language to English; the choice survives a reload', async () => {
    await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText(/^EN\b/).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My home' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const nav = page.getByRole('navigation', { name: 'Workspace navigation' });
    await expect(nav.getByRole('link', { name: 'My account' })).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'My home' })).toBeVisible();
    await expect(page.getByText(`Welcome, ${name}.`)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Workspace navigation' })).toBeVisible();
    await expect(
      page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: /English/ }),
    ).toBeChecked();
    await expectAccessible(page);
  });

  await test.step('log out', async () => {
    await page.getByRole('button', { name: new RegExp(`^Account menu.*${name}`) }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/t\/kupang$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah Kota Kupang' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Log in', exact: true })).toBeVisible();
    const session = await page.request.get('/api/auth/session');
    expect((await session.json()).account).toBeNull();
    await expectAccessible(page);
  });
});

test('registration refuses a too short and a common password beside the field', async ({ page }) => {
  await page.goto('/t/kupang/register');
  await expect(page.getByRole('heading', { level: 1, name: 'Daftar akun warga' })).toBeVisible();
  await page.getByLabel('Nama lengkap').fill('Yohanes Lado');
  await page.getByLabel('E-mail').fill(uniqueEmail('sandi.lemah'));
  const password = page.getByLabel('Kata sandi');

  await password.fill('pendek1');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByText('Kata sandi minimal 10 karakter.', { exact: true })).toBeVisible();
  // Tied to the field, so a screen reader reads it with the field.
  await expect(password).toHaveAccessibleDescription(/Kata sandi minimal 10 karakter\./);
  await expectAccessible(page);

  await password.fill('password123');
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByText('Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.')).toBeVisible();
  await expect(password).toHaveAccessibleDescription(/Kata sandi ini terlalu umum dan mudah ditebak/);
  await expect(page.getByRole('heading', { level: 1, name: 'Daftar akun warga' })).toBeVisible();
  await expectAccessible(page);
});

test('on a 360 px phone the portal, login and workspace fit the screen and the menu is reachable', async ({
  page,
  demo,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });

  await page.goto('/t/kupang');
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah Kota Kupang' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kontak' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  const header = page.getByRole('banner');
  await expect(header.getByRole('radiogroup', { name: 'Bahasa' })).toBeInViewport();
  await expect(header.getByRole('link', { name: 'Masuk', exact: true })).toBeInViewport();
  await expectAccessible(page);

  await header.getByRole('link', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk ke Pemerintah Kota Kupang' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Masuk', exact: true })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  await logIn(page, 'kupang', demoLogin(demo, 'kupang', 'citizen'));
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda saya' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  // On a phone the navigation hides behind the menu button.
  const nav = page.getByRole('navigation', { name: 'Navigasi ruang kerja' });
  await expect(nav).not.toBeInViewport();
  await page.getByRole('button', { name: 'Buka menu navigasi' }).click();
  await expect(nav.getByRole('link', { name: 'Akun saya' })).toBeInViewport();
  await expectAccessible(page);
  await nav.getByRole('link', { name: 'Akun saya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Akun saya' })).toBeVisible();
  await expect(nav).not.toBeInViewport();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});
