import type { Locator, Page } from '@playwright/test';
import {
  csrfToken,
  demoLogin,
  expect,
  expectAccessible,
  grantRole,
  logIn,
  revokeRole,
  staffNav,
  test,
  uniqueEmail,
} from './fixtures';

/** "23 November 2026 14.05 WIB": a date and time in the tenant's zone, as the audit log shows them. */
const WIB_TIME = /^\d{1,2} \p{L}+ \d{4} \d{2}\.\d{2} WIB$/u;

/** A person who registered on the Dumai portal, by the API (a grantee no other test touches). */
async function registerCitizen(page: Page, name: string): Promise<string> {
  const email = uniqueEmail('audit.penerima');
  const response = await page.request.post('/api/auth/register', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { name, email, password: 'Pantai-Purnama-Dumai-77', tenant: 'dumai', locale: 'id' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return email;
}

/** "1.234" (Indonesian thousands) as 1234. */
function count(text: string | undefined): number {
  return Number((text ?? 'NaN').replace(/\./g, ''));
}

/** The row of the audit table whose "Data" column names `reference` and whose action reads `action`. */
function auditRow(table: Locator, reference: string, action: string): Locator {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByText(reference, { exact: true }) })
    .filter({ has: table.page().getByRole('cell', { name: action, exact: true }) });
}

test('the audit log shows a grant and its revocation with an intact chain; the portal shows the chain head', async ({
  page,
  demo,
}) => {
  const name = 'Rahmat Hidayat';
  const email = await registerCitizen(page, name);

  await logIn(page, 'dumai', demoLogin(demo, 'dumai', 'tenant_admin'));
  await staffNav(page).getByRole('link', { name: 'Peran & akses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Peran & akses' })).toBeVisible();
  await expectAccessible(page);
  await grantRole(page, email, 'Petugas pengaduan');
  // The log names the grant by role and person, never by its id.
  const grant = `Petugas pengaduan: ${name}`;
  await revokeRole(page, email, 'Petugas pengaduan', name);

  await test.step('the chain is intact and both actions are listed with times in WIB', async () => {
    await staffNav(page).getByRole('link', { name: 'Log audit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log audit' })).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: /^Rantai utuh/ });
    await expect(status).toContainText(/Rantai utuh \([\d.]+ entri\)/);
    const entries = count((await status.textContent())?.match(/\(([\d.]+) entri\)/)?.[1]);
    expect(entries).toBeGreaterThanOrEqual(2);
    // Green: the status box is tinted green, not red.
    const tint = await status.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (tint.match(/\d+/g) ?? []).map(Number);
    expect(g, `background ${tint}`).toBeGreaterThan(r ?? 255);
    expect(g, `background ${tint}`).toBeGreaterThan(b ?? 255);

    const table = page.getByRole('table');
    await expect(
      table.getByText('Waktu ditampilkan dalam zona waktu pemerintah daerah (WIB, Asia/Jakarta).'),
    ).toBeVisible();
    const granted = auditRow(table, grant, 'Peran diberikan');
    const revoked = auditRow(table, grant, 'Peran dicabut');
    await expect(granted).toHaveCount(1);
    await expect(revoked).toHaveCount(1);
    for (const [row, label] of [
      [granted, 'Peran diberikan'],
      [revoked, 'Peran dicabut'],
    ] as const) {
      await expect(row.getByRole('cell').nth(1)).toHaveText(WIB_TIME);
      await expect(row.getByRole('cell').nth(2)).toHaveText('Admin Pemkot Dumai');
      await expect(row.getByRole('cell').nth(3)).toContainText(label);
      await expect(row.getByRole('cell').nth(4)).toContainText('Pemberian peran');
    }
    await expectAccessible(page);
  });

  await test.step('filtering by action narrows the list', async () => {
    const table = page.getByRole('table');
    const filters = page.getByRole('search', { name: 'Saring log audit' });
    const shown = page.getByText(/^Menampilkan [\d.]+–[\d.]+ dari [\d.]+$/);
    const total = async () => count((await shown.textContent())?.match(/dari ([\d.]+)$/)?.[1]);
    const before = await total();
    // The action is chosen by its label from a searchable list, not typed as a code.
    await filters.getByRole('combobox', { name: 'Tindakan' }).fill('dicabut');
    await page.getByRole('option', { name: 'Peran dicabut', exact: true }).click();
    await filters.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/[?&]action=role\.revoked/);
    await expect(auditRow(table, grant, 'Peran diberikan')).toHaveCount(0);
    await expect(auditRow(table, grant, 'Peran dicabut')).toHaveCount(1);
    // Every row left is a revocation.
    await expect(table.locator('tbody').getByRole('row').filter({ hasNotText: 'Peran dicabut' })).toHaveCount(0);
    expect(await total()).toBeLessThan(before);
    await expectAccessible(page);

    await filters.getByRole('button', { name: 'Hapus saringan' }).click();
    await expect(page).not.toHaveURL(/action=/);
    await expect(auditRow(table, grant, 'Peran diberikan')).toHaveCount(1);
  });

  await test.step('the public portal shows the head of the audit chain', async () => {
    await page.goto('/t/dumai');
    const card = page.getByRole('region', { name: 'Jejak audit' });
    await expect(card).toContainText(/Jejak audit: [\d.]+ entri, kepala rantai/);
    const head = card.locator('code');
    await expect(head).toHaveAttribute('title', /^[0-9a-f]{64}$/);
    // The short form shown is the start of the full hash in the title.
    const full = (await head.getAttribute('title')) ?? '';
    expect(full.startsWith((await head.textContent()) || 'none')).toBe(true);
    const shown = count((await card.textContent())?.match(/([\d.]+) entri/)?.[1]);
    const api = await page.request.get('/api/t/dumai/audit/head');
    const apiHead = (await api.json()) as { length: number; headHash: string };
    expect(shown).toBeGreaterThanOrEqual(2);
    expect(apiHead.length).toBeGreaterThanOrEqual(shown);
    await expectAccessible(page);
  });
});
