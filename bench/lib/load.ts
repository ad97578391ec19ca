import autocannon from 'autocannon';
import type { BenchRequest, HttpMethod } from './types';

export interface WireRequest {
  method: HttpMethod;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The next send's path and body, for a request that varies per send (`BenchRequest.each`). */
  next?: () => { path: string; body: string | undefined };
}

const serialise = (body: unknown): string | undefined =>
  typeof body === 'string' || body === undefined ? body : JSON.stringify(body);

/** Resolves a scenario's requests: the setup's headers merged in, bodies serialised. */
export function toWire(requests: BenchRequest[], common: Record<string, string> = {}): WireRequest[] {
  return requests.map((request) => {
    if (!request.path.startsWith('/')) throw new Error(`request path must start with "/" (got "${request.path}")`);
    const headers: Record<string, string> = { ...common, ...request.headers };
    let body: string | undefined;
    if (typeof request.body === 'string') body = request.body;
    else if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
        headers['content-type'] = 'application/json';
    }
    const wire: WireRequest = { method: request.method ?? 'GET', path: request.path, headers, body };
    const each = request.each;
    if (each) {
      let n = 0;
      wire.next = () => {
        const sent = each(n++);
        return { path: sent.path, body: serialise(sent.body) };
      };
    }
    return wire;
  });
}

/**
 * Sends each request once, the way the load will; throws on a non-2xx answer so a broken scenario is not
 * timed. Returns how long each took, alone on an idle server (milliseconds).
 */
export async function probe(baseUrl: string, requests: WireRequest[]): Promise<number[]> {
  const times: number[] = [];
  for (const request of requests) {
    const sent = request.next?.() ?? request;
    const init: RequestInit = { method: request.method, headers: request.headers, signal: AbortSignal.timeout(60_000) };
    if (sent.body !== undefined) init.body = sent.body;
    const started = performance.now();
    const response = await fetch(`${baseUrl}${sent.path}`, init);
    const text = await response.text();
    times.push(Math.round((performance.now() - started) * 10) / 10);
    if (response.status < 200 || response.status > 299)
      throw new Error(`${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 200)}`);
  }
  return times;
}

/**
 * Waits until the server is idle again and returns how long that took (milliseconds). When a load stops, the
 * requests it had in flight are still being worked on; a slow scenario can leave seconds (or minutes) of work
 * behind, which would otherwise be charged to whatever runs next. A single no-op answer is not enough: the
 * event loop serves it between two steps of the requests left over. Idle means QUIET_ANSWERS no-ops in a row,
 * POLL_MS apart, each answered within FAST_MS, so that no step of leftover work ran in that second.
 */
export async function settle(baseUrl: string, timeoutMs = 600_000): Promise<number> {
  const QUIET_ANSWERS = 10;
  const POLL_MS = 50;
  const FAST_MS = 50;
  const started = performance.now();
  let quiet = 0;
  while (quiet < QUIET_ANSWERS) {
    const left = timeoutMs - (performance.now() - started);
    if (left <= 0) throw new Error(`the server was still busy ${timeoutMs / 1000} s after the load stopped`);
    const at = performance.now();
    try {
      const response = await fetch(`${baseUrl}/api/bench/noop`, { signal: AbortSignal.timeout(Math.ceil(left)) });
      await response.arrayBuffer();
      quiet = response.ok && performance.now() - at <= FAST_MS ? quiet + 1 : 0;
    } catch {
      // A kept-alive connection the busy server closed meanwhile, or the time ran out: not quiet, try again.
      quiet = 0;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  // The quiet second itself is not time the server needed.
  return Math.max(0, performance.now() - started - QUIET_ANSWERS * POLL_MS);
}

/** autocannon counts a request unanswered after this many seconds as a timeout (an error: the row is invalid). */
export const REQUEST_TIMEOUT_S = 10;

const running = new Set<autocannon.Instance>();

/** Stops the loads that are running, if any (Ctrl-C). */
export function stopLoad(): void {
  for (const instance of running) instance.stop();
}

/** Latency percentiles in milliseconds, from every response's own timing (autocannon's histogram keeps whole ms). */
export interface Latency {
  samples: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

function summarise(samples: Float64Array): Latency {
  const sorted = samples.slice().sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  let sum = 0;
  for (const v of sorted) sum += v;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    samples: sorted.length,
    mean: round(sorted.length ? sum / sorted.length : 0),
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    p999: round(at(0.999)),
    max: round(sorted.at(-1) ?? 0),
  };
}

/** Every response's time, in milliseconds, growing as they come. */
class Samples {
  values = new Float64Array(65_536);
  count = 0;
  add(ms: number) {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = ms;
  }
  latency(): Latency {
    return summarise(this.values.subarray(0, this.count));
  }
}

interface LoadOptions {
  baseUrl: string;
  title: string;
  requests: WireRequest[];
  connections: number;
  duration: number;
}

/** The next path and body of a varying request, as autocannon's `setupRequest` takes them. */
function sentBy(request: WireRequest): { path: string; body?: string } {
  const sent = (request.next as NonNullable<WireRequest['next']>)();
  return sent.body === undefined ? { path: sent.path } : { path: sent.path, body: sent.body };
}

function cannon(options: LoadOptions, samples: Samples): Promise<autocannon.Result> {
  const target = new URL(options.baseUrl);
  if (target.hostname !== '127.0.0.1') throw new Error(`bench targets only 127.0.0.1 (got ${target.hostname})`);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        title: options.title,
        connections: options.connections,
        duration: options.duration,
        timeout: REQUEST_TIMEOUT_S,
        requests: options.requests.map((r) => ({
          method: r.method,
          path: r.path,
          headers: r.headers,
          ...(r.body === undefined ? {} : { body: r.body }),
          ...(r.next ? { setupRequest: (request: autocannon.Request) => ({ ...request, ...sentBy(r) }) } : {}),
        })),
      },
      (error: unknown, result: autocannon.Result) => {
        running.delete(instance);
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(result);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.add(responseTime));
    running.add(instance);
  });
}

/** One autocannon run in this process; `duration` in seconds. */
export async function runLoad(options: LoadOptions): Promise<{ result: autocannon.Result; latency: Latency }> {
  const samples = new Samples();
  const result = await cannon(options, samples);
  return { result, latency: samples.latency() };
}

/** What a load spread over several nodes gave, as one: req/s summed, latency over every response. */
export interface SpreadResult {
  reqPerSec: number;
  requests: number;
  non2xx: number;
  errors: number;
  perNode: number[];
  latency: Latency;
}

/**
 * The same load on several nodes at once, its connections split between them (one autocannon per node, in this
 * process): what a load balancer in front of them would see.
 */
export async function runLoadOver(
  baseUrls: readonly string[],
  options: Omit<LoadOptions, 'baseUrl'>,
): Promise<SpreadResult> {
  const samples = new Samples();
  const share = (i: number) =>
    Math.floor(options.connections / baseUrls.length) + (i < options.connections % baseUrls.length ? 1 : 0);
  const results = await Promise.all(
    baseUrls.map((baseUrl, i) => cannon({ ...options, baseUrl, connections: share(i) }, samples)),
  );
  const perNode = results.map((r) => r.requests.average);
  return {
    reqPerSec: perNode.reduce((sum, n) => sum + n, 0),
    requests: results.reduce((sum, r) => sum + r.requests.total, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    perNode,
    latency: samples.latency(),
  };
}
