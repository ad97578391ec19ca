import type { SessionResponse } from '@lentera/common';
import { queryOptions } from '@tanstack/react-query';
import { i18n } from './i18n';

/** One `{ path, message }` entry of a validation error's details, shown beside the form field it names. */
export interface FieldError {
  path: string;
  message: string;
}

/** An error answered by the API (`{ error: { code, message, details } }`) or a failure to reach it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The details as field errors, when the server sent a list of `{ path, message }`. */
  get fieldErrors(): FieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((item: unknown) => {
      if (!item || typeof item !== 'object') return [];
      const { path, message } = item as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') return [];
      const joined = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
      return [{ path: joined, message }];
    });
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
  /** Headers of the request beside the usual ones (a kiosk's `x-kiosk-secret`). */
  headers?: Record<string, string>;
}

export const SESSION_QUERY_KEY = ['session'] as const;

export const sessionQuery = queryOptions({
  queryKey: SESSION_QUERY_KEY,
  queryFn: ({ signal }) => api<SessionResponse>('/api/auth/session', { signal }),
  staleTime: 5 * 60_000,
  retry: 1,
});

/**
 * Where the CSRF token comes from: the session query's cached answer. Set by main.tsx so that this module
 * does not import the query client (which imports this module).
 */
let readCsrfToken: () => Promise<string | undefined> = async () => undefined;
let refreshSession: () => Promise<void> = async () => undefined;

export function configureSession(options: {
  csrfToken: () => Promise<string | undefined>;
  refresh: () => Promise<void>;
}): void {
  readCsrfToken = options.csrfToken;
  refreshSession = options.refresh;
}

export function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send<T>(path: string, options: RequestOptions): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': i18n.language,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = await readCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json().catch(() => null) : null;

  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string') {
    const message = typeof error.message === 'string' ? error.message : i18n.t('errors.unexpected');
    throw new ApiError(response.status, error.code, message, error.details);
  }
  throw new ApiError(response.status, `http_${response.status}`, i18n.t('errors.http', { status: response.status }));
}

/** Calls the API with JSON in and out; throws {@link ApiError} for any answer that is not 2xx. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  try {
    return await send<T>(path, options);
  } catch (error) {
    // The CSRF token rotates at login; a page left open across a login elsewhere holds a stale one. Fetch the
    // session again and retry once instead of showing a "reload the page" message.
    if ((options.method ?? 'GET') !== 'GET' && isApiError(error, 'csrf_invalid')) {
      await refreshSession();
      return send<T>(path, options);
    }
    throw error;
  }
}
