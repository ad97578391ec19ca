import { csrfToken, demoLogin, expect, test } from './fixtures';

/** An outside civic app files and follows a complaint over Open311, with a key the tenant admin made. */
test('an Open311 client posts, gets by id, lists and looks up its token, in JSON and XML', async ({
  page,
  demo,
  playwright,
  baseURL,
}) => {
  const admin = demoLogin(demo, 'dumai', 'tenant_admin');
  const login = await page.request.post('/api/auth/login', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { login: admin.login, password: admin.password },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const code = `e2e-open311-${Date.now().toString(36)}`;
  const category = await page.request.post('/api/t/dumai/complaints/categories', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { code, name: 'Uji Open311', nameEn: 'Open311 test', tier: 'light', active: true },
  });
  expect(category.status(), await category.text()).toBe(201);
  const created = await page.request.post('/api/t/dumai/complaints/open311-keys', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { name: 'Aplikasi warga (e2e)' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { key } = (await created.json()) as { key: string };

  // The client app: no session, no cookies.
  const app = await playwright.request.newContext({ baseURL });
  const bad = await app.post('/open311/v2/requests.json', {
    form: { api_key: key, jurisdiction_id: 'dumai', service_code: code, lat: '1.66', description: 'x' },
  });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual([{ code: 400, description: 'long is required with lat' }]);

  const posted = await app.post('/open311/v2/requests.json', {
    form: {
      api_key: key,
      jurisdiction_id: 'dumai',
      service_code: code,
      lat: '1.6654',
      long: '101.4476',
      description: 'Lampu jalan di Jl. Sudirman padam sejak minggu lalu.',
      email: 'warga.open311@contoh.id',
      first_name: 'Warga',
    },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  const [first] = (await posted.json()) as Array<{ service_request_id: string; token: string }>;
  const { service_request_id: id, token } = first!;
  expect(id).toMatch(/^DUM-ADU-\d{4}-\d{6}$/);

  const one = await app.get(`/open311/v2/requests/${id}.json?jurisdiction_id=dumai`);
  expect(await one.json()).toEqual([
    expect.objectContaining({ service_request_id: id, status: 'open', service_code: code }),
  ]);
  const list = await app.get(`/open311/v2/requests.json?jurisdiction_id=dumai&service_code=${code}`);
  expect(((await list.json()) as Array<{ service_request_id: string }>).map((r) => r.service_request_id)).toContain(id);
  const byToken = await app.get(`/open311/v2/tokens/${token}.json?jurisdiction_id=dumai`);
  expect(await byToken.json()).toEqual([{ service_request_id: id, token }]);
  const xmlList = await app.get(`/open311/v2/requests.xml?jurisdiction_id=dumai&service_code=${code}`);
  expect(xmlList.headers()['content-type']).toBe('text/xml; charset=utf-8');
  expect(await xmlList.text()).toContain(`<service_request_id>${id}</service_request_id>`);
  for (const response of [posted, one, list, xmlList]) expect(await response.text()).not.toContain('warga.open311');
  await app.dispose();

  // Chromium parses the XML answers (its XML viewer shows the tree only for a well-formed document).
  for (const path of [`requests/${id}.xml`, `tokens/${token}.xml`]) {
    const response = await page.goto(`/open311/v2/${path}?jurisdiction_id=dumai`);
    expect(response?.headers()['content-type']).toBe('text/xml; charset=utf-8');
    const parsed = await page.evaluate(() => ({
      id: document.getElementsByTagName('service_request_id')[0]?.textContent,
      errors: document.getElementsByTagName('parsererror').length,
    }));
    expect(parsed).toEqual({ id, errors: 0 });
  }
});
