/** The shapes a scenario file works with (see bench/README.md, "Adding a scenario"). */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface BenchRequest {
  method?: HttpMethod;
  /** Path and query on the bench server, e.g. `/api/t/dumai`. */
  path: string;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON, with `content-type: application/json`. */
  body?: unknown;
  /**
   * For a request that may be sent only once (a one-time link): the path and body of the n-th send (0, 1, 2... over
   * the probe, the warm-up and the measurement), replacing `path` and `body`. `path` is still required: it names the
   * request in errors.
   */
  each?: (n: number) => { path: string; body?: unknown };
}

/** Checked after the run and printed as pass or fail; they fail the process only with `--strict`. */
export interface Targets {
  /** Median latency at most this many milliseconds. */
  p50Ms?: number;
  /** 99th percentile latency at most this many milliseconds. */
  p99Ms?: number;
  /** Mean requests per second at least this. Machine-dependent: prefer the ratios. */
  minReqPerSec?: number;
  /** req/s at least this fraction of the no-op baseline's req/s. */
  minRatioToNoop?: number;
  /** req/s at least this fraction of the raw insert baseline's req/s. */
  minRatioToInsert?: number;
}

/** What `setup` hands back: headers for every request (cookies, CSRF token) and/or the requests themselves. */
export interface Prepared {
  /** Merged into every request's headers (a request's own headers win). */
  headers?: Record<string, string>;
  /** Replaces the scenario's declared `requests`. */
  requests?: BenchRequest[];
  /** One line kept in the results file, e.g. which account logged in. */
  note?: string;
}

export interface Scenario {
  /** Short, kebab-case; the table's first column and the `--only` selector. */
  name: string;
  /** What is measured and why, one or two sentences. */
  description: string;
  /** Concurrent connections (default 10, or BENCH_CONNECTIONS). */
  connections?: number;
  /** Seconds of measurement (default 10, or BENCH_DURATION; `--quick` makes every scenario 3 s). */
  duration?: number;
  /** Runs once before the measurement, against the running server. */
  setup?: (ctx: BenchContext) => Promise<Prepared | undefined>;
  /** Sent in turn by every connection; at least one here or from `setup`. */
  requests?: BenchRequest[];
  targets?: Targets;
}

export interface DemoLogin {
  tenant: string;
  role: string;
  login: string;
  password: string;
}

/** A cookie header and the CSRF token that goes with it. */
export interface Credentials {
  cookie: string;
  csrfToken: string;
  /** `{ cookie, 'x-csrf-token' }`, ready to use as `Prepared.headers`. */
  headers: Record<string, string>;
}

/** What `setup` may use: the running server, the demo accounts, the data generator. */
export interface BenchContext {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  dialect: 'sqlite' | 'postgres';
  /** Prints a progress line under the scenario's or task's heading (setup steps, phases). */
  log(line: string): void;
  /** fetch() against the bench server; `path` starts with `/`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The demo account of this tenant and role (from `lentera demo-logins --json`). */
  demoLogin(tenant: string, role: string): Promise<DemoLogin>;
  /** An anonymous visitor: the `lentera_anon` cookie and its CSRF token (what a login form posts with). */
  anonymous(): Promise<Credentials>;
  /** Logs in and returns the session cookie and the session's CSRF token. */
  login(login: string, password: string): Promise<Credentials>;
  /**
   * `lentera seed --scale N` (N employees in every demo city), or with `tenant` `lentera seed --tenant SLUG
   * --scale N` (that city only). Runs once per larger N; scales only grow within a run.
   */
  seed(scale: number, options?: { tenant?: string }): Promise<void>;
}

/** What a task's `run` hands back. */
export interface TaskOutcome {
  /** The figure the target is checked against: wall-clock seconds of the timed work. */
  seconds: number;
  /** One line for the table: what the seconds are made of, what was checked. */
  details: string;
  /** Named timings in seconds (e.g. `dryRun`, `apply`), kept in the results file. */
  phases?: Record<string, number>;
  /** Anything else worth keeping in the results file (counts, summaries). */
  data?: Record<string, unknown>;
  /** Set when the work finished but a check failed (the row is then INVALID, its figures kept). */
  problem?: string;
  /** A size budget's figure, in kilobytes (1,000 bytes): checked against the task's `targetKilobytes`. */
  kilobytes?: number;
}

/**
 * One timed piece of work, not a load: a bulk import, a report, a rebuild. Measured once, by wall clock,
 * after the scenarios (see bench/README.md, "Adding a task").
 */
export interface Task {
  /** Short, kebab-case; the table's first column and an `--only` selector like a scenario's. */
  name: string;
  /** What is timed and how, one or two sentences. */
  description: string;
  /** Seconds the work should take at most; checked like a scenario's targets. */
  targetSeconds?: number;
  /** For a size budget: the kilobytes its figure (`kilobytes` in the outcome) may reach at most. */
  targetKilobytes?: number;
  /** Does the work against the running server and times it; throws when it cannot be done at all. */
  run(ctx: BenchContext): Promise<TaskOutcome>;
}
