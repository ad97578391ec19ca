import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import type { Latency } from './load';
import { ROOT } from './server';
import type { Targets, TaskOutcome } from './types';

export type Status = 'ok' | 'invalid' | 'failed';

export interface Check {
  target: keyof Targets;
  limit: number;
  actual: number | null;
  pass: boolean;
}

/** One row of the report: a baseline or a scenario, measured or not. */
export interface Measurement {
  name: string;
  kind: 'baseline' | 'scenario';
  /** For baseline rows: which baseline (measured at the start and again at the end of the run). */
  baseline?: 'noop' | 'insert';
  description: string;
  connections: number;
  durationS: number;
  warmupS: number;
  /** Method, path and header names (never their values: cookies and tokens stay out of the file). */
  requests: Array<{ method: string; path: string; headerNames: string[]; bodyBytes: number }>;
  note?: string;
  /** Each request sent once, alone, before the load (milliseconds): what one client waits on an idle server. */
  probeMs?: number[];
  /** Seconds the server needed after the load (and after the warm-up) to finish the requests still in flight. */
  settleS?: number;
  status: Status;
  /** Why the row is not a valid measurement. */
  problem?: string;
  /** autocannon's mean of its per-second request counts. */
  reqPerSec?: number;
  /** Percentiles over every response's latency, in milliseconds. */
  latencyMs?: Latency;
  p50Ms?: number;
  p99Ms?: number;
  non2xx?: number;
  errors?: number;
  timeouts?: number;
  /** Mean bytes received per 2xx response, headers included (compressed when the server compressed). */
  bytesPerResponse?: number;
  /** Responses by status code, e.g. `{ "200": 1234 }`. */
  statusCodes?: Record<string, number>;
  ratioToNoop?: number;
  ratioToInsert?: number;
  targets?: Targets;
  checks?: Check[];
  /** autocannon's own summary of the measured run (the warm-up is not kept). */
  autocannon?: autocannon.Result;
}

/** Fills the figures from autocannon's result and decides whether the run is a valid measurement. */
export function fromResult(row: Measurement, result: autocannon.Result, latency: Latency): void {
  row.autocannon = result;
  row.reqPerSec = result.requests.average;
  row.latencyMs = latency;
  row.p50Ms = latency.p50;
  row.p99Ms = latency.p99;
  row.non2xx = result.non2xx;
  row.bytesPerResponse = result['2xx'] ? Math.round(result.throughput.total / result['2xx']) : 0;
  row.errors = result.errors;
  row.timeouts = result.timeouts;
  row.statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
  );
  const problems: string[] = [];
  if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses`);
  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  if (result.requests.total === 0) problems.push('no response at all');
  row.status = problems.length ? 'invalid' : 'ok';
  if (problems.length) row.problem = problems.join(', ');
}

export interface BaselineFigure {
  /** The req/s the ratios divide by: the mean of the valid measurements at the start and at the end. */
  reqPerSec: number | null;
  start: number | null;
  end: number | null;
  /** end / start - 1: how much the machine's speed moved during the run. */
  drift: number | null;
}

function baselineFigure(rows: Measurement[], name: 'noop' | 'insert'): BaselineFigure {
  const valid = rows.filter((r) => r.baseline === name).map((r) => (r.status === 'ok' ? (r.reqPerSec ?? null) : null));
  const [start = null, end = null] = valid;
  const known = [start, end].filter((v): v is number => v !== null && v > 0);
  return {
    reqPerSec: known.length ? known.reduce((a, b) => a + b, 0) / known.length : null,
    start,
    end,
    drift: start && end ? end / start - 1 : null,
  };
}

/** Ratios to the baselines (only from baselines that measured cleanly), then the targets. */
export function finish(rows: Measurement[]): { noop: BaselineFigure; insert: BaselineFigure } {
  const noop = baselineFigure(rows, 'noop');
  const insert = baselineFigure(rows, 'insert');
  for (const row of rows) {
    if (row.status !== 'ok' || row.reqPerSec === undefined) continue;
    if (noop.reqPerSec) row.ratioToNoop = row.reqPerSec / noop.reqPerSec;
    if (insert.reqPerSec) row.ratioToInsert = row.reqPerSec / insert.reqPerSec;
    if (row.targets) row.checks = check(row, row.targets);
  }
  return { noop, insert };
}

function check(row: Measurement, targets: Targets): Check[] {
  const checks: Check[] = [];
  const max = (target: keyof Targets, actual: number | undefined) => {
    const limit = targets[target];
    if (limit !== undefined)
      checks.push({ target, limit, actual: actual ?? null, pass: actual !== undefined && actual <= limit });
  };
  const min = (target: keyof Targets, actual: number | undefined) => {
    const limit = targets[target];
    if (limit !== undefined)
      checks.push({ target, limit, actual: actual ?? null, pass: actual !== undefined && actual >= limit });
  };
  max('p50Ms', row.p50Ms);
  max('p99Ms', row.p99Ms);
  min('minReqPerSec', row.reqPerSec);
  min('minRatioToNoop', row.ratioToNoop);
  min('minRatioToInsert', row.ratioToInsert);
  return checks;
}

export const targetsMissed = (rows: Measurement[]) => rows.some((r) => r.checks?.some((c) => !c.pass));

const ms = (v: number | undefined) =>
  v === undefined ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
const ratio = (v: number | undefined) => (v === undefined ? 'n/a' : v >= 0.1 ? v.toFixed(2) : v.toPrecision(2));
const rate = (v: number | undefined) => (v === undefined ? '–' : v < 100 ? v.toFixed(1) : v.toFixed(0));

function describeCheck(c: Check): string {
  const actual = c.actual === null ? 'n/a' : c.target.startsWith('minRatio') ? ratio(c.actual) : ms(c.actual);
  switch (c.target) {
    case 'p50Ms':
      return c.pass ? `p50 ≤ ${c.limit} ms` : `p50 ${actual} > ${c.limit} ms`;
    case 'p99Ms':
      return c.pass ? `p99 ≤ ${c.limit} ms` : `p99 ${actual} > ${c.limit} ms`;
    case 'minReqPerSec':
      return c.pass ? `≥ ${c.limit} req/s` : `${actual} < ${c.limit} req/s`;
    case 'minRatioToNoop':
      return c.pass ? `≥ ${c.limit} × no-op` : `${actual} < ${c.limit} × no-op`;
    case 'minRatioToInsert':
      return c.pass ? `≥ ${c.limit} × insert` : `${actual} < ${c.limit} × insert`;
  }
}

function targetCell(row: Measurement): string {
  if (row.status === 'failed') return `NOT MEASURED: ${row.problem ?? ''}`.slice(0, 140);
  if (row.status === 'invalid') return `INVALID: ${row.problem ?? ''}`;
  if (row.kind === 'baseline') return 'baseline';
  if (!row.checks?.length) return '–';
  const failed = row.checks.filter((c) => !c.pass);
  return failed.length
    ? `FAIL: ${failed.map(describeCheck).join('; ')}`
    : `pass: ${row.checks.map(describeCheck).join('; ')}`;
}

function non2xxCell(row: Measurement): string {
  if (row.non2xx === undefined) return '–';
  let cell = String(row.non2xx);
  const codes = Object.entries(row.statusCodes ?? {}).filter(([code]) => !code.startsWith('2'));
  if (codes.length) cell += ` (${codes.map(([code, n]) => `${code}: ${n}`).join(', ')})`;
  if (row.errors) cell += ` + ${row.errors} errors`;
  return cell;
}

/** The markdown table: numbers right-aligned, padded so it also reads well in a terminal. */
export function markdownTable(rows: Measurement[]): string {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'ratio to no-op (req/s)',
    'ratio to insert (req/s)',
    'non-2xx',
    'target',
  ];
  const right = [false, true, true, true, true, true, true, false];
  const cells = rows.map((row) => {
    const measured = row.status !== 'failed';
    return [
      row.status === 'ok' ? row.name : `${row.name} (${row.status})`,
      measured ? rate(row.reqPerSec) : '–',
      measured ? ms(row.p50Ms) : '–',
      measured ? ms(row.p99Ms) : '–',
      ratio(row.ratioToNoop),
      ratio(row.ratioToInsert),
      non2xxCell(row),
      targetCell(row),
    ];
  });
  return alignedTable(header, right, cells);
}

/** One row of the task table: a timed piece of work, done once. */
export interface TaskMeasurement {
  name: string;
  description: string;
  /** 'ok' when timed and every check held; 'invalid' when a check failed; 'failed' when it could not be done. */
  status: Status;
  problem?: string;
  /** Wall-clock seconds of the timed work (what the target is checked against). */
  seconds?: number;
  details?: string;
  phases?: TaskOutcome['phases'];
  data?: TaskOutcome['data'];
  targetSeconds?: number;
  /** A size budget's figure and limit, in kilobytes (1,000 bytes). */
  kilobytes?: number;
  targetKilobytes?: number;
  check?: { limit: number; actual: number; pass: boolean };
}

/** Fills a task row from what its run handed back, and checks the target. */
export function fromOutcome(row: TaskMeasurement, outcome: TaskOutcome): void {
  row.seconds = outcome.seconds;
  row.details = outcome.details;
  if (outcome.phases) row.phases = outcome.phases;
  if (outcome.data) row.data = outcome.data;
  if (!Number.isFinite(outcome.seconds) || outcome.seconds < 0) {
    row.status = 'failed';
    row.problem = `the task reported ${outcome.seconds} seconds`;
    return;
  }
  if (outcome.kilobytes !== undefined) row.kilobytes = outcome.kilobytes;
  row.status = outcome.problem ? 'invalid' : 'ok';
  if (outcome.problem) row.problem = outcome.problem;
  else if (row.targetKilobytes !== undefined && outcome.kilobytes !== undefined)
    row.check = {
      limit: row.targetKilobytes,
      actual: outcome.kilobytes,
      pass: outcome.kilobytes <= row.targetKilobytes,
    };
  else if (row.targetSeconds !== undefined)
    row.check = { limit: row.targetSeconds, actual: outcome.seconds, pass: outcome.seconds <= row.targetSeconds };
}

export const taskTargetsMissed = (rows: TaskMeasurement[]) => rows.some((r) => r.check && !r.check.pass);

const seconds = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));

/** The task's figure: kilobytes for a size budget, else seconds. */
function figureCell(row: TaskMeasurement): string {
  if (row.kilobytes !== undefined) return `${row.kilobytes.toFixed(1)} KB`;
  return row.seconds === undefined ? '–' : `${seconds(row.seconds)} s`;
}

function targetCellOf(row: TaskMeasurement): string {
  if (row.targetKilobytes !== undefined) return `≤ ${row.targetKilobytes} KB`;
  return row.targetSeconds === undefined ? '–' : `≤ ${row.targetSeconds} s`;
}

/** The task table: task | figure (seconds, or kilobytes for a size budget) | target | result | details. */
export function taskTable(rows: TaskMeasurement[]): string {
  const header = ['task', 'figure', 'target', 'result', 'details'];
  const right = [false, true, true, false, false];
  const cells = rows.map((row) => [
    row.status === 'ok' ? row.name : `${row.name} (${row.status})`,
    figureCell(row),
    targetCellOf(row),
    row.status === 'failed'
      ? 'NOT MEASURED'
      : row.status === 'invalid'
        ? 'INVALID'
        : row.check
          ? row.check.pass
            ? 'pass'
            : 'FAIL'
          : '–',
    (row.status === 'ok' ? (row.details ?? '') : `${row.problem ?? ''}${row.details ? `; ${row.details}` : ''}`)
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' '),
  ]);
  return alignedTable(header, right, cells);
}

function alignedTable(header: string[], right: boolean[], cells: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: string[]) =>
    `| ${values.map((v, i) => (right[i] ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

function git(args: string[]): string | null {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

export function machine() {
  const list = cpus();
  return {
    platform: platform(),
    release: release(),
    arch: arch(),
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    freeMemoryBytes: freemem(),
    loadAverage: loadavg(),
    node: process.version,
  };
}

export function gitState() {
  const commit = git(['rev-parse', 'HEAD']);
  return { commit, dirty: commit === null ? null : (git(['status', '--porcelain']) ?? '') !== '' };
}

/** Writes bench/results/<ISO timestamp>.json (colons as dashes, so the name is valid everywhere). */
export function writeResults(startedAt: Date, report: unknown): string {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().replace(/:/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** Scenario by scenario, SQLite's figures beside PostgreSQL's (each run's ratios are to its own baselines). */
export function sideBySideTable(sqlite: Measurement[], postgres: Measurement[]): string {
  const cell = (row: Measurement | undefined) =>
    row && row.status === 'ok'
      ? `${Math.round(row.reqPerSec ?? 0)} | ${row.ratioToInsert == null ? '–' : `${row.ratioToInsert.toFixed(2)} ×`} | ${row.p99Ms?.toFixed(1) ?? '–'}`
      : `${row ? row.status : 'not run'} | – | –`;
  const names = sqlite.filter((r) => r.kind === 'scenario').map((r) => r.name);
  const lines = [
    '| scenario | SQLite req/s | ratio to insert | p99 ms | PostgreSQL req/s | ratio to insert | p99 ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...names.map(
      (name) =>
        `| ${name} | ${cell(sqlite.find((r) => r.name === name))} | ${cell(postgres.find((r) => r.name === name))} |`,
    ),
  ];
  return lines.join('\n');
}
