import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** The cookie header and CSRF token of a fresh anonymous visitor (what a browser has before logging in). */
export async function anonymousVisitor(app: FastifyInstance): Promise<{ cookie: string; csrf: string }> {
  const response = await app.inject({ method: 'GET', url: '/api/auth/session' });
  const cookie = (response.cookies as Array<{ name: string; value: string }>)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  return { cookie, csrf: response.json().csrfToken };
}

/** A login attempt from a given network address (the throttle counts per account and per address). */
export async function loginFrom(
  app: FastifyInstance,
  ip: string,
  login: string,
  password: string,
): Promise<LightMyRequestResponse> {
  const visitor = await anonymousVisitor(app);
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: { cookie: visitor.cookie, 'x-csrf-token': visitor.csrf },
    payload: { login, password },
  });
}

/** The value a Set-Cookie header gives the named cookie, with its raw attributes. */
export function setCookie(response: LightMyRequestResponse, name: string): { value: string; raw: string } | null {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [String(header)] : [];
  const raw = all.find((c) => c.startsWith(`${name}=`));
  if (!raw) return null;
  return { value: raw.slice(name.length + 1).split(';')[0] ?? '', raw };
}

/** Asserts the one error shape and returns the error, for `expect(...).toMatchObject`. */
export function errorOf(response: LightMyRequestResponse): { code: string; message: string; details?: unknown } {
  const body = response.json() as { error?: { code: string; message: string; details?: unknown } };
  if (!body.error || typeof body.error.code !== 'string' || typeof body.error.message !== 'string')
    throw new Error(`not the error shape (${response.statusCode}): ${response.body}`);
  const extra = Object.keys(body).filter((k) => k !== 'error');
  const extraInError = Object.keys(body.error).filter((k) => !['code', 'message', 'details'].includes(k));
  if (extra.length || extraInError.length)
    throw new Error(`unexpected keys in the error shape: ${[...extra, ...extraInError].join(', ')}`);
  return body.error;
}
