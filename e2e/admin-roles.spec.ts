import { demoLogin, expect, expectAccessible, grantRole, logIn, revokeRole, staffNav, test } from './fixtures';

test('a tenant admin grants a role, the grantee gets its menu, and loses it when revoked', async ({
  page,
  otherPage: grantee,
  demo,
}) => {
  const admin = demoLogin(demo, 'dumai', 'tenant_admin');
  const citizen = demoLogin(demo, 'dumai', 'citizen');
  const citizenName = 'Warga Dumai';

  await test.step('before the grant the citizen has no "Log audit" menu', async () => {
    await logIn(grantee, 'dumai', citizen);
    await expect(grantee).toHaveURL(/\/t\/dumai\/workspace$/);
    // A citizen's home speaks to a citizen; with a staff role the same address becomes the workspace.
    await expect(grantee.getByRole('heading', { level: 1, name: 'Beranda saya' })).toBeVisible();
    await expect(staffNav(grantee).getByRole('link', { name: 'Akun saya' })).toBeVisible();
    await expect(staffNav(grantee).getByRole('link', { name: 'Log audit' })).toHaveCount(0);
    // A citizen's own pages only, such as their complaints; nothing of the staff or admin areas.
    await expect(staffNav(grantee).getByRole('link', { name: 'Pengaduan saya' })).toBeVisible();
    await expect(staffNav(grantee).getByRole('link', { name: 'Peran & akses' })).toHaveCount(0);
    await expectAccessible(grantee);
  });

  await test.step('the admin grants "Inspektur" on "Peran & akses"', async () => {
    await logIn(page, 'dumai', admin);
    await expect(page.getByRole('heading', { level: 1, name: 'Ruang kerja' })).toBeVisible();
    await expectAccessible(page);
    await staffNav(page).getByRole('link', { name: 'Peran & akses' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Peran & akses' })).toBeVisible();
    await expectAccessible(page);
    await grantRole(page, citizen.login, 'Inspektur');
    await expect(page.getByRole('button', { name: `Cabut peran Inspektur dari ${citizenName}` })).toBeVisible();
  });

  await test.step('on the next load the grantee sees "Log audit" and can open it', async () => {
    await grantee.reload();
    await expect(grantee.getByRole('heading', { level: 1, name: 'Ruang kerja' })).toBeVisible();
    const roles = grantee.getByRole('region', { name: 'Peran Anda di Pemerintah Kota Dumai' });
    await expect(roles.getByText('Inspektur')).toBeVisible();
    await expect(staffNav(grantee).getByRole('link', { name: 'Log audit' })).toBeVisible();
    await expectAccessible(grantee);
    await staffNav(grantee).getByRole('link', { name: 'Log audit' }).click();
    await expect(grantee.getByRole('heading', { level: 1, name: 'Log audit' })).toBeVisible();
    await expect(grantee.getByRole('status').filter({ hasText: 'Rantai utuh' })).toBeVisible();
    await expectAccessible(grantee);
  });

  await test.step('the admin revokes it', async () => {
    await revokeRole(page, citizen.login, 'Inspektur', citizenName);
    await expectAccessible(page);
  });

  await test.step('on the next load the menu is gone and the page is refused', async () => {
    await grantee.goto('/t/dumai/workspace');
    await expect(grantee.getByRole('heading', { level: 1, name: 'Beranda saya' })).toBeVisible();
    await expect(staffNav(grantee).getByRole('link', { name: 'Akun saya' })).toBeVisible();
    await expect(staffNav(grantee).getByRole('link', { name: 'Log audit' })).toHaveCount(0);
    await expectAccessible(grantee);
    await grantee.goto('/t/dumai/admin/audit');
    await expect(grantee.getByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeVisible();
    await expectAccessible(grantee);
  });
});
