// Time to the portal home's heading on a slow phone: Chromium with slow-4G network emulation (Chrome DevTools'
// preset: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up) and the CPU slowed fourfold, cache empty on every run.
// Prints the median of the runs and the bytes transferred. Not part of `npm run bench` (it needs a browser).
//
//   node bench/first-load-time.mjs --base http://127.0.0.1:3000 [--base http://127.0.0.1:3001] [--path /t/dumai] [--runs 5]
//
// Several --base servers (say, one serving the build before a change and one after) are measured in turn, run by
// run, so that the machine's load weighs on each alike.
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const bases = args.flatMap((a, i) => (a === '--base' && args[i + 1] ? [args[i + 1]] : []));
if (!bases.length) bases.push('http://127.0.0.1:3000');
const path = arg('path', '/t/dumai');
const runs = Number(arg('runs', '5'));
// Chromium sends `accept-encoding: br` only over HTTPS: a real visit gets the brotli files, so ask for them here too.
const headers = { 'accept-encoding': 'gzip, deflate, br' };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const times = new Map(bases.map((base) => [base, []]));
const bytes = new Map();
try {
  for (let turn = 0; turn < runs * bases.length; turn += 1) {
    const base = bases[turn % bases.length];
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: headers });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let transferred = 0;
    cdp.on('Network.loadingFinished', (event) => {
      transferred += event.encodedDataLength;
    });
    const started = Date.now();
    await page.goto(base + path, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout: 60_000 });
    times.get(base).push(Date.now() - started);
    bytes.set(base, transferred);
    await context.close();
  }
} finally {
  await browser.close();
}
for (const [base, list] of times) {
  list.sort((a, b) => a - b);
  const median = list[Math.floor(list.length / 2)];
  const all = list.map((t) => (t / 1000).toFixed(2)).join(', ');
  process.stdout.write(
    `${base}${path}: heading after ${(median / 1000).toFixed(2)} s (median of ${runs}: ${all} s); ${(bytes.get(base) / 1000).toFixed(0)} KB transferred by then\n`,
  );
}
