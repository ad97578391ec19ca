import type { Page } from '@playwright/test';
import { demoLogin, expect, expectAccessible, expectNoHorizontalScroll, logIn, test } from './fixtures';

const TENANT = 'dumai';

interface PublicPage {
  code: string;
  title: string;
  supportCount: number;
  supportedByMe: boolean;
  mine: boolean;
}

/** A published complaint this citizen neither filed nor supported yet (the demo data decides which). */
async function complaintToSupport(page: Page): Promise<PublicPage> {
  for (let listPage = 1; listPage <= 5; listPage++) {
    const response = await page.request.get(`/api/t/${TENANT}/complaints/public?pageSize=50&page=${listPage}`);
    expect(response.ok()).toBe(true);
    const list = (await response.json()) as { items: Array<{ code: string }> };
    for (const { code } of list.items) {
      const one = (await (await page.request.get(`/api/t/${TENANT}/complaints/public/${code}`)).json()) as PublicPage;
      if (!one.mine && !one.supportedByMe) return one;
    }
  }
  throw new Error('no published complaint left for this citizen to support');
}

test('from the public list a citizen opens a complaint’s page and says "saya juga mengalami ini"', async ({
  page,
  demo,
}) => {
  test.setTimeout(180_000);
  const citizen = demoLogin(demo, TENANT, 'citizen');
  await logIn(page, TENANT, citizen);
  const target = await complaintToSupport(page);

  await test.step('the public list links to the complaint’s own page', async () => {
    await page.goto(`/t/${TENANT}/pengaduan`);
    await page.getByRole('searchbox', { name: /Cari judul atau isi/ }).fill(target.code);
    // The search is applied after a pause in typing: wait for it, so that it does not follow the click below.
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByText('Menampilkan 1–1 dari 1')).toBeVisible();
    const card = page.getByRole('article', { name: target.title });
    await expect(card).toBeVisible();
    await card.getByRole('link', { name: target.title }).click();
    await expect(page).toHaveURL(new RegExp(`/t/${TENANT}/pengaduan/${target.code}$`));
    await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Riwayat penanganan' })).toBeVisible();
    await expectAccessible(page, 'public complaint page');
  });

  await test.step('"Saya juga mengalami ini" raises the count once', async () => {
    const count = page.getByTestId('support-count');
    const before = target.supportCount;
    await expect(count).toHaveText(
      before > 0 ? `${before} warga juga mengalami ini` : 'Belum ada warga lain yang menyatakan mengalami ini.',
    );
    await page.getByRole('button', { name: 'Saya juga mengalami ini' }).click();
    await expect(count).toHaveText(`${before + 1} warga juga mengalami ini`);
    await expect(page.getByText('Anda sudah menyatakan mengalami ini. Terima kasih.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Saya juga mengalami ini' })).toHaveCount(0);
    // Counted on the server, once: a reload shows the same count.
    await page.reload();
    await expect(page.getByTestId('support-count')).toHaveText(`${before + 1} warga juga mengalami ini`);
  });

  await test.step('the page fits a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('support-count')).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});

test('a rahasia or unknown complaint has no public page', async ({ page }) => {
  await page.goto(`/t/${TENANT}/pengaduan/DUM-ADU-1999-999999`);
  await expect(page.getByText('Pengaduan ini tidak ada atau tidak dipublikasikan.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Semua pengaduan publik' })).toBeVisible();
});
