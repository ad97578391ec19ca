/**
 * `npm run bench`: starts Lentera on a fresh data folder (SQLite, or a new PostgreSQL database with
 * BENCH_DATABASE_URL), measures the two baselines and then every registered scenario with autocannon,
 * prints a markdown table and writes bench/results/<timestamp>.json. See bench/README.md.
 */
import { parseArgs } from 'node:util';
import { createContext } from './lib/context';
import { probe, runLoad, stopLoad, toWire } from './lib/load';
import {
  type BaselineFigure,
  finish,
  fromResult,
  gitState,
  type Measurement,
  machine,
  markdownTable,
  targetsMissed,
  writeResults,
} from './lib/report';
import { createBenchData, freePort, redact, serverEnv, spawnServer, tail } from './lib/server';
import type { BenchContext, Scenario } from './lib/types';
import { baselines, scenarios } from './scenarios/index';

const USAGE = `Usage: npm run bench -- [--quick] [--strict] [--only NAME[,NAME...]]
  --quick        3 s per scenario (a smoke run; figures are rough)
  --strict       exit 1 when a scenario misses one of its targets
  --only NAMES   run only these scenarios (the baselines always run)
Environment:
  BENCH_DURATION=SECONDS      seconds per scenario (default 10; a scenario may set its own)
  BENCH_CONNECTIONS=N         connections per scenario (default 10; a scenario may set its own)
  BENCH_WARMUP=SECONDS        unmeasured load before each scenario (default 2; --quick 1)
  BENCH_SERVER_WARMUP=SECONDS unmeasured load once the server is ready (default 10; --quick 5)
  BENCH_DATABASE_URL=postgres://user@host:5432/postgres
                              run on PostgreSQL: a fresh database is created there and dropped at the end`;

const QUICK_SECONDS = 3;
const READY_TIMEOUT_MS = 180_000;
const DRIFT_WARNING = 0.25;

const out = (line = '') => process.stdout.write(`${line}\n`);

/** A bad flag or variable: printed without a stack, with the usage. */
class UsageError extends Error {}

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
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });

function options() {
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
  const unknown = only?.filter((name) => !scenarios.some((s) => s.name === name)) ?? [];
  if (unknown.length)
    throw new UsageError(`Unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`);
  return {
    help: values.help,
    quick: values.quick,
    strict: values.strict,
    only: only ?? null,
    duration: values.quick ? QUICK_SECONDS : positiveNumber('BENCH_DURATION', 10),
    connections,
    warmup: positiveNumber('BENCH_WARMUP', values.quick ? 1 : 2, true),
    serverWarmup: positiveNumber('BENCH_SERVER_WARMUP', values.quick ? 5 : 10, true),
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  };
}

type Options = ReturnType<typeof options>;

/** Undo steps run once, newest first, on success, failure and Ctrl-C alike. */
class Cleanup {
  private steps: Array<() => Promise<void>> = [];
  private running: Promise<void> | null = null;
  add(step: () => Promise<void>) {
    this.steps.push(step);
  }
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step();
        } catch (error) {
          process.stderr.write(`cleanup: ${(error as Error).message}\n`);
        }
      }
    })();
    return this.running;
  }
}

let interrupted = false;

async function measure(
  scenario: Scenario,
  kind: Measurement['kind'],
  ctx: BenchContext,
  opts: Options,
  label = scenario.name,
): Promise<Measurement> {
  const connections = scenario.connections ?? opts.connections;
  const durationS = opts.quick ? QUICK_SECONDS : (scenario.duration ?? opts.duration);
  const row: Measurement = {
    name: label,
    kind,
    description: scenario.description,
    connections,
    durationS,
    warmupS: opts.warmup,
    requests: [],
    status: 'failed',
  };
  if (scenario.targets) row.targets = scenario.targets;
  if (kind === 'baseline') row.baseline = scenario === baselines.noop ? 'noop' : 'insert';
  out(`- ${label}: ${connections} connections, ${durationS} s${opts.warmup ? ` after ${opts.warmup} s warm-up` : ''}`);
  try {
    const prepared = await scenario.setup?.(ctx);
    if (prepared?.note) row.note = prepared.note;
    const requests = prepared?.requests ?? scenario.requests ?? [];
    if (!requests.length) throw new Error('the scenario has no requests');
    const wire = toWire(requests, prepared?.headers);
    row.requests = wire.map((r) => ({
      method: r.method,
      path: r.path,
      headerNames: Object.keys(r.headers),
      bodyBytes: r.body === undefined ? 0 : Buffer.byteLength(r.body),
    }));
    await probe(ctx.baseUrl, wire);
    const load = { baseUrl: ctx.baseUrl, title: scenario.name, requests: wire, connections };
    if (opts.warmup > 0) await runLoad({ ...load, duration: opts.warmup });
    if (interrupted) throw new Error('interrupted');
    const { result, latency } = await runLoad({ ...load, duration: durationS });
    fromResult(row, result, latency);
  } catch (error) {
    row.status = 'failed';
    row.problem = (error as Error).message.split('\n')[0];
  }
  if (row.status !== 'ok') out(`  ${row.status === 'failed' ? 'NOT MEASURED' : 'INVALID'}: ${row.problem}`);
  return row;
}

async function main(): Promise<number> {
  const opts = options();
  if (opts.help) {
    out(USAGE);
    return 0;
  }
  const startedAt = new Date();
  const cleanup = new Cleanup();
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping the load and the server, removing the data...\n`);
    stopLoad();
    void cleanup.run().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const data = await createBenchData(opts.databaseUrl);
    cleanup.add(() => data.dispose());
    const port = await freePort();
    const env = serverEnv(data, port);
    const where = data.dialect === 'postgres' ? `PostgreSQL database ${data.databaseName}` : 'SQLite';
    out(`Starting Lentera on 127.0.0.1:${port} (${where}, data in ${data.dataDir})...`);
    const started = Date.now();
    const server = spawnServer(env);
    cleanup.add(() => server.stop());
    await server.ready(READY_TIMEOUT_MS);
    out(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s (migrations and demo data included).`);
    const ctx = createContext({ baseUrl: server.baseUrl, dialect: data.dialect, env, log: out });
    if (opts.serverWarmup > 0) {
      // A freshly started server is slower for its first seconds while V8 compiles the hot paths: without
      // this, whatever runs first (the no-op baseline) is measured cold and every ratio is off.
      out(`Warming the server up for ${opts.serverWarmup} s (no-op and insert, not measured)...`);
      const requests = toWire([...(baselines.noop.requests ?? []), ...(baselines.insert.requests ?? [])]);
      await runLoad({
        baseUrl: server.baseUrl,
        title: 'warm-up',
        requests,
        connections: opts.connections,
        duration: opts.serverWarmup,
      });
    }

    const rows: Measurement[] = [];
    const plan: Array<[Scenario, Measurement['kind'], string]> = [
      [baselines.noop, 'baseline', 'noop'],
      [baselines.insert, 'baseline', 'insert'],
      ...scenarios
        .filter((s) => !opts.only || opts.only.includes(s.name))
        .map((s): [Scenario, Measurement['kind'], string] => [s, 'scenario', s.name]),
      // The baselines again: how much the machine's speed moved while the scenarios ran.
      [baselines.noop, 'baseline', 'noop (end)'],
      [baselines.insert, 'baseline', 'insert (end)'],
    ];
    for (const [scenario, kind, label] of plan) {
      if (interrupted) return 130;
      if (!server.alive()) throw new Error(`The server stopped during the run:\n${tail(server.output(), 30)}`);
      rows.push(await measure(scenario, kind, ctx, opts, label));
    }
    if (interrupted) return 130;
    const reference = finish(rows);

    const host = machine();
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      harness: {
        quick: opts.quick,
        strict: opts.strict,
        only: opts.only,
        durationS: opts.duration,
        connections: opts.connections,
        warmupS: opts.warmup,
        serverWarmupS: opts.serverWarmup,
        autocannon: 'in-process, same machine as the server',
      },
      machine: host,
      git: gitState(),
      database: {
        dialect: data.dialect,
        ...(data.dialect === 'postgres' && opts.databaseUrl
          ? { server: redact(opts.databaseUrl), name: data.databaseName }
          : {}),
      },
      seededScale: ctx.seededScale(),
      baselines: reference,
      scenarios: rows,
    };
    const file = writeResults(startedAt, report);

    const gib = (host.memoryBytes / 1024 ** 3).toFixed(1);
    const overrides = rows.filter((r) => r.connections !== opts.connections).map((r) => `${r.name} ${r.connections}`);
    out();
    out(
      `Lentera bench, ${startedAt.toISOString()}: ${data.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ` +
        `Node ${host.node}, ${host.cpus} × ${host.cpuModel}, ${gib} GiB; ` +
        `${opts.quick ? `--quick (${QUICK_SECONDS} s)` : `${opts.duration} s`} per scenario after ${opts.warmup} s warm-up, ` +
        `${opts.connections} connections${overrides.length ? ` (${overrides.join(', ')})` : ''}.`,
    );
    out();
    out(markdownTable(rows));
    out();
    for (const row of rows.filter((r) => r.kind === 'scenario'))
      out(`- ${row.name}: ${row.description}${row.note ? ` (${row.note})` : ''}`);
    out();
    const drift = (figure: BaselineFigure) =>
      figure.drift === null ? 'n/a' : `${figure.drift >= 0 ? '+' : ''}${(figure.drift * 100).toFixed(0)} %`;
    out(
      "Ratios: the scenario's req/s divided by the mean of the baseline's req/s at the start and at the end of " +
        `this run. Baseline drift (end vs start): no-op ${drift(reference.noop)}, insert ${drift(reference.insert)}.`,
    );
    const moved = [reference.noop.drift, reference.insert.drift].some((d) => d !== null && Math.abs(d) > DRIFT_WARNING);
    if (moved)
      out(
        `The baselines moved by more than ${DRIFT_WARNING * 100} %: the machine was busy, compare these figures with care.`,
      );
    out(`Results: ${file}`);

    const broken = rows.filter((r) => r.status !== 'ok');
    if (broken.length) {
      out(`Not valid measurements: ${broken.map((r) => `${r.name} (${r.problem})`).join('; ')}.`);
      return 1;
    }
    if (targetsMissed(rows)) {
      out(opts.strict ? 'Targets missed (--strict): failing.' : 'Targets missed (run with --strict to fail on this).');
      if (opts.strict) return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await cleanup.run();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
