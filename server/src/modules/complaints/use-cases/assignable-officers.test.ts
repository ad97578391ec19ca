import { assignableOfficerSchema, complaintDetailSchema } from '@lentera/common';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi } from '../test/http';

const listSchema = z.object({ items: z.array(assignableOfficerSchema) });

describeEachDialect(
  'complaints: officers of a unit for assignment',
  (env) => {
    let tenant: TenantRecord;
    let api: string;
    let categoryId: string;
    let dinas: { id: string };
    let bidang: { id: string };
    let otherUnit: { id: string };
    let parentOfficer: HttpClient & { account: { id: string; email: string } };
    let bidangOfficer: HttpClient & { account: { id: string; email: string } };
    let otherOfficer: HttpClient & { account: { id: string } };
    let desk: HttpClient & { account: { id: string } };
    let coordinator: HttpClient & { account: { id: string } };
    let foreign: HttpClient;
    let foreignUnit: { id: string };

    beforeAll(async () => {
      env.clock.set(TEST_START);
      tenant = await buildTenant(env.services);
      api = complaintsApi(tenant);
      categoryId = (await buildCategory(env.services, tenant)).id;
      await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
      dinas = await buildUnit(env.services, tenant, { name: 'Dinas Pekerjaan Umum' });
      bidang = await buildUnit(env.services, tenant, { name: 'Bidang Jalan', parentId: dinas.id });
      otherUnit = await buildUnit(env.services, tenant, { name: 'Dinas Kesehatan' });
      parentOfficer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: dinas.id }], {
        name: 'Budi Petugas Dinas',
      });
      bidangOfficer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: bidang.id }], {
        name: 'Ani Petugas Bidang',
      });
      otherOfficer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: otherUnit.id }], {
        name: 'Citra Petugas Kesehatan',
      });
      desk = await signInAs(env, tenant, ['complaint_officer'], { name: 'Dedi Petugas Meja' });
      coordinator = await signInAs(env, tenant, ['complaint_coordinator'], { name: 'Eka Koordinator' });
      const otherTenant = await buildTenant(env.services);
      foreignUnit = await buildUnit(env.services, otherTenant, { name: 'Dinas Lain' });
      foreign = await signInAs(env, otherTenant, ['complaint_coordinator'], { name: 'Koordinator Lain' });
    });

    beforeEach(() => env.clock.set(TEST_START));

    const officersOf = (client: HttpClient, unitId: string) => client.get(`${api}/units/${unitId}/officers`);

    it('lists the unit’s officers, its ancestors’, the desk and the coordinators, names only', async () => {
      const response = await officersOf(bidangOfficer, bidang.id);
      const { items } = listSchema.parse(json(response));
      expect(items).toEqual([
        { accountId: bidangOfficer.account.id, name: 'Ani Petugas Bidang', role: 'unit_officer' },
        { accountId: parentOfficer.account.id, name: 'Budi Petugas Dinas', role: 'unit_officer' },
        { accountId: desk.account.id, name: 'Dedi Petugas Meja', role: 'desk_officer' },
        { accountId: coordinator.account.id, name: 'Eka Koordinator', role: 'coordinator' },
      ]);
      // Never staff contact.
      expect(response.body).not.toContain(bidangOfficer.account.email);
      expect(response.body).not.toContain('@');
      // The parent unit's list has not the sub-unit's officer, nor another unit's.
      const parent = listSchema.parse(json(await officersOf(parentOfficer, dinas.id))).items.map((i) => i.accountId);
      expect(parent).toContain(parentOfficer.account.id);
      expect(parent).not.toContain(bidangOfficer.account.id);
      expect(parent).not.toContain(otherOfficer.account.id);
      // The desk and the coordinator may ask for any unit.
      expect(json(await officersOf(desk, otherUnit.id)).items).toHaveLength(3);
      expect(json(await officersOf(coordinator, bidang.id)).items).toHaveLength(4);
    });

    it('is 404 for a unit the officer does not handle, for another tenant’s unit and for no unit', async () => {
      expect((await officersOf(bidangOfficer, dinas.id)).statusCode).toBe(404);
      expect((await officersOf(otherOfficer, bidang.id)).statusCode).toBe(404);
      expect((await officersOf(coordinator, foreignUnit.id)).statusCode).toBe(404);
      // Another tenant's coordinator holds no complaints role here.
      expect((await officersOf(foreign, bidang.id)).statusCode).toBe(403);
      expect((await officersOf(coordinator, 'tidak-ada')).statusCode).toBe(404);
    });

    it('needs a session and a complaints role', async () => {
      expect((await officersOf(env.client(), bidang.id)).statusCode).toBe(401);
      const hr = await signInAs(env, tenant, ['hr_admin']);
      expect((await officersOf(hr, bidang.id)).statusCode).toBe(403);
    });

    it('assigns the complaint to an officer chosen from the list', async () => {
      const c = json(await env.client().post(api, complaintBody(categoryId)), 201);
      json(await desk.post(`${api}/${c.id}/verify`, { unitId: bidang.id }));
      const choice = listSchema
        .parse(json(await officersOf(bidangOfficer, bidang.id)))
        .items.find((i) => i.accountId === parentOfficer.account.id)!;
      json(await bidangOfficer.post(`${api}/${c.id}/assign`, { accountId: choice.accountId }));
      const detail = complaintDetailSchema.parse(json(await bidangOfficer.get(`${api}/${c.id}`)));
      expect(detail.assignedTo).toEqual({ id: parentOfficer.account.id, name: 'Budi Petugas Dinas' });
      // Someone not on the list is refused.
      const other = await bidangOfficer.post(`${api}/${c.id}/assign`, { accountId: otherOfficer.account.id });
      expect(other.statusCode).toBe(400);
    });
  },
  { env: { SESSION_IDLE_MINUTES: '43200', SESSION_MAX_HOURS: '2160' } },
);
