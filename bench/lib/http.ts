import type { BenchContext } from './types';

/** `ctx.fetch` for JSON answers: the parsed body, or an error naming the request, the status and the body. */
export async function fetchJson<T>(ctx: BenchContext, path: string, init?: RequestInit): Promise<T> {
  const response = await ctx.fetch(path, init);
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${init?.method ?? 'GET'} ${path} answered ${response.status} with no JSON: ${text.slice(0, 200)}`);
  }
}
