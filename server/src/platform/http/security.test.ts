import { GRANTABLE_ROLES } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { RouteInfo } from '../../app';
import { buildAccount, buildTenant, type TestAccount } from '../../test/factories';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import type { HttpClient } from '../../test/http-client';
import { recordFixture, recordFixtures } from '../../test/record-fixtures';
import { anonymousVisitor, errorOf } from '../../test/requests';
import { uuidv7 } from '../ids';
import type { TenantRecord } from '../tenancy/repository';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The routes every deployment must protect; the generated lists must contain them. */
const KNOWN_PRIVATE_ROUTES = [
  'GET /api/t/:slug/admin/roles',
  'POST /api/t/:slug/admin/roles',
  'DELETE /api/t/:slug/admin/roles/:id',
  'GET /api/t/:slug/admin/holidays',
  'POST /api/t/:slug/admin/holidays',
  'DELETE /api/t/:slug/admin/holidays/:id',
  'GET /api/t/:slug/admin/audit',
  'GET /api/t/:slug/admin/audit/verify',
  'GET /api/admin/tenants',
  'POST /api/admin/tenants',
  'PATCH /api/admin/tenants/:slug',
  'POST /api/auth/logout-all',
  'PUT /api/auth/locale',
];

const label = (r: RouteInfo) => `${r.method} ${r.url}`;
const isPublic = (r: RouteInfo) => r.config.public === true;
/** API documentation pages of @fastify/swagger-ui: the request pipeline serves them without a session. */
const isApiDocs = (r: RouteInfo) => r.url === '/api/docs' || r.url.startsWith('/api/docs/');
const isPrivateApi = (r: RouteInfo) => r.url.startsWith('/api/') && !isPublic(r) && !isApiDocs(r);
/** Files of the built web app, registered one route each by @fastify/static (which names the file in the config). */
const isWebFile = (r: RouteInfo) =>
  r.method === 'GET' && !r.url.startsWith('/api/') && typeof r.config.file === 'string' && 'rootPath' in r.config;

/** A concrete path: the tenant's slug for `:slug`, a fresh id for any other parameter. */
function pathOf(route: RouteInfo, slug: string, id: string = uuidv7()): string {
  return route.url
    .replace(/:slug\b/g, slug)
    .replace(/:\w+/g, id)
    .replace(/\*$/, 'x');
}

/** A body for unsafe methods that reaches the checks under test (DELETE takes none). */
function bodyFor(method: string, body: unknown = {}): unknown {
  return method === 'DELETE' ? undefined : body;
}

describeEachDialect('security, generated from the route table', (env: TestEnv) => {
  let tenantA: TenantRecord;
  let tenantB: TenantRecord;
  let adminA: TestAccount;
  let adminB: TestAccount;
  let asAdminA: HttpClient;
  let asAdminB: HttpClient;
  let asSystemAdmin: HttpClient;

  beforeAll(async () => {
    tenantA = await buildTenant(env.services);
    tenantB = await buildTenant(env.services);
    // Every grantable role, so that a refusal can only come from the record's tenant, never from a missing role.
    adminA = await buildAccount(env.services, { roles: GRANTABLE_ROLES.map((role) => ({ tenant: tenantA, role })) });
    adminB = await buildAccount(env.services, { roles: GRANTABLE_ROLES.map((role) => ({ tenant: tenantB, role })) });
    const systemAdmin = await buildAccount(env.services, { systemAdmin: true });
    asAdminA = env.client();
    asAdminB = env.client();
    asSystemAdmin = env.client();
    expect((await asAdminA.login(adminA.email, adminA.password)).statusCode).toBe(200);
    expect((await asAdminB.login(adminB.email, adminB.password)).statusCode).toBe(200);
    expect((await asSystemAdmin.login(systemAdmin.email, systemAdmin.password)).statusCode).toBe(200);
  });

  const routes = () => env.app.routeTable;

  it('gives every route a coverage category, and the lists hold the known private routes', () => {
    const uncovered = routes()
      .filter((r) => !isPublic(r) && !isPrivateApi(r) && !isApiDocs(r) && !isWebFile(r))
      .map(label);
    expect(
      uncovered,
      'private routes outside /api/ are not checked for a session: mark them public or move them',
    ).toEqual([]);
    const privateApi = routes().filter(isPrivateApi).map(label);
    expect(privateApi.length).toBeGreaterThanOrEqual(KNOWN_PRIVATE_ROUTES.length);
    expect(privateApi).toEqual(expect.arrayContaining(KNOWN_PRIVATE_ROUTES));
    const unsafe = routes().filter((r) => UNSAFE.has(r.method));
    expect(unsafe.map(label)).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'POST /api/t/:slug/admin/roles']),
    );
    // A private route that takes a record id must say how to make another tenant's record for the 404 test.
    const idWithoutFixture = routes()
      .filter((r) => isPrivateApi(r) && /:id\b/.test(r.url) && !r.config.recordFixture)
      .map(label);
    expect(idWithoutFixture, 'add config.recordFixture to these routes').toEqual([]);
    expect(routes().filter((r) => r.config.recordFixture).length).toBeGreaterThanOrEqual(2);
  });

  it('answers 401 unauthenticated on every private API route without a session', async () => {
    const visitor = await anonymousVisitor(env.app);
    const wrong: string[] = [];
    for (const route of routes().filter(isPrivateApi)) {
      const unsafe = UNSAFE.has(route.method);
      const response = await env.app.inject({
        method: route.method as Method,
        url: pathOf(route, tenantA.slug),
        headers: unsafe ? { cookie: visitor.cookie, 'x-csrf-token': visitor.csrf } : {},
        ...(unsafe && route.method !== 'DELETE' ? { payload: {} } : {}),
      });
      const code = String(response.headers['content-type']).includes('json') ? response.json()?.error?.code : undefined;
      if (response.statusCode !== 401 || code !== 'unauthenticated')
        wrong.push(`${label(route)} -> ${response.statusCode} ${code ?? response.body.slice(0, 80)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 404 for another tenant's record on every route that takes one, and changes nothing", async () => {
    const wrong: string[] = [];
    const withFixture = routes().filter((r) => r.config.recordFixture !== undefined);
    expect(withFixture.length).toBeGreaterThan(0);
    const missing = [...new Set(withFixture.map((r) => String(r.config.recordFixture)))].filter(
      (name) => !(name in recordFixtures),
    );
    expect(missing, 'routes name these record fixtures; add them to server/src/test/record-fixtures.ts').toEqual([]);
    for (const route of withFixture) {
      const make = recordFixture(route.config.recordFixture);
      const record = await make(env.services, tenantB);
      const before = await record.snapshot();
      expect(before, `the ${String(route.config.recordFixture)} fixture made no record`).toBeTruthy();
      const method = route.method as Method;

      // Tenant A's admin, on tenant A's path, with the id of tenant B's record.
      const own = await asAdminA.request(
        method,
        pathOf(route, tenantA.slug, record.id),
        bodyFor(method, record.bodyFor?.(route) ?? {}),
      );
      if (own.statusCode !== 404) wrong.push(`${label(route)} on own tenant -> ${own.statusCode}`);
      else if (errorOf(own).code === 'tenant_not_found') wrong.push(`${label(route)} -> 404 for the wrong reason`);

      // The same admin on tenant B's path: never allowed.
      const other = await asAdminA.request(
        method,
        pathOf(route, tenantB.slug, record.id),
        bodyFor(method, record.bodyFor?.(route) ?? {}),
      );
      if (other.statusCode !== 403 && other.statusCode !== 404)
        wrong.push(`${label(route)} on the other tenant -> ${other.statusCode}`);
      expect(await record.snapshot(), `${label(route)} changed another tenant's record`).toEqual(before);

      // The control: tenant B's own admin reaches the record on that path.
      const control = await asAdminB.request(
        method,
        pathOf(route, tenantB.slug, record.id),
        bodyFor(method, record.bodyFor?.(route) ?? {}),
      );
      if (control.statusCode < 200 || control.statusCode > 299)
        wrong.push(`${label(route)} control by the record's own admin -> ${control.statusCode} ${control.body}`);
    }
    expect(wrong).toEqual([]);
  });

  it('fails loudly when a route names a record fixture nobody wrote', () => {
    expect(() => recordFixture('noSuchRecord')).toThrow(/noSuchRecord.*record-fixtures\.ts/);
  });

  it('refuses every unsafe route without the x-csrf-token header, even with a valid session', async () => {
    const wrong: string[] = [];
    const unsafeRoutes = routes().filter((r) => UNSAFE.has(r.method) && r.config.csrf !== false);
    expect(unsafeRoutes.length).toBeGreaterThan(5);
    asAdminA.sendCsrf = false;
    try {
      for (const route of unsafeRoutes) {
        const method = route.method as Method;
        const response = await asAdminA.request(method, pathOf(route, tenantA.slug), bodyFor(method));
        const code = response.json()?.error?.code;
        if (response.statusCode !== 403 || code !== 'csrf_invalid')
          wrong.push(`${label(route)} -> ${response.statusCode} ${code}`);
      }
    } finally {
      asAdminA.sendCsrf = true;
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every unsafe route with the CSRF token of another session', async () => {
    const wrong: string[] = [];
    const theirs = asAdminB.csrf;
    expect(theirs).toBeTruthy();
    expect(theirs).not.toBe(asAdminA.csrf);
    asAdminA.sendCsrf = false;
    try {
      for (const route of routes().filter((r) => UNSAFE.has(r.method) && r.config.csrf !== false)) {
        const method = route.method as Method;
        const response = await asAdminA.request(method, pathOf(route, tenantA.slug), bodyFor(method), {
          'x-csrf-token': theirs!,
        });
        if (response.statusCode !== 403 || response.json()?.error?.code !== 'csrf_invalid')
          wrong.push(`${label(route)} -> ${response.statusCode}`);
      }
    } finally {
      asAdminA.sendCsrf = true;
    }
    expect(wrong).toEqual([]);
    // And the right token still works, so the refusals above were about the token.
    const ok = await asAdminA.post(`/api/t/${tenantA.slug}/admin/holidays`, { date: '2027-04-12', name: 'Hari Uji' });
    expect(ok.statusCode).toBe(201);
  });

  it('returns a script in a tenant name as literal JSON text and serves the portal with a strict CSP', async () => {
    const name = '<script>alert(1)</script> Kota';
    const created = await asSystemAdmin.post('/api/admin/tenants', {
      slug: 'kota-skrip',
      name,
      kind: 'kota',
      code: 'XSS',
      timeZone: 'Asia/Jakarta',
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    expect(created.json().name).toBe(name);

    const read = await env.client().get('/api/t/kota-skrip');
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(read.json().name).toBe(name);
    const listed = await env.client().get('/api/tenants');
    expect(listed.json().tenants.map((t: { name: string }) => t.name)).toContain(name);

    const portal = await env.client().get('/t/kota-skrip');
    const csp = String(portal.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The page is the static shell of the web app (when it is built): the name reaches the browser only as
    // JSON, which React renders as text. Without a build the path is an unknown route in the error shape.
    if (portal.statusCode === 200) {
      expect(portal.headers['content-type']).toMatch(/^text\/html/);
      expect(portal.body).not.toContain('alert(1)');
    } else {
      expect(portal.statusCode).toBe(404);
      expect(errorOf(portal).code).toBe('route_not_found');
    }
  });

  it('answers a 2 MB JSON body with 413 payload_too_large in the error shape', async () => {
    const visitor = await anonymousVisitor(env.app);
    const response = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: visitor.cookie, 'x-csrf-token': visitor.csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ login: 'a@b.id', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(errorOf(response)).toMatchObject({ code: 'payload_too_large' });
    expect(errorOf(response).message).toContain('1 MB');
  });

  it('answers unknown API routes and unknown tenants with 404 in the error shape', async () => {
    const client = env.client();
    const unknownRoute = await client.get('/api/no-such-thing');
    expect(unknownRoute.statusCode).toBe(404);
    expect(errorOf(unknownRoute)).toMatchObject({ code: 'route_not_found' });
    const unknownPost = await client.post('/api/no-such-thing', {});
    expect(unknownPost.statusCode).toBe(404);
    expect(errorOf(unknownPost).code).toBe('route_not_found');

    const unknownTenant = await client.get('/api/t/kota-tidak-ada');
    expect(unknownTenant.statusCode).toBe(404);
    expect(errorOf(unknownTenant)).toMatchObject({ code: 'tenant_not_found' });
    expect(errorOf(unknownTenant).message).toContain('kota-tidak-ada');
    const unknownTenantAdmin = await asAdminA.get('/api/t/kota-tidak-ada/admin/roles');
    expect(unknownTenantAdmin.statusCode).toBe(404);
    expect(errorOf(unknownTenantAdmin).code).toBe('tenant_not_found');
  });

  it('sends the security headers on API answers, errors and pages', async () => {
    const client = env.client();
    for (const url of ['/api/tenants', '/api/no-such-thing', `/t/${tenantA.slug}`, '/healthz']) {
      const response = await client.get(url);
      const csp = String(response.headers['content-security-policy'] ?? '');
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      expect(response.headers['x-frame-options'], url).toBeDefined();
    }
  });
});
