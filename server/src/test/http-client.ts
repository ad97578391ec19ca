import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A browser-like client over app.inject: keeps cookies, fetches and sends the CSRF token. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  csrf: string | null = null;
  /** Send the CSRF header on unsafe requests (tests of the CSRF check turn it off). */
  sendCsrf = true;
  headers: Record<string, string> = {};

  constructor(private readonly app: FastifyInstance) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && this.sendCsrf && this.csrf === null) await this.refreshSession();
    const headers: Record<string, string> = { ...this.headers, ...extraHeaders };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (method !== 'GET' && this.sendCsrf && this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as object }),
    });
    for (const c of response.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  async refreshSession() {
    const response = await this.request('GET', '/api/auth/session');
    this.csrf = response.json().csrfToken;
    return response.json();
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  put(url: string, body?: unknown) {
    return this.request('PUT', url, body ?? {});
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  /** Logs in and picks up the new CSRF token (it changes at login). */
  async login(login: string, password: string): Promise<LightMyRequestResponse> {
    await this.refreshSession();
    const response = await this.post('/api/auth/login', { login, password });
    await this.refreshSession();
    return response;
  }
}
