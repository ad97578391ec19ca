import { slaBoardSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { buildCategory, buildComplaint } from '../test/factories';
import { complaintsApi } from '../test/http';

describeEachDialect('complaints: the SLA board counts each complaint under the unit its list shows', (env) => {
  let tenant: TenantRecord;
  let desk: HttpClient;
  let named: { id: string; name: string };
  let routedTo: { id: string; name: string };
  let ids: { waiting: string; routed: string; nowhere: string };

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    named = await buildUnit(env.services, tenant, { name: 'Dinas Pekerjaan Umum' });
    routedTo = await buildUnit(env.services, tenant, { name: 'Dinas Perhubungan' });
    const category = await buildCategory(env.services, tenant);
    env.clock.set('2026-10-01T03:00:00Z');
    // Still at the verification desk, naming the unit it is about.
    const waiting = await buildComplaint(env.services, tenant, category.id, { unitId: named.id });
    // Named the first unit, but the desk routed it to another.
    const routed = await buildComplaint(env.services, tenant, category.id, { unitId: named.id });
    // Names no unit at all.
    const nowhere = await buildComplaint(env.services, tenant, category.id);
    desk = await signInAs(env, tenant, ['complaint_officer']);
    json(await desk.post(`${complaintsApi(tenant)}/${routed.id}/verify`, { unitId: routedTo.id }));
    ids = { waiting: waiting.id, routed: routed.id, nowhere: nowhere.id };
    env.clock.set(TEST_START);
    // A new session today (the October one has ended).
    desk = await signInAs(env, tenant, ['complaint_officer']);
  });

  it('puts an overdue complaint under the same unit in the counts as in the overdue list', async () => {
    const board = slaBoardSchema.parse(json(await desk.get(`${complaintsApi(tenant)}/board`)));
    expect(board.overdue.map((c) => c.id).sort()).toEqual(Object.values(ids).sort());
    const counts = new Map(board.byUnit.map((u) => [u.unit?.id ?? null, u]));
    expect(counts.get(named.id)).toMatchObject({ unit: { name: named.name }, open: 1, overdue: 1 });
    expect(counts.get(routedTo.id)).toMatchObject({ unit: { name: routedTo.name }, open: 1, overdue: 1 });
    expect(counts.get(null)).toMatchObject({ open: 1, overdue: 1 });
    // Every complaint of the list is counted under the unit the list names.
    for (const item of board.overdue) expect(counts.get(item.unit?.id ?? null)?.overdue ?? 0).toBeGreaterThan(0);
    expect(board.byUnit.reduce((n, u) => n + u.overdue, 0)).toBe(board.overdue.length);
  });
});
