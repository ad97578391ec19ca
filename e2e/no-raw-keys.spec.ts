import type { Page } from '@playwright/test';
import { csrfToken, demoLogin, expect, logIn, staffNav, test } from './fixtures';

const TENANT = 'dumai';
/** The roles whose menus together cover every page of the navigation (read from the page, so new modules count). */
const ROLES = ['tenant_admin', 'complaint_coordinator', 'hr_admin', 'employee', 'citizen'];
/** A bound on pages per role, so that the scan stays within a minute or two. */
const MAX_PAGES_PER_ROLE = 16;

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
/** A dotted key such as `complaint.escalated` or an unlabelled i18n key such as `audit.noAction`. */
const DOTTED_KEY = /(^|[\s(["'“«])([a-z][a-zA-Z0-9_]*(?:\.[a-zA-Z][a-zA-Z0-9_]*)+)(?=$|[\s)\]"'”»,;:!?]|\.(?:$|\s))/g;
/** Dotted words that are not keys: web addresses, e-mail domains and file names. */
const NOT_A_KEY = /\.(id|com|org|net|go|local|csv|json|xlsx|pdf|png|jpe?g|webp|txt|eml|html?)$|^www\./;

/** The bare ids and keys in a page's visible text. */
function rawKeysIn(text: string): string[] {
  const found: string[] = [];
  const uuid = UUID.exec(text);
  if (uuid) found.push(`id ${uuid[0]}`);
  for (const match of text.matchAll(DOTTED_KEY)) {
    const token = (match[2] ?? '').replace(/\.$/, '');
    if (!token.includes('.') || NOT_A_KEY.test(token)) continue;
    // Abbreviations such as "e.g" or "a.n": no segment of three letters or more.
    if (!token.split('.').some((segment) => segment.length >= 3)) continue;
    found.push(`key ${token}`);
  }
  return found;
}

/** The addresses of the workspace navigation's pages, as the menu shows them to this person. */
async function navigationTargets(page: Page): Promise<string[]> {
  const nav = staffNav(page);
  await expect(nav.getByRole('link').first()).toBeVisible();
  const hrefs = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => href.startsWith('/t/')))].slice(0, MAX_PAGES_PER_ROLE);
}

/** Opens a page and waits until its content (not a loader) is there. */
async function visibleTextOf(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what people read (no hidden nodes)
  return page.locator('body').innerText();
}

test.describe('no raw keys or ids on any screen', () => {
  test.setTimeout(240_000);

  test('the self-test finds what it looks for', () => {
    expect(rawKeysIn('Tindakan: complaint.escalated pada 019a-')).toEqual(['key complaint.escalated']);
    expect(rawKeysIn('Data 0193b2c4-1d2e-7f00-8a9b-0c1d2e3f4a5b')).toHaveLength(1);
    expect(rawKeysIn('audit.noAction')).toEqual(['key audit.noAction']);
    expect(rawKeysIn('Status: complaints.status.received.')).toEqual(['key complaints.status.received']);
    expect(rawKeysIn('Login: pengaduan.pu.dumai@demo.lentera.id, syahrul.sabu@dumaikota.go.id.')).toEqual([]);
    expect(
      rawKeysIn('Tulis ke warga@contoh.go.id atau buka dumaikota.go.id, unduh data.csv, mis. e.g. Rp1.500'),
    ).toEqual([]);
  });

  for (const role of ROLES) {
    test(`every page of the navigation, as ${role}`, async ({ page, demo }) => {
      await logIn(page, TENANT, demoLogin(demo, TENANT, role));
      const targets = await navigationTargets(page);
      expect(targets.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const path of targets) {
        const found = rawKeysIn(await visibleTextOf(page, path));
        if (found.length > 0) problems.push(`${path}: ${found.join(', ')}`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('the audit log and a complaint history speak in labels', async ({ page, otherPage, demo }) => {
    await logIn(page, TENANT, demoLogin(demo, TENANT, 'tenant_admin'));
    const audit = await visibleTextOf(page, `/t/${TENANT}/admin/audit`);
    expect(rawKeysIn(audit)).toEqual([]);
    // The demo city's log holds complaint and people entries: they read as labels with their references.
    await expect(page.getByRole('table')).toContainText(/Pengaduan|Pegawai|Peran/);

    // The coordinator in a browser of their own (the admin's session stays where it is).
    await logIn(otherPage, TENANT, demoLogin(demo, TENANT, 'complaint_coordinator'));
    const list = await otherPage.request.get(`/api/t/${TENANT}/complaints?pageSize=5`);
    expect(list.ok(), await list.text()).toBe(true);
    const items = ((await list.json()) as { items?: Array<{ id: string }> }).items ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items.slice(0, 3)) {
      const text = await visibleTextOf(otherPage, `/t/${TENANT}/complaints/${item.id}`);
      expect(rawKeysIn(text), item.id).toEqual([]);
      expect(text).not.toMatch(/\b(reminder|coordinator|INTERNAL)\b/);
    }
  });

  test('a bad request is answered with field messages in the page language', async ({ page, demo }) => {
    await logIn(page, TENANT, demoLogin(demo, TENANT, 'tenant_admin'));
    const token = await csrfToken(page);
    const send = (lang: string) =>
      page.request.post(`/api/t/${TENANT}/admin/roles`, {
        headers: { 'x-csrf-token': token, 'accept-language': lang },
        data: { login: 'someone@contoh.go.id', role: 'wizard' },
      });
    const indonesian = await send('id');
    expect(indonesian.status()).toBe(400);
    const body = (await indonesian.json()) as { error: { details: Array<{ path: string; message: string }> } };
    expect(body.error.details.find((d) => d.path === 'role')?.message).toMatch(/^Pilihan tidak valid/);
  });
});
