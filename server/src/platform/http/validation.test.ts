import { beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { errorOf } from '../../test/requests';
import type { TenantRecord } from '../tenancy/repository';

interface FieldIssue {
  path: string;
  message: string;
}
const detailsOf = (response: Parameters<typeof errorOf>[0]) => errorOf(response).details as FieldIssue[];
const messageAt = (details: FieldIssue[], path: string) => details.find((d) => d.path === path)?.message;

describeEachDialect('validation messages in the request language', (env) => {
  let tenant: TenantRecord;
  let admin: { email: string; password: string; id: string };

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    admin = await buildAccount(env.services, { roles: [{ tenant, role: 'tenant_admin' }] });
  });

  const badRegistration = { name: 'S', email: 'bukan-email', password: 'kopi-susu-pagi-hari' };

  it('words field messages in Indonesian for Accept-Language id, and by default', async () => {
    const headerSets: Record<string, string>[] = [{ 'accept-language': 'id-ID,id;q=0.9' }, {}];
    for (const headers of headerSets) {
      const response = await env.client().post('/api/auth/register', badRegistration, headers);
      expect(response.statusCode).toBe(400);
      const error = errorOf(response);
      expect(error.code).toBe('validation_failed');
      expect(error.message).toBe('Data yang dikirim tidak valid.');
      const details = detailsOf(response);
      expect(messageAt(details, 'email')).toBe('alamat email tidak valid');
      expect(messageAt(details, 'name')).toMatch(/^Terlalu kecil: diharapkan string memiliki >=2 karakter$/);
    }
  });

  it('words them in English for Accept-Language en', async () => {
    const response = await env.client().post('/api/auth/register', badRegistration, { 'accept-language': 'en-GB' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe('The data sent is not valid.');
    const details = detailsOf(response);
    expect(messageAt(details, 'email')).toBe('Invalid email address');
    expect(messageAt(details, 'name')).toBe('Too small: expected string to have >=2 characters');
  });

  it('follows the account language over the browser header, for an enum on a private route', async () => {
    const client = env.client();
    const login = await client.login(admin.email, admin.password);
    expect(login.statusCode).toBe(200);
    const url = `/api/t/${tenant.slug}/admin/roles`;
    const body = { login: 'someone@uji.id', role: 'wizard' };

    const indonesian = await client.post(url, body, { 'accept-language': 'en' });
    expect(indonesian.statusCode).toBe(400);
    expect(messageAt(detailsOf(indonesian), 'role')).toMatch(/^Pilihan tidak valid: diharapkan salah satu dari /);

    await env.services.db.updateTable('accounts').set({ locale: 'en' }).where('id', '=', admin.id).execute();
    const english = await client.post(url, body, { 'accept-language': 'id' });
    expect(english.statusCode).toBe(400);
    expect(errorOf(english).message).toBe('The data sent is not valid.');
    expect(messageAt(detailsOf(english), 'role')).toMatch(/^Invalid option: expected one of /);
  });

  it('answers query-string errors and an unparsable body in the request language too', async () => {
    const client = env.client();
    await client.login(admin.email, admin.password);
    await env.services.db.updateTable('accounts').set({ locale: 'id' }).where('id', '=', admin.id).execute();
    const query = await client.get(`/api/t/${tenant.slug}/admin/holidays?year=dua-ribu`);
    expect(query.statusCode).toBe(400);
    expect(messageAt(detailsOf(query), 'year')).toMatch(/^Input tidak valid: diharapkan number/);

    const holiday = await client.post(`/api/t/${tenant.slug}/admin/holidays`, { date: 'besok', name: 'Hari Jadi' });
    expect(holiday.statusCode).toBe(400);
    // The schema's own pattern explanation, not only zod's built-in checks, is in the user's language.
    expect(messageAt(detailsOf(holiday), 'date')).toBe('Tanggal dengan format TTTT-BB-HH.');

    const broken = await env.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"name": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(detailsOf(broken)).toEqual([{ path: '', message: 'The body is not valid JSON.' }]);
  });
});
