import { readFileSync } from 'node:fs';
import { expect, expectAccessible, expectNoHorizontalScroll, test } from './fixtures';

/** "1.234" (Indonesian thousands) as 1234. */
const count = (text: string | null) => Number((text ?? 'NaN').replace(/\./g, ''));

/** An 18-digit run anywhere: the shape of a NIP. */
const NIP_PATTERN = /(?<!\d)\d{18}(?!\d)/;

test('an anonymous visitor reads the public workforce page and downloads its data', async ({ page }) => {
  await page.goto('/t/dumai');
  await page.getByRole('link', { name: 'Lihat profil ASN' }).click();
  await expect(page).toHaveURL(/\/t\/dumai\/workforce$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Aparatur Sipil Negara' })).toBeVisible();

  // The figures on the page are the API's, in Indonesian number format.
  const api = await page.request.get('/api/t/dumai/workforce/stats');
  expect(api.ok()).toBe(true);
  const stats = (await api.json()) as {
    total: number;
    byStatus: Record<string, number>;
    units: Array<{ name: string; headName: string | null }>;
  };
  expect(stats.total).toBeGreaterThan(300);
  await expect(page.getByTestId('workforce-total')).toHaveText(stats.total.toLocaleString('id-ID'));

  // Each dimension: a chart (an image with a name) and a table with every figure.
  for (const section of [
    'Menurut status kepegawaian',
    'Menurut golongan',
    'Menurut pendidikan',
    'Menurut jenis kelamin',
    'Menurut kelompok umur',
    'Menurut perangkat daerah',
  ]) {
    const region = page.getByRole('region', { name: section });
    await expect(region.getByRole('img', { name: new RegExp(section) })).toBeVisible();
    await expect(region.locator('.recharts-surface').first()).toBeVisible();
    const totalRow = region.getByRole('table').getByRole('row', { name: /^Jumlah/ });
    expect(count(await totalRow.locator('th').nth(1).textContent())).toBe(stats.total);
  }
  const status = page.getByRole('region', { name: 'Menurut status kepegawaian' });
  const pnsRow = status.getByRole('table').getByRole('row', { name: /^PNS/ });
  expect(count(await pnsRow.getByRole('cell').first().textContent())).toBe(stats.byStatus.PNS);

  // The structure names the heads of units (public officials) and nothing private.
  const structure = page.getByRole('region', { name: 'Struktur organisasi dan pimpinan unit' });
  const setda = stats.units.find((u) => u.name === 'Sekretariat Daerah');
  expect(setda?.headName).toBeTruthy();
  await expect(structure.getByRole('row', { name: /^Sekretariat Daerah/ }).first()).toContainText(setda!.headName!);
  await expect(page.locator('body')).not.toContainText(NIP_PATTERN);
  expect(await page.content()).not.toMatch(NIP_PATTERN);
  await expectAccessible(page, 'public workforce page');

  // Open data: CSV and JSON at stable addresses.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^statistik-pegawai-dumai-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await csvDownload.path()) as string, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('dimensi,kategori,jumlah');
  expect(lines).toContain(`status,PNS,${stats.byStatus.PNS}`);
  expect(lines.some((l) => l.startsWith('unit,Sekretariat Daerah,'))).toBe(true);
  const statusTotal = lines.filter((l) => l.startsWith('status,')).reduce((a, l) => a + Number(l.split(',')[2]), 0);
  expect(statusTotal).toBe(stats.total);
  expect(csv).not.toMatch(NIP_PATTERN);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh JSON' }).click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^statistik-pegawai-dumai-.*\.json$/);
  const jsonText = readFileSync((await jsonDownload.path()) as string, 'utf8');
  const downloaded = JSON.parse(jsonText) as typeof stats & { tenant: string };
  expect(downloaded.tenant).toBe('dumai');
  expect(downloaded.total).toBe(stats.total);
  expect(downloaded.byStatus).toEqual(stats.byStatus);
  expect(jsonText).not.toMatch(NIP_PATTERN);
  expect(jsonText).not.toMatch(/"(nip|birthDate|birth_date|email|phone|address)"/);
});

test('the public workforce page fits a 360 px phone and passes axe there', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/t/kupang/workforce');
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Aparatur Sipil Negara' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Menurut kelompok umur' }).getByRole('table')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'public workforce page at 360 px');
});
