import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi } from '../test/http';

describeEachDialect(
  'complaints: officer list filters',
  (env) => {
    let tenant: TenantRecord;
    let api: string;
    let categoryId: string;
    let desk: HttpClient;
    const ids: Record<'received' | 'postponed' | 'routed', string> = { received: '', postponed: '', routed: '' };

    beforeAll(async () => {
      env.clock.set(TEST_START);
      tenant = await buildTenant(env.services);
      api = complaintsApi(tenant);
      categoryId = (await buildCategory(env.services, tenant)).id;
      await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
      const unit = await buildUnit(env.services, tenant, { name: 'Dinas Pekerjaan Umum' });
      desk = await signInAs(env, tenant, ['complaint_officer'], { name: 'Petugas Meja' });
      const file = async () => json(await env.client().post(api, complaintBody(categoryId)), 201).id as string;
      ids.received = await file();
      ids.postponed = await file();
      json(await desk.post(`${api}/${ids.postponed}/postpone`, { question: 'Di mana persisnya lokasinya?' }));
      ids.routed = await file();
      json(await desk.post(`${api}/${ids.routed}/verify`, { unitId: unit.id }));
    });

    beforeEach(() => env.clock.set(TEST_START));

    const listed = async (query: string) =>
      (json(await desk.get(`${api}?${query}`)).items as Array<{ id: string; status: string }>)
        .map((i) => i.status)
        .sort();

    it('filters on one status, as before', async () => {
      expect(await listed('status=postponed')).toEqual(['postponed']);
      expect(await listed('status=routed')).toEqual(['routed']);
    });

    it('filters on several statuses, comma-separated or repeated', async () => {
      expect(await listed('status=received,postponed')).toEqual(['postponed', 'received']);
      expect(await listed('status=received&status=routed')).toEqual(['received', 'routed']);
      expect(await listed('status=postponed,routed&state=all')).toEqual(['postponed', 'routed']);
    });

    it('refuses an unknown status in the list with 400', async () => {
      expect((await desk.get(`${api}?status=received,ditutup`)).statusCode).toBe(400);
    });
  },
  { env: { SESSION_IDLE_MINUTES: '43200', SESSION_MAX_HOURS: '2160' } },
);
