import type { Locator, Page } from '@playwright/test';
import {
  csrfToken,
  demoLogin,
  expect,
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  test,
  uniqueEmail,
} from './fixtures';

const TENANT = 'dumai';

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box, 'element is laid out').not.toBeNull();
  return box?.y ?? Number.NaN;
}

/** A guest complaint filed through the API, with its secret follow path. */
async function fileAsGuest(page: Page): Promise<{ code: string; followPath: string }> {
  await page.goto(`/t/${TENANT}`);
  const categories = await page.request.get(`/api/t/${TENANT}/complaints/categories`);
  const [category] = ((await categories.json()) as { items: { id: string }[] }).items;
  expect(category, 'the demo city has complaint categories').toBeTruthy();
  const filed = await page.request.post(`/api/t/${TENANT}/complaints`, {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: {
      categoryId: category?.id,
      title: 'Lampu taman padam sejak pekan lalu',
      description: 'Lampu di taman kota padam setiap malam sejak pekan lalu, jalan setapak gelap.',
      privacy: 'rahasia',
      guest: { email: uniqueEmail('portal.ikuti') },
    },
  });
  expect(filed.status(), await filed.text()).toBe(201);
  const body = (await filed.json()) as { code: string; followPath: string | null };
  expect(body.followPath).toBeTruthy();
  return { code: body.code, followPath: body.followPath ?? '' };
}

test('the portal home leads with the government and its tasks; publications, contacts and the small print follow', async ({
  page,
}) => {
  await page.goto(`/t/${TENANT}`);
  const name = page.getByRole('heading', { level: 1, name: 'Pemerintah Kota Dumai' });
  const tasks = page.getByRole('region', { name: 'Layanan' });
  const publications = page.getByRole('region', { name: 'Informasi publik' });
  const contacts = page.getByRole('region', { name: 'Kontak' });
  const about = page.getByRole('region', { name: 'Tentang portal ini' });
  await expect(name).toBeVisible();
  const fileTask = tasks.getByRole('link', { name: 'Sampaikan pengaduan' });
  await expect(fileTask).toBeVisible();
  await expect(tasks.getByRole('textbox', { name: 'Kode pelacakan atau tautan pengaduan' })).toBeVisible();

  // In the order people come for them.
  const order = [await top(name), await top(fileTask), await top(publications), await top(contacts), await top(about)];
  expect(order).toEqual([...order].sort((a, b) => a - b));

  // What the government publishes, from the modules' manifests, then the open-data catalog.
  for (const link of ['Lihat statistik pengaduan', 'Lihat profil ASN', 'Lihat hasil kinerja', 'Lihat data terbuka']) {
    await expect(publications.getByRole('link', { name: link })).toBeVisible();
  }
  // Identity and the audit head sit in the small print, not at the top.
  await expect(about).toContainText('Kode');
  await expect(about).toContainText('DUM');
  await expect(about.getByRole('region', { name: 'Jejak audit' })).toBeVisible();
  await expectAccessible(page, 'portal home');

  await fileTask.click();
  await expect(page).toHaveURL(/\/t\/dumai\/pengaduan\/baru$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan pengaduan' })).toBeVisible();
});

test('on a 390 px phone "Sampaikan pengaduan" is on the first screen, and the page does not scroll sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/t/${TENANT}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pemerintah Kota Dumai' })).toBeVisible();
  const fileTask = page.getByRole('region', { name: 'Layanan' }).getByRole('link', { name: 'Sampaikan pengaduan' });
  await expect(fileTask).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'portal home on a phone');
});

test("the follow box opens the follow page from a pasted link, a published complaint's page from its code, and refuses words", async ({
  page,
}) => {
  const { code, followPath } = await fileAsGuest(page);
  await page.goto(`/t/${TENANT}`);
  const box = page.getByRole('textbox', { name: 'Kode pelacakan atau tautan pengaduan' });
  const follow = page.getByRole('button', { name: 'Ikuti', exact: true });

  await box.fill('lampu jalan');
  await follow.click();
  await expect(page.getByText('Masukkan kode pelacakan atau tautan pengaduan dari e-mail Anda.')).toBeVisible();
  await expect(page).toHaveURL(/\/t\/dumai$/);

  // The link from the e-mail, pasted whole: the follow page of that complaint.
  await box.fill(`http://lentera.example${followPath}`);
  await follow.click();
  const token = followPath.split('/').pop() ?? '';
  await expect(page).toHaveURL(new RegExp(`/t/dumai/pengaduan/ikuti/${token}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Pengaduan ${code}` })).toBeVisible();

  // A tracking code alone is no key to a confidential complaint: its public page says it is not published.
  await page.goto(`/t/${TENANT}`);
  await box.fill(code.toLowerCase());
  await follow.click();
  await expect(page).toHaveURL(new RegExp(`/t/dumai/pengaduan/${code}$`));
  await expect(page.getByText('Pengaduan ini tidak ada atau tidak dipublikasikan.')).toBeVisible();

  // A published complaint's code opens its page.
  const published = await page.request.get(`/api/t/${TENANT}/complaints/public?pageSize=1`);
  const [first] = ((await published.json()) as { items: { code: string; title: string }[] }).items;
  expect(first, 'the demo city has published complaints').toBeTruthy();
  await page.goto(`/t/${TENANT}`);
  await box.fill(first?.code ?? '');
  await follow.click();
  await expect(page).toHaveURL(new RegExp(`/t/dumai/pengaduan/${first?.code}$`));
  await expect(page.getByRole('heading', { level: 1, name: first?.title })).toBeVisible();
});

test("a citizen's first page after login is their own home, not a workspace", async ({ page, demo }) => {
  await logIn(page, TENANT, demoLogin(demo, TENANT, 'citizen'));
  await expect(page).toHaveURL(/\/t\/dumai\/workspace$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda saya' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ruang kerja' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Pengaduan saya' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Sampaikan pengaduan' })).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('link', { name: /Kembali ke portal Pemerintah Kota Dumai/ }),
  ).toBeVisible();
  // The navbar speaks to a citizen too.
  const nav = page.getByRole('navigation', { name: 'Navigasi ruang kerja' });
  await expect(nav.getByRole('link', { name: 'Beranda saya' })).toBeVisible();
  await expect(nav.getByText('Ruang kerja', { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'citizen home');

  await page.getByRole('main').getByRole('link', { name: 'Sampaikan pengaduan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan pengaduan' })).toBeVisible();
});

test('staff still land in their workspace', async ({ page, demo }) => {
  await logIn(page, TENANT, demoLogin(demo, TENANT, 'hr_admin'));
  await expect(page.getByRole('heading', { level: 1, name: 'Ruang kerja' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beranda saya' })).toHaveCount(0);
});
