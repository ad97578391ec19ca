import type { Page } from '@playwright/test';
import { csrfToken, type DemoLogin, demoLogin, expect, test } from './fixtures';

// Every page on a 390 px phone: the page itself never scrolls sideways (a wide table scrolls inside its own box),
// so the language switch and the account menu stay on screen. The pages are read from the page itself — the
// staff navigation of each demo role with menus, and the links of the public portal — so that a later module's
// pages are covered without being listed here.

const TENANT = 'dumai';
const PHONE = { width: 390, height: 844 };
/** The demo roles with menus of their own, in the demo city; the system administrator is checked apart. */
const ROLES = [
  'tenant_admin',
  'hr_admin',
  'complaint_coordinator',
  'complaint_officer',
  'employee',
  'supervisor',
  'citizen',
] as const;

test.use({ viewport: PHONE });
// One role after the other, each page loaded and measured once: a minute or two, longer on a busy machine.
test.describe.configure({ timeout: 480_000 });

/** The page's width beyond the viewport, once it has loaded its data; null when it fits. */
async function overflow(page: Page, path: string): Promise<string | null> {
  await page.goto(path);
  // The page's heading, then its data: a loader stands in for what is still coming.
  const loaded = await page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ state: 'visible', timeout: 20_000 })
    .then(
      () => true,
      () => false,
    );
  if (!loaded) return `${path}: did not load (no page heading)`;
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0, { timeout: 15_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width <= PHONE.width) return null;
  const widest = await page.evaluate((limit) => {
    // The innermost elements that reach past the viewport, to say what to fix.
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= limit + 0.5 || rect.width === 0) continue;
      if (Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit + 0.5)) continue;
      out.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
      if (out.length === 3) break;
    }
    return out.join(', ');
  }, PHONE.width);
  return `${path}: ${width} px (${widest})`;
}

/** The addresses of the staff navigation's links on the page. */
async function navLinks(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 30_000 });
  const nav = page.getByRole('navigation', { name: /Navigasi ruang kerja|Workspace navigation/ });
  // A person without staff menus (a citizen on their own home) has no navbar: their home page is still measured.
  if ((await nav.count()) === 0) return [];
  return nav.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function checkAll(page: Page, paths: Iterable<string>, seen: Set<string>, wide: string[]): Promise<number> {
  let visited = 0;
  for (const path of paths) {
    if (seen.has(path)) continue;
    seen.add(path);
    visited += 1;
    const result = await overflow(page, path);
    if (result) wide.push(result);
  }
  return visited;
}

test('no page of the navigation is wider than a phone, for any role', async ({ browser, baseURL, demo }) => {
  const seen = new Set<string>();
  const wide: string[] = [];
  const visitedPerRole: Record<string, number> = {};
  const asRole = async (role: string, login: DemoLogin, home: string) => {
    const context = await browser.newContext({ baseURL, viewport: PHONE, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    try {
      // Through the API, as the login form does (the form itself is tested elsewhere): a page load less per role.
      const response = await page.request.post('/api/auth/login', {
        headers: { 'x-csrf-token': await csrfToken(page) },
        data: { login: login.login, password: login.password },
      });
      expect(response.ok(), await response.text()).toBe(true);
      await page.goto(home);
      const links = await navLinks(page);
      // Pages another role already measured are not measured twice; the role's own count is what it can reach.
      await checkAll(page, [home, ...links], seen, wide);
      visitedPerRole[role] = 1 + links.length;
    } finally {
      await context.close();
    }
  };

  for (const role of ROLES) await asRole(role, demoLogin(demo, TENANT, role), `/t/${TENANT}/workspace`);
  await asRole('system_admin', demoLogin(demo, '*', 'system_admin'), '/admin/tenants');

  // Each role brought pages of its own (the check is not vacuous).
  for (const role of ['tenant_admin', 'hr_admin', 'complaint_coordinator', 'system_admin'])
    expect(visitedPerRole[role], role).toBeGreaterThan(0);
  expect(wide, 'pages wider than a 390 px phone').toEqual([]);
});

test('no public page is wider than a phone', async ({ page }) => {
  const seen = new Set<string>();
  const wide: string[] = [];
  await checkAll(page, ['/', `/t/${TENANT}`], seen, wide);
  // The portal's own links (tasks, published figures, open data), as a guest sees them; not downloads or the API.
  await page.goto(`/t/${TENANT}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  const links = await page
    .locator(`main a[href^="/t/${TENANT}/"]`)
    .evaluateAll((as) => [...new Set(as.map((a) => (a.getAttribute('href') ?? '').split('#')[0] ?? ''))]);
  const portal = links.filter((href) => !/\/(login|api)\b|\.(csv|json|xlsx)$/.test(href));
  expect(portal.length, 'links on the portal home').toBeGreaterThan(2);
  await checkAll(page, [...portal, `/t/${TENANT}/login`], seen, wide);
  expect(wide, 'public pages wider than a 390 px phone').toEqual([]);
});
