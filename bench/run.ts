/**
 * `npm run bench`: starts Lentera on a fresh data folder (SQLite, or a new PostgreSQL database with
 * BENCH_DATABASE_URL), measures the two baselines and then every registered scenario with autocannon,
 * times every registered task, prints two markdown tables and writes bench/results/<timestamp>.json.
 * See bench/README.md.
 */
import { LOCAL_POSTGRES, type Options, options, QUICK_SECONDS, USAGE, UsageError } from './lib/cli';
import { createContext } from './lib/context';
import { probe, REQUEST_TIMEOUT_S, runLoad, settle, stopLoad, toWire } from './lib/load';
import {
  type BaselineFigure,
  finish,
  fromOutcome,
  fromResult,
  gitState,
  type Measurement,
  machine,
  markdownTable,
  sideBySideTable,
  type TaskMeasurement,
  targetsMissed,
  taskTable,
  taskTargetsMissed,
  writeResults,
} from './lib/report';
import { createBenchData, freePort, redact, serverEnv, spawnServer, tail } from './lib/server';
import type { BenchContext, Scenario, Task } from './lib/types';
import { baselines, scenarios } from './scenarios/index';
import { tasks } from './tasks/index';

// PostgreSQL fills the demo data of five cities in about two minutes on a quiet machine; a busy one takes longer.
const READY_TIMEOUT_MS = 600_000;
const DRIFT_WARNING = 0.25;

const out = (line = '') => process.stdout.write(`${line}\n`);

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
    row.probeMs = await probe(ctx.baseUrl, wire);
    const slowest = Math.max(...row.probeMs);
    if (slowest > 1000) out(`  one request alone took up to ${(slowest / 1000).toFixed(1)} s`);
    // Far too slow to load: the connections' requests would queue past autocannon's timeout, the row would
    // count no answer, and the server would spend minutes on the leftovers. Say so instead.
    if (slowest * connections > REQUEST_TIMEOUT_S * 1000)
      throw new Error(
        `one request alone took ${(slowest / 1000).toFixed(1)} s: ${connections} connections would queue past ` +
          `the ${REQUEST_TIMEOUT_S} s timeout, so it was not loaded`,
      );
    const load = { baseUrl: ctx.baseUrl, title: scenario.name, requests: wire, connections };
    let settled = 0;
    if (opts.warmup > 0) {
      await runLoad({ ...load, duration: opts.warmup });
      settled += await settle(ctx.baseUrl);
    }
    if (interrupted) throw new Error('interrupted');
    try {
      const { result, latency } = await runLoad({ ...load, duration: durationS });
      fromResult(row, result, latency);
      if (row.status !== 'ok' && slowest > 1000)
        row.problem += ` (one request alone took ${(slowest / 1000).toFixed(1)} s)`;
    } finally {
      settled += await settle(ctx.baseUrl);
      row.settleS = Math.round(settled) / 1000;
      if (settled > 1000)
        out(`  the server needed ${row.settleS.toFixed(1)} s to finish the requests still in flight after the load`);
    }
  } catch (error) {
    row.status = 'failed';
    row.problem = problemOf(error);
  }
  if (row.status !== 'ok') out(`  ${row.status === 'failed' ? 'NOT MEASURED' : 'INVALID'}: ${row.problem}`);
  return row;
}

/** The first line of an error, with its cause when fetch() hides it behind "fetch failed". */
function problemOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${message.split('\n')[0]}${cause}`;
}

/** A task: done once and timed by its own code; never throws (a failure is a row saying why). */
async function runTask(task: Task, ctx: BenchContext): Promise<TaskMeasurement> {
  const row: TaskMeasurement = { name: task.name, description: task.description, status: 'failed' };
  if (task.targetSeconds !== undefined) row.targetSeconds = task.targetSeconds;
  if (task.targetKilobytes !== undefined) row.targetKilobytes = task.targetKilobytes;
  const target =
    task.targetKilobytes !== undefined
      ? `, target ≤ ${task.targetKilobytes} KB`
      : task.targetSeconds !== undefined
        ? `, target ≤ ${task.targetSeconds} s`
        : '';
  out(`- ${task.name} (task${target})`);
  try {
    fromOutcome(row, await task.run(ctx));
  } catch (error) {
    row.status = 'failed';
    row.problem = problemOf(error);
  }
  if (row.status === 'ok')
    out(
      `  ${row.kilobytes === undefined ? `${row.seconds?.toFixed(2)} s` : `${row.kilobytes.toFixed(1)} KB`}: ${row.details}`,
    );
  else out(`  ${row.status === 'failed' ? 'NOT MEASURED' : 'INVALID'}: ${row.problem}`);
  return row;
}

/** What one run (one database) measured, for `--both`'s side-by-side table. */
interface RunOutcome {
  code: number;
  dialect: 'sqlite' | 'postgres';
  rows: Measurement[];
}

let active: Cleanup | null = null;

async function main(): Promise<number> {
  const opts = options();
  if (opts.help) {
    out(USAGE);
    return 0;
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping the load and the server, removing the data...\n`);
    stopLoad();
    void (active?.run() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (!opts.both) return (await runOn(opts, opts.databaseUrl)).code;

  const sqlite = await runOn(opts, undefined);
  if (interrupted) return 130;
  out();
  const postgres = await runOn(opts, opts.databaseUrl ?? LOCAL_POSTGRES);
  if (interrupted) return 130;
  out();
  out('Both databases, each scenario against the baselines of its own run:');
  out();
  out(sideBySideTable(sqlite.rows, postgres.rows));
  return Math.max(sqlite.code, postgres.code);
}

/** One installation on one database: start, measure, report, clean up. */
async function runOn(opts: Options, databaseUrl: string | undefined): Promise<RunOutcome> {
  const startedAt = new Date();
  const cleanup = new Cleanup();
  active = cleanup;
  let dialect: RunOutcome['dialect'] = databaseUrl ? 'postgres' : 'sqlite';
  let rows: Measurement[] = [];
  const result = (code: number): RunOutcome => ({ code, dialect, rows });

  try {
    const data = await createBenchData(databaseUrl);
    dialect = data.dialect;
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

    rows = [];
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
      if (interrupted) return result(130);
      if (!server.alive()) throw new Error(`The server stopped during the run:\n${tail(server.output(), 30)}`);
      rows.push(await measure(scenario, kind, ctx, opts, label));
    }
    // Tasks last, after the closing baselines: their bulk writes would otherwise weigh on the drift figure.
    const taskRows: TaskMeasurement[] = [];
    for (const task of tasks.filter((t) => !opts.only || opts.only.includes(t.name))) {
      if (interrupted) return result(130);
      if (!server.alive()) throw new Error(`The server stopped during the run:\n${tail(server.output(), 30)}`);
      taskRows.push(await runTask(task, ctx));
    }
    if (interrupted) return result(130);
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
        ...(data.dialect === 'postgres' && databaseUrl ? { server: redact(databaseUrl), name: data.databaseName } : {}),
      },
      seeded: ctx.seeded(),
      baselines: reference,
      scenarios: rows,
      tasks: taskRows,
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
    for (const row of rows.filter((r) => r.kind === 'scenario')) {
      const alone = row.probeMs?.length ? `one request alone: ${Math.max(...row.probeMs).toFixed(1)} ms` : '';
      const notes = [row.note, alone].filter(Boolean).join('; ');
      out(`- ${row.name}: ${row.description}${notes ? ` (${notes})` : ''}`);
    }
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
    if (taskRows.length) {
      out();
      out(taskTable(taskRows));
      out();
      for (const row of taskRows) out(`- ${row.name}: ${row.description}`);
    }
    out();
    out(`Results: ${file}`);

    const broken = [...rows, ...taskRows].filter((r) => r.status !== 'ok');
    if (broken.length) {
      out(`Not valid measurements: ${broken.map((r) => `${r.name} (${r.problem})`).join('; ')}.`);
      return result(1);
    }
    if (targetsMissed(rows) || taskTargetsMissed(taskRows)) {
      out(opts.strict ? 'Targets missed (--strict): failing.' : 'Targets missed (run with --strict to fail on this).');
      if (opts.strict) return result(1);
    }
    return result(0);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return result(1);
  } finally {
    await cleanup.run();
    active = null;
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
