// `npm test`: type check, lint and import rules, unit and integration tests (SQLite and PostgreSQL),
// then the Chromium end-to-end suite. Stops at the first failing step and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });
const started = Date.now();
const only = process.argv[2];

function run(title, command, args, env = {}) {
  process.stdout.write(`\n== ${title}\n`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(
    `== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  return result.status === 0;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
function finish(ok) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(`\nnpm test took ${seconds} s\n`);
  process.stdout.write(
    `${counts.passed} passed, ${counts.failed + (ok ? 0 : counts.failed === 0 ? 1 : 0)} failed, ${counts.skipped} skipped\n`,
  );
  process.exit(ok ? 0 : 1);
}

function addVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += r.numPassedTests ?? 0;
  counts.failed += r.numFailedTests ?? 0;
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
function addPlaywright(file) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  counts.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  counts.failed += s.unexpected ?? 0;
  counts.skipped += s.skipped ?? 0;
}

const steps = [
  [
    'static',
    () =>
      run('type check', 'npx', ['tsc', '-p', 'common']) &&
      run('type check server', 'npx', ['tsc', '-p', 'server']) &&
      run('type check web', 'npx', ['tsc', '-p', 'web']) &&
      run('type check tools', 'npx', ['tsc', '-p', 'tsconfig.tools.json']) &&
      run('lint and format', 'npx', ['biome', 'check', '.']) &&
      run('import rules', 'npx', [
        'depcruise',
        '--config',
        '.dependency-cruiser.cjs',
        'common/src',
        'server/src',
        'web/src',
      ]),
  ],
  [
    'unit',
    () => {
      const file = join(reports, 'vitest.json');
      const ok = run('unit and integration tests (SQLite and PostgreSQL)', 'npx', [
        'vitest',
        'run',
        '--project=common',
        '--project=server',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${file}`,
      ]);
      addVitest(file);
      return ok;
    },
  ],
  [
    // Real server processes: two nodes on one PostgreSQL, SIGKILL and restart, backup and restore under load.
    'nodes',
    () => {
      const file = join(reports, 'vitest-nodes.json');
      const ok = run('multi-process tests (server nodes, crashes, backups)', 'npx', [
        'vitest',
        'run',
        '--project=nodes',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${file}`,
      ]);
      addVitest(file);
      return ok;
    },
  ],
  [
    'e2e',
    () => {
      const file = join(reports, 'playwright.json');
      const ok =
        run('web build', 'node', ['scripts/ensure-web-build.mjs']) &&
        run(
          'end-to-end tests in Chromium',
          'npx',
          ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'],
          { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
        );
      addPlaywright(file);
      return ok;
    },
  ],
];

for (const [name, step] of steps) {
  if (only && only !== name) continue;
  if (!step()) finish(false);
}
finish(true);
