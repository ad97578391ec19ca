// Screenshots of pages on a desktop (1366 px) and a phone (390 px), in Debian's Chromium, for looking at a screen
// before calling it done. Also says when a page is wider than its viewport.
//
//   node scripts/screenshots.mjs --base http://127.0.0.1:3000 --out /tmp/shots [--as dumai:hr_admin] [--lang en] \
//     /t/dumai /t/dumai/pengaduan ...
//
// --as TENANT:ROLE logs in first with that demo login (`lentera demo-logins --json`, read from the same data folder
// as the server when DATA_DIR is set alike).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const base = option('base', 'http://127.0.0.1:3000');
const out = option('out', '/tmp/shots');
const as = option('as', '');
const lang = option('lang', 'id');
const paths = args;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const viewports = [
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: 390, height: 844 }],
];
for (const [name, viewport] of viewports) {
  const context = await browser.newContext({
    viewport,
    locale: lang === 'en' ? 'en-US' : 'id-ID',
    timezoneId: 'Asia/Jakarta',
    baseURL: base,
  });
  // The app speaks Bahasa Indonesia first, whatever the browser's language: English is a choice it remembers.
  await context.addInitScript((chosen) => localStorage.setItem('lentera.lang', chosen), lang);
  const page = await context.newPage();
  if (as) {
    const [tenant, role] = as.split(':');
    const root = new URL('..', import.meta.url).pathname;
    const logins = JSON.parse(
      execFileSync(process.execPath, ['server/bin/lentera.mjs', 'demo-logins', '--json'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    const login = logins.find((l) => l.tenant === tenant && l.role === role);
    if (!login) throw new Error(`no demo login for ${role} in ${tenant}`);
    await page.goto(tenant === '*' ? '/login' : `/t/${tenant}/login`);
    await page.getByLabel(/NIP atau e-mail|NIP or e-mail/i).fill(login.login);
    await page.getByLabel(/^Kata sandi|^Password/i).fill(login.password);
    await page.getByRole('button', { name: /^Masuk$|^Log in$/i }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  }
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Wait for loaders (role status) to go, so that the picture shows the page and not its spinner.
    await page
      .waitForFunction(
        () => !document.querySelector('[role="status"] .mantine-Loader-root, .mantine-Loader-root'),
        null,
        {
          timeout: 20_000,
        },
      )
      .catch(() => {});
    await page.waitForTimeout(400);
    const file = join(out, `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    const wide = width > viewport.width ? `  WIDER THAN THE VIEWPORT: ${width} px` : '';
    process.stdout.write(`${file}${wide}\n`);
  }
  await context.close();
}
await browser.close();
