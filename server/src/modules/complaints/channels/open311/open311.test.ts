import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../../../platform/context';
import type { TenantRecord } from '../../../../platform/tenancy/repository';
import { buildTenant, systemActor } from '../../../../test/factories';
import { describeEachDialect } from '../../../../test/harness';
import { json, signInAs } from '../../../people/test/http';
import { complaintsRepo } from '../../repository';
import { buildCategory, buildComplaint, setComplaintSettings } from '../../test/factories';
import { buildOpen311Key } from '../test/factories';
import { childText, parseXml } from '../test/xml';
import { revokeOpen311Key } from './keys';
import { localIso } from './service';

const O = '/open311/v2';
const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describeEachDialect('complaints: Open311 GeoReport v2', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let key: string;
  let otherKey: string;
  let roadCode: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services, { code: 'DUM' });
    other = await buildTenant(env.services, { code: 'KPG' });
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    roadCode = (await buildCategory(env.services, tenant, { code: 'jalan', name: 'Jalan rusak', tier: 'light' })).code;
    await buildCategory(env.services, other, { code: 'kupang-only' });
    key = (await buildOpen311Key(env.services, tenant)).key;
    otherKey = (await buildOpen311Key(env.services, other)).key;
  });

  const post = (format: 'json' | 'xml', fields: Record<string, string>) =>
    env.app.inject({ method: 'POST', url: `${O}/requests.${format}`, ...form(fields) });
  const get = (path: string) => env.app.inject({ method: 'GET', url: `${O}/${path}` });
  const valid = (extra: Record<string, string> = {}) => ({
    api_key: key,
    jurisdiction_id: tenant.slug,
    service_code: roadCode,
    lat: '1.6654',
    long: '101.4476',
    description: 'Lubang besar di Jl. Sudirman depan pasar, membahayakan pengendara.',
    email: 'budi.rahasia@contoh.id',
    first_name: 'Budi',
    last_name: 'Pelapor',
    phone: '081299988877',
    ...extra,
  });
  const errorsOf = (response: { body: string; headers: Record<string, unknown> }) => {
    if (String(response.headers['content-type']).startsWith('text/xml')) {
      const root = parseXml(response.body);
      expect(root.name).toBe('errors');
      return root.children.map((e) => ({
        code: Number(childText(e, 'code')),
        description: childText(e, 'description'),
      }));
    }
    return JSON.parse(response.body) as Array<{ code: number; description: string }>;
  };

  it('publishes discovery, services and a service definition in JSON and XML', async () => {
    const discovery = await get('discovery.json');
    expect(discovery.statusCode).toBe(200);
    expect(discovery.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(discovery.json().endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['text/xml', 'application/json'],
    });
    const discoveryXml = parseXml((await get('discovery.xml')).body);
    expect(discoveryXml.name).toBe('discovery');

    const services = json(await get(`services.json?jurisdiction_id=${tenant.slug}`));
    expect(services).toEqual([
      expect.objectContaining({ service_code: 'jalan', service_name: 'Jalan rusak', metadata: true }),
    ]);
    const servicesXml = await get(`services.xml?jurisdiction_id=${tenant.slug}`);
    expect(servicesXml.headers['content-type']).toBe('text/xml; charset=utf-8');
    const root = parseXml(servicesXml.body);
    expect(root.name).toBe('services');
    expect(root.children.map((s) => childText(s, 'service_code'))).toEqual(['jalan']);

    const definition = json(await get(`services/jalan.json?jurisdiction_id=${tenant.slug}`));
    expect(definition.service_code).toBe('jalan');
    expect(definition.attributes.map((a: { code: string }) => a.code)).toEqual(['title', 'class', 'privacy']);
    const defXml = parseXml((await get(`services/jalan.xml?jurisdiction_id=${tenant.slug}`)).body);
    expect(defXml.name).toBe('service_definition');
    const privacy = defXml.children
      .find((c) => c.name === 'attributes')
      ?.children.find((a) => childText(a, 'code') === 'privacy');
    expect(privacy?.children.find((c) => c.name === 'values')?.children.map((v) => childText(v, 'key'))).toEqual([
      'public',
      'anonim',
      'rahasia',
    ]);
  });

  it('answers unknown things with 404 and missing jurisdiction with 400, in the format asked for', async () => {
    const unknownService = await get(`services/tidak-ada.xml?jurisdiction_id=${tenant.slug}`);
    expect(unknownService.statusCode).toBe(404);
    expect(errorsOf(unknownService)).toEqual([{ code: 404, description: expect.stringContaining('tidak-ada') }]);
    // Another government's category is not a service here.
    expect((await get(`services/kupang-only.json?jurisdiction_id=${tenant.slug}`)).statusCode).toBe(404);
    const unknownJurisdiction = await get('services.json?jurisdiction_id=atlantis');
    expect(unknownJurisdiction.statusCode).toBe(404);
    expect(errorsOf(unknownJurisdiction)[0]?.code).toBe(404);
    const noJurisdiction = await get('services.xml');
    expect(noJurisdiction.statusCode).toBe(400);
    expect(errorsOf(noJurisdiction)[0]?.description).toContain('jurisdiction_id');
    const unknownRequest = await get(`requests/DUM-ADU-2026-999999.json?jurisdiction_id=${tenant.slug}`);
    expect(unknownRequest.statusCode).toBe(404);
    expect(errorsOf(unknownRequest)[0]?.code).toBe(404);
    const unknownPath = await get('nothing.xml');
    expect(unknownPath.statusCode).toBe(404);
    expect(errorsOf(unknownPath)[0]?.code).toBe(404);
    expect((await get(`services.html?jurisdiction_id=${tenant.slug}`)).statusCode).toBe(404);
  });

  it('refuses a POST without a valid key of this jurisdiction with 403', async () => {
    const before = await env.services.db.selectFrom('complaints_reports').select('id').execute();
    for (const api_key of ['', 'l311_salah', otherKey]) {
      const response = await post('json', valid({ api_key }));
      expect(response.statusCode, api_key).toBe(403);
      expect(errorsOf(response)).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    }
    const xml = await post('xml', valid({ api_key: 'l311_salah' }));
    expect(xml.statusCode).toBe(403);
    expect(errorsOf(xml)[0]?.code).toBe(403);
    // A revoked key stops working.
    const revoked = await buildOpen311Key(env.services, tenant, 'Lama');
    await revokeOpen311Key(makeCtx(env.services, { tenant, actor: systemActor }), revoked.id);
    expect((await post('json', valid({ api_key: revoked.key }))).statusCode).toBe(403);
    expect(await env.services.db.selectFrom('complaints_reports').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses bad input with 400 (lat without long, no location, coordinates outside Indonesia) and an unknown service with 404', async () => {
    const latOnly = await post('json', valid({ long: '' }));
    expect(latOnly.statusCode).toBe(400);
    expect(errorsOf(latOnly)).toEqual([{ code: 400, description: 'long is required with lat' }]);
    const latOnlyXml = await post('xml', valid({ long: '' }));
    expect(latOnlyXml.statusCode).toBe(400);
    expect(errorsOf(latOnlyXml)).toEqual([{ code: 400, description: 'long is required with lat' }]);
    expect(errorsOf(await post('json', valid({ lat: '', long: '' })))[0]?.description).toContain('location');
    expect((await post('json', valid({ lat: 'utara' }))).statusCode).toBe(400);
    const outside = await post('json', valid({ lat: '48.85', long: '2.35' }));
    expect(outside.statusCode).toBe(400);
    expect(errorsOf(outside)[0]?.description).toMatch(/Indonesia/);
    expect((await post('json', valid({ description: 'pendek' }))).statusCode).toBe(400);
    expect((await post('json', valid({ email: '', phone: '' }))).statusCode).toBe(400);
    expect((await post('json', valid({ 'attribute[privacy]': 'terbuka' }))).statusCode).toBe(400);
    const unknown = await post('json', valid({ service_code: 'tidak-ada' }));
    expect(unknown.statusCode).toBe(404);
    expect(errorsOf(unknown)[0]?.code).toBe(404);
    expect((await post('json', valid({ jurisdiction_id: '' }))).statusCode).toBe(400);
  });

  it('journey of a client app: post, get by id, list, token lookup, in JSON and XML; no reporter anywhere', async () => {
    // JSON
    const created = await post(
      'json',
      valid({ 'attribute[title]': 'Jalan berlubang', address_string: 'Jl. Sudirman 1' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const [answer] = created.json();
    expect(answer.service_request_id).toMatch(/^DUM-ADU-2026-\d{6}$/);
    const stored = (await complaintsRepo.reportByCode(env.services.db, tenant.id, answer.service_request_id))!;
    expect(stored).toMatchObject({
      channel: 'open311',
      privacy: 'anonim',
      title: 'Jalan berlubang',
      address: 'Jl. Sudirman 1',
      lat: 1.6654,
      lng: 101.4476,
      reporter_email: 'budi.rahasia@contoh.id',
      reporter_name: 'Budi Pelapor',
    });
    expect(answer.token).toBe(stored.id);

    const one = json(await get(`requests/${answer.service_request_id}.json?jurisdiction_id=${tenant.slug}`));
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({
      service_request_id: answer.service_request_id,
      status: 'open',
      service_code: 'jalan',
      service_name: 'Jalan rusak',
      lat: 1.6654,
      long: 101.4476,
      address: 'Jl. Sudirman 1',
      requested_datetime: '2026-11-23T09:00:00+07:00',
      expected_datetime: '2026-11-26T23:59:59+07:00',
    });
    const list = json(await get(`requests.json?jurisdiction_id=${tenant.slug}`));
    expect(list.map((r: { service_request_id: string }) => r.service_request_id)).toContain(answer.service_request_id);
    const token = json(await get(`tokens/${answer.token}.json?jurisdiction_id=${tenant.slug}`));
    expect(token).toEqual([{ service_request_id: answer.service_request_id, token: answer.token }]);

    // XML, posted as XML
    const createdXml = await post('xml', valid({ lat: '', long: '', address_id: 'PERSIL-42' }));
    expect(createdXml.statusCode, createdXml.body).toBe(201);
    expect(createdXml.headers['content-type']).toBe('text/xml; charset=utf-8');
    const createdRoot = parseXml(createdXml.body);
    expect(createdRoot.name).toBe('service_requests');
    const code = childText(createdRoot.children[0], 'service_request_id') as string;
    const tokenXml = childText(createdRoot.children[0], 'token') as string;
    expect(code).toMatch(/^DUM-ADU-2026-\d{6}$/);
    const oneXml = parseXml((await get(`requests/${code}.xml?jurisdiction_id=${tenant.slug}`)).body);
    expect(oneXml.children).toHaveLength(1);
    expect(childText(oneXml.children[0], 'address')).toBe('address_id PERSIL-42');
    expect(childText(oneXml.children[0], 'status')).toBe('open');
    const listXml = parseXml((await get(`requests.xml?jurisdiction_id=${tenant.slug}`)).body);
    expect(listXml.children.map((r) => childText(r, 'service_request_id'))).toEqual(
      expect.arrayContaining([code, answer.service_request_id]),
    );
    const tokenRoot = parseXml((await get(`tokens/${tokenXml}.xml?jurisdiction_id=${tenant.slug}`)).body);
    expect(childText(tokenRoot.children[0], 'service_request_id')).toBe(code);

    // Never the reporter, in any answer.
    const bodies = [
      created.body,
      createdXml.body,
      (await get(`requests.json?jurisdiction_id=${tenant.slug}`)).body,
      (await get(`requests.xml?jurisdiction_id=${tenant.slug}`)).body,
      (await get(`requests/${code}.xml?jurisdiction_id=${tenant.slug}`)).body,
    ];
    for (const body of bodies)
      for (const secret of ['Budi', 'budi.rahasia', '0812999']) expect(body).not.toContain(secret);
  });

  it('never shows a rahasia complaint, and escapes script tags in XML', async () => {
    const categoryId = (await complaintsRepo.categoryByCode(env.services.db, tenant.id, 'jalan'))!.id;
    const secret = await buildComplaint(env.services, tenant, categoryId, { privacy: 'rahasia' });
    const script = '<script>alert("x")</script> & \'kutip\' \u0007';
    const visible = await buildComplaint(env.services, tenant, categoryId, {
      privacy: 'public',
      description: `Sampah menumpuk ${script}`,
      address: `Jl. ${script}`,
    });
    const list = json(await get(`requests.json?jurisdiction_id=${tenant.slug}`));
    const codes = list.map((r: { service_request_id: string }) => r.service_request_id);
    expect(codes).toContain(visible.code);
    expect(codes).not.toContain(secret.code);
    expect((await get(`requests/${secret.code}.json?jurisdiction_id=${tenant.slug}`)).statusCode).toBe(404);
    expect((await get(`tokens/${secret.id}.xml?jurisdiction_id=${tenant.slug}`)).statusCode).toBe(404);
    expect(
      json(await get(`requests.json?service_request_id=${secret.code},${visible.code}&jurisdiction_id=${tenant.slug}`)),
    ).toHaveLength(1);
    // A public complaint's reporter is not in Open311 either.
    expect(JSON.stringify(list)).not.toContain('Siti Pelapor');

    const xml = (await get(`requests/${visible.code}.xml?jurisdiction_id=${tenant.slug}`)).body;
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;kutip&apos;');
    expect(xml).not.toContain('\u0007');
    const node = parseXml(xml).children[0];
    expect(childText(node, 'description')).toBe('Sampah menumpuk <script>alert("x")</script> & \'kutip\' ');
    expect(
      JSON.parse((await get(`requests/${visible.code}.json?jurisdiction_id=${tenant.slug}`)).body)[0].description,
    ).toContain('<script>');
  });

  it('filters the list by ids, service, status and dates (at most 90 days apart)', async () => {
    const q = (query: string) => get(`requests.json?jurisdiction_id=${tenant.slug}&${query}`);
    const tooLong = await q('start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z');
    expect(tooLong.statusCode).toBe(400);
    expect(errorsOf(tooLong)[0]?.description).toContain('90 days');
    const tooLongXml = await get(
      `requests.xml?jurisdiction_id=${tenant.slug}&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`,
    );
    expect(tooLongXml.statusCode).toBe(400);
    expect(errorsOf(tooLongXml)[0]?.code).toBe(400);
    expect((await q('start_date=kemarin')).statusCode).toBe(400);
    expect((await q('start_date=2026-11-20T00:00:00Z&end_date=2026-11-01T00:00:00Z')).statusCode).toBe(400);
    expect((await q('status=ditutup')).statusCode).toBe(400);
    expect((await q('service_code=tidak-ada')).statusCode).toBe(404);

    const all = json(await q('status=open,closed'));
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(json(await q('status=closed'))).toEqual([]);
    expect(json(await q('status=open'))).toHaveLength(all.length);
    expect(json(await q('service_code=jalan'))).toHaveLength(all.length);
    // Today's complaints are outside a window that ended yesterday, and inside one that includes today.
    expect(json(await q('start_date=2026-10-01T00:00:00%2B07:00&end_date=2026-11-22T00:00:00%2B07:00'))).toEqual([]);
    expect(json(await q('start_date=2026-11-23T00:00:00%2B07:00&end_date=2026-11-24T00:00:00%2B07:00'))).toHaveLength(
      all.length,
    );
    const first = all[0].service_request_id;
    expect(
      json(await q(`service_request_id=${first}&status=closed`)).map(
        (r: { service_request_id: string }) => r.service_request_id,
      ),
    ).toEqual([first]);
  });

  it('answers at most 1,000 requests, newest first', async () => {
    const categoryId = (await complaintsRepo.categoryByCode(env.services.db, tenant.id, 'jalan'))!.id;
    const template = (await buildComplaint(env.services, tenant, categoryId)).row;
    const start = env.clock.now().getTime() - 20 * 86_400_000;
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      ...template,
      id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      code: `DUM-ADU-2025-${String(900000 + i)}`,
      received_at: new Date(start + i * 60_000).toISOString(),
      guest_token_hash: null,
    }));
    for (let i = 0; i < rows.length; i += 100)
      await env.services.db
        .insertInto('complaints_reports')
        .values(rows.slice(i, i + 100))
        .execute();
    const list = json(await get(`requests.json?jurisdiction_id=${tenant.slug}`));
    expect(list).toHaveLength(1000);
    const times = list.map((r: { requested_datetime: string }) => Date.parse(r.requested_datetime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(parseXml((await get(`requests.xml?jurisdiction_id=${tenant.slug}`)).body).children).toHaveLength(1000);
    const ids = rows
      .slice(0, 1001)
      .map((r) => r.code)
      .join(',');
    expect((await get(`requests.json?jurisdiction_id=${tenant.slug}&service_request_id=${ids}`)).statusCode).toBe(400);
  });

  it('documents the Open311 routes in the OpenAPI document', async () => {
    const doc = json(await get('../../api/openapi.json'));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/open311/v2/requests.{format}', '/open311/v2/tokens/{file}']),
    );
  });

  it('writes datetimes with the time zone of the government', () => {
    expect(localIso('2026-11-23T02:00:00.000Z', 'Asia/Jakarta')).toBe('2026-11-23T09:00:00+07:00');
    expect(localIso('2026-11-23T02:00:00.000Z', 'Asia/Jayapura')).toBe('2026-11-23T11:00:00+09:00');
    expect(localIso('2026-11-23T02:00:00.000Z', 'UTC')).toBe('2026-11-23T02:00:00+00:00');
  });

  it('lets only the tenant admin manage keys; the key is shown once and audited', async () => {
    const api = `/api/t/${tenant.slug}/complaints/open311-keys`;
    const officer = await signInAs(env, tenant, ['complaint_officer']);
    expect((await officer.get(api)).statusCode).toBe(403);
    expect((await officer.post(api, { name: 'Aplikasi' })).statusCode).toBe(403);
    expect((await env.client().get(api)).statusCode).toBe(401);

    const admin = await signInAs(env, tenant, ['tenant_admin']);
    expect((await admin.post(api, { name: '' })).statusCode).toBe(400);
    const created = json(await admin.post(api, { name: 'Aplikasi <b>Warga</b>' }), 201);
    expect(created.key).toMatch(/^l311_[\w-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const listed = json(await admin.get(api));
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed.items.find((k: { id: string }) => k.id === created.id)).toMatchObject({ revokedAt: null });
    const stored = await env.services.db
      .selectFrom('complaints_open311_keys')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.key);

    expect((await post('json', valid({ api_key: created.key }))).statusCode).toBe(201);
    expect(json(await admin.request('DELETE', `${api}/${created.id}`)).revokedAt).toBe(env.clock.now().toISOString());
    expect((await post('json', valid({ api_key: created.key }))).statusCode).toBe(403);

    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('entity_id', '=', created.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['complaint.open311_key_created', 'complaint.open311_key_revoked']);
  });
});
