import { parseArgs } from 'node:util';
import { scenarios } from '../scenarios/index';
import { tasks } from '../tasks/index';

/** The command line of `npm run bench` (bench/run.ts): its flags and environment, checked. */

export const USAGE = `Usage: npm run bench -- [--quick] [--strict] [--both] [--only NAME[,NAME...]]
  --quick        3 s per scenario (a smoke run; figures are rough)
  --both         run on SQLite, then on PostgreSQL (BENCH_DATABASE_URL, else the local server), each on a fresh
                 installation, and print the scenarios of the two side by side
  --strict       exit 1 when a scenario or a task misses one of its targets
  --only NAMES   run only these scenarios and tasks (the baselines always run)
Environment:
  BENCH_DURATION=SECONDS      seconds per scenario (default 10; a scenario may set its own)
  BENCH_CONNECTIONS=N         connections per scenario (default 10; a scenario may set its own)
  BENCH_WARMUP=SECONDS        unmeasured load before each scenario (default 2; --quick 1)
  BENCH_SERVER_WARMUP=SECONDS unmeasured load once the server is ready (default 10; --quick 5)
  BENCH_DATABASE_URL=postgres://user@host:5432/postgres
                              run on PostgreSQL: a fresh database is created there and dropped at the end`;

export const QUICK_SECONDS = 3;

/** A bad flag or variable: printed without a stack, with the usage. */
export class UsageError extends Error {}

function positiveNumber(name: string, fallback: number, allowZero = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0))
    throw new UsageError(
      `${name} must be a ${allowZero ? 'non-negative' : 'positive'} number of seconds (got "${raw}")`,
    );
  return value;
}

const parseFlags = () =>
  parseArgs({
    args: process.argv.slice(2),
    options: {
      quick: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      both: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });

export function options() {
  let parsed: ReturnType<typeof parseFlags>;
  try {
    parsed = parseFlags();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  const connections = positiveNumber('BENCH_CONNECTIONS', 10);
  if (!Number.isInteger(connections)) throw new UsageError('BENCH_CONNECTIONS must be a whole number');
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = [...scenarios.map((s) => s.name), ...tasks.map((t) => t.name)];
  const unknown = only?.filter((name) => !known.includes(name)) ?? [];
  if (unknown.length)
    throw new UsageError(`Unknown scenario or task ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return {
    help: values.help,
    quick: values.quick,
    strict: values.strict,
    both: values.both,
    only: only ?? null,
    duration: values.quick ? QUICK_SECONDS : positiveNumber('BENCH_DURATION', 10),
    connections,
    warmup: positiveNumber('BENCH_WARMUP', values.quick ? 1 : 2, true),
    serverWarmup: positiveNumber('BENCH_SERVER_WARMUP', values.quick ? 5 : 10, true),
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  };
}

/** Where `--both` runs its PostgreSQL half when BENCH_DATABASE_URL is not set. */
export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

export type Options = ReturnType<typeof options>;
