import { chromium } from '@playwright/test';
const [,, url, out, width = '1280', login, password] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (login) {
  const base = new URL(url).origin;
  await page.goto(`${base}/t/dumai/login`);
  await page.getByLabel(/NIP atau e-mail/i).fill(login);
  await page.getByLabel(/^Kata sandi/i).fill(password);
  await page.getByRole('button', { name: /^Masuk$/ }).click();
  await page.waitForTimeout(1500);
}
await page.goto(url);
await page.waitForTimeout(2000);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
