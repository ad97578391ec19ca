import { expect, expectAccessible, expectNoHorizontalScroll, test } from './fixtures';

test('the open-data page gives every dataset its downloads, licence and last change, and each download answers', async ({
  page,
}) => {
  await page.goto('/t/dumai/open-data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data terbuka' })).toBeVisible();
  const datasets = page.getByTestId('open-data').getByRole('article');
  await expect(datasets.first()).toBeVisible();
  const count = await datasets.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const dataset = datasets.nth(i);
    const name = await dataset.getAttribute('aria-label');
    await expect(dataset, `${name}: licence`).toContainText('Lisensi:');
    const links = dataset.getByRole('link', { name: /^Unduh (CSV|JSON):/ });
    expect(await links.count(), `${name} has no download`).toBeGreaterThanOrEqual(2);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  }
  await expect(page.getByRole('article', { name: /Statistik ASN/ })).toBeVisible();
  // Complaints change all the time in the demo city: their dataset says when they last did.
  await expect(page.getByRole('article', { name: /Statistik pengaduan/ })).toContainText('Perubahan terakhir:');
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
});
