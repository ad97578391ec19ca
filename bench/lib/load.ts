import autocannon from 'autocannon';
import type { BenchRequest, HttpMethod } from './types';

export interface WireRequest {
  method: HttpMethod;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

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
    return { method: request.method ?? 'GET', path: request.path, headers, body };
  });
}

/** Sends each request once, the way the load will; throws on a non-2xx answer so a broken scenario is not timed. */
export async function probe(baseUrl: string, requests: WireRequest[]): Promise<void> {
  for (const request of requests) {
    const init: RequestInit = { method: request.method, headers: request.headers, signal: AbortSignal.timeout(30_000) };
    if (request.body !== undefined) init.body = request.body;
    const response = await fetch(`${baseUrl}${request.path}`, init);
    const text = await response.text();
    if (response.status < 200 || response.status > 299)
      throw new Error(`${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 200)}`);
  }
}

let current: autocannon.Instance | null = null;

/** Stops the load that is running, if any (Ctrl-C). */
export function stopLoad(): void {
  current?.stop();
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

/** One autocannon run in this process; `duration` in seconds. */
export function runLoad(options: {
  baseUrl: string;
  title: string;
  requests: WireRequest[];
  connections: number;
  duration: number;
}): Promise<{ result: autocannon.Result; latency: Latency }> {
  const target = new URL(options.baseUrl);
  if (target.hostname !== '127.0.0.1') throw new Error(`bench targets only 127.0.0.1 (got ${target.hostname})`);
  let samples = new Float64Array(65_536);
  let count = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        title: options.title,
        connections: options.connections,
        duration: options.duration,
        timeout: 10,
        requests: options.requests.map((r) => ({
          method: r.method,
          path: r.path,
          headers: r.headers,
          ...(r.body === undefined ? {} : { body: r.body }),
        })),
      },
      (error: unknown, result: autocannon.Result) => {
        current = null;
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ result, latency: summarise(samples.subarray(0, count)) });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (count === samples.length) {
        const grown = new Float64Array(samples.length * 2);
        grown.set(samples);
        samples = grown;
      }
      samples[count++] = responseTime;
    });
    current = instance;
  });
}
