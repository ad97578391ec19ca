import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export interface DemoLogin {
  tenant: string;
  role: string;
  login: string;
  password: string;
}

/** Screens this worker has checked already (see `expectAccessible`). */
const checkedScreens = new Set<string>();

/**
 * What makes a screen state: its address (ids left out), width, language, main heading, how many links, buttons, fields
 * and landmarks it has, and its open dialogs and alerts. The same state met again by a later step or journey of
 * this worker gives the same key, and axe (a few seconds a page on a busy machine) is not run on it twice.
 */
function screenKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    const path = location.pathname
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id')
      .replace(/\/[A-Za-z0-9_-]{20,}/g, '/:token')
      .replace(/\/\d+/g, '/:n');
    const count = (selector: string) => document.querySelectorAll(selector).length;
    return [
      path,
      window.innerWidth,
      document.documentElement.lang,
      document.querySelector('h1')?.textContent?.trim() ?? '',
      count('a[href]'),
      count('button'),
      count('input, select, textarea'),
      count('[role=dialog], dialog[open]'),
      count('[role=alert], [aria-invalid=true]'),
      count('table tr'),
    ].join('|');
  });
}

/**
 * Fails when the page has serious or critical accessibility violations (WCAG 2.1 AA rules). A screen state this
 * worker has already checked (same address, heading, controls, dialogs and alerts) is not checked again.
 */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  const key = await screenKey(page);
  if (checkedScreens.has(key)) return;
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  expect(report, `accessibility violations on ${label}`).toEqual([]);
  checkedScreens.add(key);
}

/** The newest .eml in the development outbox sent to `to`, as text (quoted-printable soft breaks joined). */
export async function readMail(to: string, timeoutMs = 15_000): Promise<string> {
  const dir = join(process.env.LENTERA_E2E_DATA_DIR ?? '', 'outbox');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let files: string[] = [];
    try {
      files = readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .sort()
        .reverse();
    } catch {
      // the outbox folder appears with the first message
    }
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (text.includes(`To: ${to}`)) return text.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
}

export const test = base.extend<{ otherPage: Page }, { demo: DemoLogin[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    await use(process.env.LENTERA_E2E_URL);
  },
  demo: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const { execFileSync } = await import('node:child_process');
      const out = execFileSync(process.execPath, ['server/bin/lentera.mjs', 'demo-logins', '--json'], {
        cwd: new URL('..', import.meta.url).pathname,
        encoding: 'utf8',
      });
      await use(JSON.parse(out) as DemoLogin[]);
    },
    { scope: 'worker' },
  ],
  /** A page in a browser context of its own (its own cookies): a second person using the app at the same time. */
  otherPage: async ({ browser, baseURL, locale, timezoneId, viewport }, use) => {
    const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

export function demoLogin(logins: DemoLogin[], tenant: string, role: string): DemoLogin {
  const found = logins.find((l) => l.tenant === tenant && l.role === role);
  if (!found) throw new Error(`no demo login for ${role} in ${tenant}`);
  return found;
}

/** Logs in through the form, as a person would. */
export async function logIn(
  page: Page,
  tenant: string,
  login: DemoLogin | { login: string; password: string },
): Promise<void> {
  await page.goto(`/t/${tenant}/login`);
  await page.getByLabel(/NIP atau e-mail|NIP or e-mail/i).fill(login.login);
  await page.getByLabel(/^Kata sandi|^Password/i).fill(login.password);
  await page.getByRole('button', { name: /^Masuk$|^Log in$/i }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** An e-mail address no other test (or earlier run against the same server) uses. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@contoh.go.id`;
}

/** The CSRF token of the page's current session (the browser context's cookies), for requests through page.request. */
export async function csrfToken(page: Page): Promise<string> {
  const response = await page.request.get('/api/auth/session');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { csrfToken: string };
  return body.csrfToken;
}

/** Fails when the page scrolls sideways at its current viewport width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width at ${page.url()}`).toBeLessThanOrEqual(width);
}

/** The staff navigation (the navbar of the workspace), in Indonesian. */
export function staffNav(page: Page) {
  return page.getByRole('navigation', { name: 'Navigasi ruang kerja' });
}

/**
 * On "Peran & akses": grants `roleLabel` (as the role list shows it) to the account with `login`, for the whole
 * government (the unit is left empty). Returns the new grant's id (for API checks; screens never show it).
 */
export async function grantRole(page: Page, login: string, roleLabel: string): Promise<string> {
  const form = page.getByRole('region', { name: 'Berikan peran' });
  await form.getByLabel('NIP atau e-mail').fill(login);
  await form.getByRole('combobox', { name: 'Peran' }).click();
  await page.getByRole('option', { name: roleLabel, exact: true }).click();
  const response = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/admin/roles'),
  );
  await form.getByRole('button', { name: 'Berikan peran' }).click();
  const created = await response;
  expect(created.status(), await created.text()).toBe(201);
  await expect(page.getByText(new RegExp(`^Peran ${roleLabel} diberikan kepada `))).toBeVisible();
  return ((await created.json()) as { id: string }).id;
}

/** On "Peran & akses": finds the person by `login` and revokes `roleLabel` from them, confirming in the dialog. */
export async function revokeRole(page: Page, login: string, roleLabel: string, name: string): Promise<void> {
  // The section; the scrolling table inside it bears the same name.
  const list = page.getByRole('region', { name: 'Peran yang berlaku' }).first();
  await list.getByRole('textbox', { name: 'Cari nama, NIP atau e-mail' }).fill(login);
  await list.getByRole('button', { name: 'Cari' }).click();
  const revoke = list.getByRole('button', { name: `Cabut peran ${roleLabel} dari ${name}` });
  await revoke.click();
  const dialog = page.getByRole('dialog', { name: 'Cabut peran?' });
  await expect(dialog).toContainText(`Peran ${roleLabel} akan dicabut dari ${name}.`);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cabut', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Peran ${roleLabel} dicabut dari ${name}.`)).toBeVisible();
  await expect(revoke).toHaveCount(0);
}
