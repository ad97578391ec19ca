import { demoLogin, expect, expectAccessible, logIn, staffNav, test } from './fixtures';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test('a role held on a unit names the unit on the workspace home, never its id', async ({ page, demo }) => {
  await logIn(page, 'dumai', demoLogin(demo, 'dumai', 'unit_admin'));
  const roles = page.getByRole('region', { name: 'Peran Anda di Pemerintah Kota Dumai' });
  // Granted on the agency; works (the derived employee role) in its secretariat.
  await expect(roles.getByText('Admin unit · unit Dinas Komunikasi dan Informatika', { exact: true })).toBeVisible();
  await expect(roles.getByText('Pegawai · unit Sekretariat Dinas Komunikasi dan Informatika')).toBeVisible();
  await expect(roles).not.toContainText(UUID);
  await expectAccessible(page);
});

test('the navigation is grouped by module; a group folds away, stays folded, and opens on its pages', async ({
  page,
  demo,
}) => {
  await logIn(page, 'dumai', demoLogin(demo, 'dumai', 'hr_admin'));
  const nav = staffNav(page);
  const people = nav.getByRole('button', { name: 'Kepegawaian' });
  for (const group of ['Ruang kerja', 'Kepegawaian', 'Kinerja'])
    await expect(nav.getByRole('button', { name: group })).toHaveAttribute('aria-expanded', 'true');
  // Entries keep their permissions: hr_admin has no tenant administration.
  await expect(nav.getByRole('button', { name: 'Administrasi' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Data pegawai', exact: true })).toBeVisible();
  await expectAccessible(page);

  await people.click();
  await expect(people).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Data pegawai', exact: true })).toBeHidden();
  await page.reload();
  await expect(nav.getByRole('button', { name: 'Kepegawaian' })).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Data pegawai', exact: true })).toBeHidden();

  // Reaching one of its pages (here from the workspace home) opens the group, with the page marked.
  await page.getByRole('main').getByRole('link', { name: 'Struktur organisasi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Struktur organisasi' })).toBeVisible();
  await expect(people).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Struktur organisasi' })).toHaveAttribute('data-active', 'true');
  await expectAccessible(page);
});

test('the organisation chart counts each unit with and without its sub-units', async ({ page, demo }) => {
  await logIn(page, 'dumai', demoLogin(demo, 'dumai', 'employee'));
  await page.goto('/t/dumai/people/structure');
  await expect(page.getByRole('heading', { level: 1, name: 'Struktur organisasi' })).toBeVisible();
  // The head of the region's office: a few people of its own, everyone in the tree below it.
  const top = page.locator('li[data-unit-code="SETDA"]').first();
  const counts = top.getByText(/\d+ pegawai di unit ini, \d+ dengan sub-unit/).first();
  await expect(counts).toBeVisible();
  const [, own, total] =
    ((await counts.textContent()) ?? '').match(/(\d+) pegawai di unit ini, (\d+) dengan/)?.map(Number) ?? [];
  expect(total).toBeGreaterThan(own ?? Number.POSITIVE_INFINITY);
});
