import { defineConfig } from '@playwright/test';

/** Journeys in Debian's Chromium against a server started for the run (global-setup.ts). */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // A journey visits many pages, each with an axe check (about a second each on a quiet machine, several on a busy
  // one). The limit only catches a hung journey: speed is measured by `npm run bench`, not here.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  outputDir: '../test-results/e2e',
  use: {
    headless: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
