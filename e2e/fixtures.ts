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

/** Fails when the page has serious or critical accessibility violations (WCAG 2.1 AA rules). */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
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

export const test = base.extend<{ demo: DemoLogin[] }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    await use(process.env.LENTERA_E2E_URL);
  },
  demo: async ({ request }, use) => {
    void request;
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(process.execPath, ['server/bin/lentera.mjs', 'demo-logins', '--json'], {
      cwd: new URL('..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    await use(JSON.parse(out) as DemoLogin[]);
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
