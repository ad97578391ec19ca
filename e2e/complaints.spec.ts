import type { APIRequestContext, Browser, Page } from '@playwright/test';
import {
  csrfToken,
  type DemoLogin,
  demoLogin,
  expect,
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  test,
  uniqueEmail,
} from './fixtures';

const TENANT = 'dumai';

async function signedInPage(browser: Browser, baseURL: string | undefined, login: DemoLogin): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  await logIn(page, TENANT, login);
  return page;
}

async function post(page: Page, path: string, body: unknown) {
  return page.request.post(path, { data: body, headers: { 'x-csrf-token': await csrfToken(page) } });
}

/** A small real JPEG drawn by the browser (the server checks files by their content). */
async function photo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const g = canvas.getContext('2d');
    if (g) {
      g.fillStyle = '#c92a2a';
      g.fillRect(0, 0, 64, 48);
      g.fillStyle = '#ffd43b';
      g.fillRect(16, 12, 32, 24);
    }
    return canvas.toDataURL('image/jpeg', 0.8);
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function receivedThisYear(request: APIRequestContext): Promise<number> {
  const year = new Date().getFullYear();
  const response = await request.get(`/api/t/${TENANT}/complaints/stats?from=${year}-01-01&to=${year}-12-31&by=unit`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { totals: { received: number } }).totals.received;
}

test('a guest files an anonim complaint, the desk routes it, the OPD answers, the guest rates it', async ({
  page,
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(180_000);
  const admin = demoLogin(demo, TENANT, 'tenant_admin');
  const coordinator = demoLogin(demo, TENANT, 'hr_admin');
  const unitOfficer = demoLogin(demo, TENANT, 'unit_admin');

  // Roles for this journey, granted by the tenant admin (a second run finds them already granted).
  const adminPage = await signedInPage(browser, baseURL, admin);
  const officerPage = await signedInPage(browser, baseURL, unitOfficer);
  const me = await officerPage.request.get(`/api/t/${TENANT}/people/me`);
  expect(me.ok()).toBe(true);
  const officerRecord = (await me.json()) as { unitId: string; unitName?: string; unit?: { name: string } };
  const unitId = officerRecord.unitId;
  for (const grant of [
    { login: coordinator.login, role: 'complaint_coordinator' },
    { login: unitOfficer.login, role: 'complaint_officer', unitId },
  ]) {
    const response = await post(adminPage, `/api/t/${TENANT}/admin/roles`, grant);
    expect([201, 409], await response.text()).toContain(response.status());
  }
  const categories = await adminPage.request.get(`/api/t/${TENANT}/complaints/categories`);
  if (((await categories.json()) as { items: unknown[] }).items.length === 0) {
    const created = await post(adminPage, `/api/t/${TENANT}/complaints/categories`, {
      code: 'pelayanan-umum',
      name: 'Pelayanan umum',
      nameEn: 'General service',
      tier: 'normative',
      active: true,
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  const unitsResponse = await adminPage.request.get(`/api/t/${TENANT}/people/units`);
  const unitName = ((await unitsResponse.json()) as { items: { id: string; name: string }[] }).items.find(
    (u) => u.id === unitId,
  )?.name;
  expect(unitName).toBeTruthy();
  const before = await receivedThisYear(page.request);

  // 1. The guest, on a phone, files an anonim complaint with a photo.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/t/${TENANT}`);
  await page.getByRole('region', { name: 'Layanan' }).getByRole('link', { name: 'Sampaikan pengaduan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan pengaduan' })).toBeVisible();
  await expectAccessible(page, 'complaint form');
  await expectNoHorizontalScroll(page);
  const email = uniqueEmail('pelapor');
  const title = `Antrean KTP tidak dilayani ${Date.now().toString(36)}`;
  await page.getByRole('combobox', { name: 'Kategori' }).click();
  await page.getByRole('option').first().click();
  await page.getByLabel('Judul singkat').fill(title);
  await page.getByLabel('Uraian').fill('Sejak pukul delapan pagi loket antrean KTP tutup tanpa pemberitahuan.');
  await expect(page.getByText(/\/ 5\.000 karakter/)).toBeVisible();
  await page.getByLabel('Anonim').check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Pilih berkas' }).click();
  await (await chooser).setFiles({ name: 'antrean.jpg', mimeType: 'image/jpeg', buffer: await photo(page) });
  await expect(page.getByTestId('attachments')).toContainText('antrean.jpg');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
  const code = (await page.getByTestId('tracking-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^DUM-ADU-\d{4}-\d{6}$/);
  await expect(page.getByText('1 lampiran diterima.')).toBeVisible();
  const followLink = (await page.getByTestId('follow-link').textContent())?.trim() ?? '';
  expect(followLink).toContain(`/t/${TENANT}/complaints/follow/`);
  await expectAccessible(page, 'complaint sent');

  // 2. The coordinator verifies it and routes it to the officer's unit.
  const coordinatorPage = await signedInPage(browser, baseURL, coordinator);
  await coordinatorPage.goto(`/t/${TENANT}/complaints/verification`);
  await coordinatorPage.getByLabel('Cari kode, judul atau isi').fill(code);
  await coordinatorPage.getByRole('link', { name: code }).click();
  await expect(coordinatorPage.getByRole('heading', { level: 1, name: `Pengaduan ${code}` })).toBeVisible();
  // Only the coordinator sees the anonim reporter's contact.
  await expect(coordinatorPage.getByRole('region', { name: 'Pelapor' })).toContainText(email);
  await expectAccessible(coordinatorPage, 'verification');
  const verify = coordinatorPage.getByTestId('verify-form');
  await verify.getByRole('combobox', { name: /Teruskan ke unit/ }).fill(unitName ?? '');
  await coordinatorPage
    .getByRole('option', { name: new RegExp(unitName ?? '') })
    .first()
    .click();
  await verify.getByRole('button', { name: 'Verifikasi dan teruskan' }).click();
  await expect(coordinatorPage.getByRole('region', { name: title })).toContainText('Diteruskan ke OPD');

  // 3. The OPD officer answers; none of their pages shows the guest's e-mail.
  await officerPage.goto(`/t/${TENANT}/complaints/follow-up`);
  await expect(officerPage.getByRole('link', { name: code })).toBeVisible();
  expect(await officerPage.content()).not.toContain(email);
  await expectAccessible(officerPage, 'follow-up list');
  await officerPage.getByRole('link', { name: code }).click();
  await expect(officerPage.getByTestId('reporter-hidden')).toBeVisible();
  expect(await officerPage.content()).not.toContain(email);
  await expectAccessible(officerPage, 'follow-up detail');
  const answer = officerPage.getByTestId('answer-form');
  await answer
    .getByLabel('Jawaban untuk pelapor')
    .fill('Loket KTP kini dibuka pukul 08.00 dan petugas cadangan disiagakan. Mohon maaf atas ketidaknyamanan.');
  await answer.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(officerPage.getByRole('region', { name: title })).toContainText('Dijawab');
  expect(await officerPage.content()).not.toContain(email);

  // 4. The guest opens the secret link, reads the timeline and rates the answer.
  await page.goto(followLink);
  await expect(page.getByRole('heading', { level: 1, name: `Pengaduan ${code}` })).toBeVisible();
  await expect(page.getByTestId('answer')).toContainText('Loket KTP kini dibuka');
  const timeline = page.getByRole('region', { name: 'Riwayat penanganan' });
  await expect(timeline).toContainText('Pengaduan diterima');
  await expect(timeline).toContainText('Dijawab');
  await expectAccessible(page, 'follow page');
  await expectNoHorizontalScroll(page);
  // Rating's radios are visually hidden behind their star labels: click the fourth star as a person would.
  const fourStars = await page.getByRole('radio', { name: '4 dari 5' }).getAttribute('id');
  await page.locator(`label[for="${fourStars}"]`).click();
  await expect(page.getByRole('radio', { name: '4 dari 5' })).toBeChecked();
  await page.getByLabel('Komentar (opsional)').fill('Terima kasih, sudah dilayani.');
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page.getByText('Terima kasih atas penilaian Anda.')).toBeVisible();
  await expect(page.getByText('Penilaian Anda: 4 dari 5')).toBeVisible();

  // 5. The portal statistics count it.
  // (Other journeys may file complaints at the same time: at least this one more.)
  const after = await receivedThisYear(page.request);
  expect(after).toBeGreaterThanOrEqual(before + 1);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/t/${TENANT}/pengaduan/statistik`);
  await expect(page.getByTestId('stats-received')).toHaveText(/^\d/);
  const shown = Number((await page.getByTestId('stats-received').textContent())?.replace(/\./g, ''));
  expect(shown).toBeGreaterThanOrEqual(after);
  await expect(page.getByRole('img', { name: /Per unit/ })).toBeVisible();
  await expectAccessible(page, 'statistics');
  await page.goto(`/t/${TENANT}/pengaduan`);
  await page.getByLabel('Cari judul atau isi').fill(title);
  const card = page.getByRole('article', { name: title });
  await expect(card).toContainText('Pelapor: Anonim');
  await expect(card).not.toContainText(email);
  await expectAccessible(page, 'public complaints');

  for (const p of [adminPage, officerPage, coordinatorPage]) await p.context().close();
});

test('a complaint a citizen writes offline is kept on the phone and sent when the connection returns', async ({
  page,
  context,
  demo,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await logIn(page, TENANT, demoLogin(demo, TENANT, 'citizen'));
  await page.goto(`/t/${TENANT}/pengaduan/baru`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sampaikan pengaduan' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Kategori' }).click();
  await page.getByRole('listbox').getByRole('option').first().click();
  const title = `Lampu jalan padam ${Date.now().toString(36)}`;
  await page.getByLabel('Judul singkat').fill(title);
  await page.getByLabel('Uraian').fill('Lampu penerangan jalan di depan sekolah padam sejak seminggu lalu.');
  await expect(page.getByText(/Anda masuk sebagai/)).toBeVisible();

  await context.setOffline(true);
  await expect(page.getByText(/Anda sedang luring/)).toBeVisible();
  await page.getByRole('button', { name: 'Simpan dan kirim nanti' }).click();
  const queue = page.getByTestId('offline-queue');
  await expect(queue).toContainText(title);
  await expect(queue).toContainText('1 pengaduan tersimpan di perangkat ini');
  await expectAccessible(page, 'offline queue');

  // Back online: the page sends it by itself and shows the tracking code and the secret link.
  await context.setOffline(false);
  await expect(queue).toContainText(/Kode: DUM-ADU-\d{4}-\d{6}/, { timeout: 15_000 });
  await expect(queue.getByRole('link', { name: 'Buka pengaduan' })).toBeVisible();
  const code = /DUM-ADU-\d{4}-\d{6}/.exec((await queue.textContent()) ?? '')?.[0];
  // It is the citizen's own: "Pengaduan saya" lists it.
  await page.goto(`/t/${TENANT}/pengaduan/saya`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText(code ?? 'no code')).toBeVisible();
  await expectAccessible(page, 'my complaints');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Pengaduan ${code}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Riwayat penanganan' })).toContainText('Pengaduan diterima');
});
