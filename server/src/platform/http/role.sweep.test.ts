/**
 * Role sweep (issue 11, point 5), generated from the route table: every GET route of tenant A, with its path
 * parameters filled from the ids of A's real records, requested as no session, a citizen of A, an employee of A
 * without a staff role, a complaint officer of another unit than the record's, and tenant B's admin. An answer
 * 200 whose body holds a private marker of A's records fails. Public routes may answer 200, but without markers.
 */
import { GRANTABLE_ROLES } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { RouteInfo } from '../../app';
import { buildAccount, buildRoleGrant, buildTenant } from '../../test/factories';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import type { HttpClient } from '../../test/http-client';
import { PRIVATE_MARKERS, type RoleSweepSeed, seedRoleSweep } from '../../test/role-sweep-seed';
import type { TenantRecord } from '../tenancy/repository';

/** Leaks the sweep knows of, `ROLE METHOD url`, each with its reason; none known. */
const KNOWN_LEAKS: Record<string, string> = {};

const label = (r: RouteInfo) => `${r.method} ${r.url}`;
const isApiDocs = (r: RouteInfo) => r.url === '/api/docs' || r.url.startsWith('/api/docs/');
const isWebFile = (r: RouteInfo) => !r.url.startsWith('/api/') && typeof r.config.file === 'string';

const NOTE_MARKER = 'Catatan internal rahasia Qzw7734';
const markers = () => [...Object.values(PRIVATE_MARKERS), NOTE_MARKER];

describeEachDialect('role sweep, generated from the route table', (env: TestEnv) => {
  let tenantA: TenantRecord;
  let seed: RoleSweepSeed;
  const viewers: Array<{ role: string; client: HttpClient }> = [];
  let asAdminA: HttpClient;

  beforeAll(async () => {
    tenantA = await buildTenant(env.services);
    const tenantB = await buildTenant(env.services);
    seed = await seedRoleSweep(env.services, tenantA);

    asAdminA = env.client();
    const adminA = await buildAccount(env.services, {
      roles: GRANTABLE_ROLES.map((role) => ({ tenant: tenantA, role })),
    });
    expect((await asAdminA.login(adminA.email, adminA.password)).statusCode).toBe(200);
    // Verified and routed to the record's unit, so that only that unit's officers handle it.
    const verified = await asAdminA.post(`/api/t/${tenantA.slug}/complaints/${seed.complaint.id}/verify`, {
      unitId: seed.unitOfRecord,
    });
    expect(verified.statusCode, verified.body).toBeLessThan(300);
    // An internal note, never shown outside the staff handling the complaint.
    const note = await asAdminA.post(`/api/t/${tenantA.slug}/complaints/${seed.complaint.id}/notes`, {
      text: NOTE_MARKER,
    });
    expect(note.statusCode, note.body).toBeLessThan(300);

    const citizen = await buildAccount(env.services, { roles: [{ tenant: tenantA, role: 'citizen' }] });
    const officer = await buildAccount(env.services);
    await buildRoleGrant(env.services, tenantA, {
      accountId: officer.id,
      role: 'complaint_officer',
      unitId: seed.otherUnit,
    });
    const adminB = await buildAccount(env.services, {
      roles: GRANTABLE_ROLES.map((role) => ({ tenant: tenantB, role })),
    });
    const logins: Array<[string, { email: string; password: string } | null]> = [
      ['no session', null],
      ['citizen of A', citizen],
      ['employee of A without a staff role', seed.plainEmployee],
      ['complaint officer of another unit', officer],
      ["tenant B's admin", adminB],
    ];
    for (const [role, account] of logins) {
      const client = env.client();
      if (account) expect((await client.login(account.email, account.password)).statusCode, role).toBe(200);
      else await client.refreshSession();
      viewers.push({ role, client });
    }
  });

  const getRoutes = () =>
    env.app.routeTable.filter(
      (r) => r.method === 'GET' && !isApiDocs(r) && !isWebFile(r) && !r.url.startsWith('/api/bench'),
    );

  /** Concrete paths for a route: each path parameter filled with every fitting id of A's records. */
  function pathsOf(route: RouteInfo): string[] {
    const pool = Object.values(seed.ids).flat();
    const values: Record<string, string[]> = {
      slug: [tenantA.slug],
      code: [seed.complaint.code],
      // The follow token is the guest reporter's own key to their complaint: whoever holds it is the reporter, so
      // the sweep's roles get a wrong one.
      token: ['not-the-reporters-follow-token-0000'],
      employeeId: seed.ids.employee!,
      unitId: seed.ids.unit!,
      planId: seed.ids.plan!,
      year: ['2026'],
      format: ['json'],
      jurisdiction: [tenantA.slug],
      file: ['json'],
    };
    let paths = [route.url.replace(/\*$/, '')];
    for (const [, name] of route.url.matchAll(/:(\w+)/g)) {
      const candidates = values[name!] ?? pool;
      paths = paths.flatMap((p) => candidates.map((v) => p.replace(`:${name}`, encodeURIComponent(v))));
    }
    return paths;
  }

  it('seeds the complaint in its own unit and reads its private markers back as tenant A admin (the control)', async () => {
    const complaint = await asAdminA.get(`/api/t/${tenantA.slug}/complaints/${seed.complaint.id}`);
    expect(complaint.statusCode).toBe(200);
    expect(complaint.body).toContain(PRIVATE_MARKERS.reporterName);
    expect(complaint.body).toContain(NOTE_MARKER);
    expect(complaint.body).toContain(seed.unitOfRecord);
    const employee = await asAdminA.get(`/api/t/${tenantA.slug}/people/employees/${seed.employeeId}`);
    expect(employee.statusCode).toBe(200);
    expect(employee.body).toContain(PRIVATE_MARKERS.employeeAddress);
    // The sweep fills every GET route and reaches a good share of them with real ids.
    expect(getRoutes().length).toBeGreaterThan(30);
    expect(getRoutes().filter((r) => r.url.includes(':id')).length).toBeGreaterThan(5);
  });

  const jobs = () => getRoutes().flatMap((route) => pathsOf(route).map((path) => ({ route, path })));

  it("finds the markers on the sweep's own paths as tenant A's admin, so that their absence below means something", async () => {
    const seen = new Set<string>();
    for (const { route, path } of jobs()) {
      const response = await asAdminA.get(path);
      if (response.statusCode === 200 && markers().some((m) => response.body.includes(m))) seen.add(label(route));
    }
    expect([...seen]).toEqual(
      expect.arrayContaining(['GET /api/t/:slug/complaints/:id', 'GET /api/t/:slug/people/employees/:id']),
    );
  }, 120_000);

  it('shows no private marker of tenant A to a role that should not see it, on any GET route', async () => {
    const leaks: string[] = [];
    let requests = 0;
    const queue = jobs();
    const ok = new Map<string, number>();
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        for (const { role, client } of viewers) {
          const response = await client.get(job.path);
          requests += 1;
          if (response.statusCode >= 500)
            leaks.push(`${role} ${label(job.route)} ${job.path} -> ${response.statusCode}`);
          if (response.statusCode !== 200) continue;
          ok.set(role, (ok.get(role) ?? 0) + 1);
          const found = markers().filter((m) => response.body.includes(m));
          const key = `${role} ${label(job.route)}`;
          if (found.length && !(key in KNOWN_LEAKS)) leaks.push(`${key} (${job.path}) shows ${found.join(', ')}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(requests).toBeGreaterThan(100);
    // The signed-in roles were really signed in: each reached some routes of its own.
    for (const role of ['citizen of A', 'employee of A without a staff role', 'complaint officer of another unit'])
      expect(ok.get(role) ?? 0, role).toBeGreaterThan(ok.get('no session') ?? 0);
    expect(leaks).toEqual([]);
  }, 240_000);
});
