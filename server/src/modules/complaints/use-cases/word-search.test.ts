import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { json, signInAs } from '../../people/test/http';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi } from '../test/http';

describeEachDialect('complaints: word search through the word index', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let api: string;
  let desk: HttpClient;
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    api = complaintsApi(tenant);
    desk = await signInAs(env, tenant, ['complaint_officer'], { name: 'Petugas Meja' });
    for (const t of [tenant, other]) {
      await setComplaintSettings(env.services, t, { guestPerHour: 0 });
      const categoryId = (await buildCategory(env.services, t, { tier: 'normative' })).id;
      const file = async (key: string, title: string, description: string, privacy = 'public') => {
        const body = complaintBody(categoryId, { title, description, privacy: privacy as 'public' });
        const created = json(await env.client().post(complaintsApi(t), body), 201);
        if (t === tenant) codes[key] = created.code;
      };
      await file(
        'lamp',
        'Lampu jalan mati di Jl. Ahmad Yani',
        'Penerangan jalan padam sejak sepekan, gelap dan rawan.',
      );
      await file('lamps', 'Lampunya berkedip', 'Lampu taman kota berkedip terus setiap malam di dekat kantor.');
      await file('water', 'Air PDAM keruh', 'Air keruh berwarna coklat sejak tiga hari di perumahan.');
      await file(
        'secret',
        'Lampu kantor kelurahan menyala siang',
        'Pemborosan listrik di kantor kelurahan.',
        'rahasia',
      );
    }
  });

  const officerCodes = async (q: string) => {
    const page = json(await desk.get(`${api}?state=all&q=${encodeURIComponent(q)}`));
    return { codes: page.items.map((i: { code: string }) => i.code).sort(), total: page.total };
  };

  it('finds every word as a word or the start of one, in this tenant only, with the exact total', async () => {
    expect(await officerCodes('lampu')).toEqual({
      codes: [codes.lamp, codes.lamps, codes.secret].sort(),
      total: 3,
    });
    // Every word must match; accents and case do not matter.
    expect(await officerCodes('LAMPU Gélap')).toEqual({ codes: [codes.lamp], total: 1 });
    expect(await officerCodes('keruh coklat')).toEqual({ codes: [codes.water], total: 1 });
    expect(await officerCodes('lampu coklat')).toEqual({ codes: [], total: 0 });
    // A word inside another word is not a match (the index finds words and their beginnings).
    expect(await officerCodes('ampu')).toEqual({ codes: [], total: 0 });
  });

  it('still finds a tracking code exactly, and treats search syntax as plain words', async () => {
    expect(await officerCodes(codes.water!.toLowerCase())).toEqual({ codes: [codes.water], total: 1 });
    const odd = json(await desk.get(`${api}?state=all&q=${encodeURIComponent('"lampu* (^')}`));
    expect(odd.total).toBe(3);
  });

  it('finds nothing, rather than the whole list, when every word is too short or too common to search', async () => {
    for (const q of ['or', 'zz', 'a b', 'di yang', '  ,.  ']) {
      expect(await officerCodes(q), q).toEqual({ codes: [], total: 0 });
      const page = json(await env.client().get(`${api}/public?q=${encodeURIComponent(q)}`));
      expect({ items: page.items.length, total: page.total }, q).toEqual({ items: 0, total: 0 });
    }
    // A short word beside a searchable one is ignored, not a reason to find nothing.
    expect(await officerCodes('lampu di')).toEqual({ codes: [codes.lamp, codes.lamps, codes.secret].sort(), total: 3 });
    // No search at all is still the whole list.
    expect((await officerCodes('')).total).toBe(4);
  });

  it('searches the public list without ever returning a rahasia complaint', async () => {
    const page = json(await env.client().get(`${api}/public?q=lampu`));
    expect(page.items.map((i: { code: string }) => i.code).sort()).toEqual([codes.lamp, codes.lamps].sort());
    expect(page.total).toBe(2);
  });
});
