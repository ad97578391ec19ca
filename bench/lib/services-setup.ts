import { fetchJson } from './http';
import type { BenchContext, Credentials } from './types';

export const SERVICES_TENANT = 'palembang';

async function send<T>(ctx: BenchContext, session: Credentials, method: string, path: string, body?: unknown) {
  return fetchJson<T>(ctx, path, {
    method,
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
}

/** A unit the tenant admin may use: the first unit of a service in the demo catalog. */
async function demoUnit(ctx: BenchContext, admin: Credentials): Promise<string> {
  const { services } = await fetchJson<{ services: Array<{ unitId: string }> }>(
    ctx,
    `/api/t/${SERVICES_TENANT}/services/admin`,
    { headers: admin.headers },
  );
  const unitId = services[0]?.unitId;
  if (!unitId) throw new Error(`no services in ${SERVICES_TENANT}'s demo catalog`);
  return unitId;
}

/**
 * A service of its own for a benchmark, made and published through the admin API as the tenant admin (who may
 * both edit and approve): a form of a name, a NIK, a date and a choice, no document (submission without files),
 * five working days, Rp0.
 */
export async function benchService(ctx: BenchContext): Promise<{ serviceId: string; standardId: string }> {
  const account = await ctx.demoLogin(SERVICES_TENANT, 'tenant_admin');
  const admin = await ctx.login(account.login, account.password);
  const s = `/api/t/${SERVICES_TENANT}/services`;
  const unitId = await demoUnit(ctx, admin);
  const { id: serviceId } = await send<{ id: string }>(ctx, admin, 'POST', `${s}/admin`, {
    unitId,
    name: `Layanan uji beban ${Date.now()}`,
    summary: 'Dibuat oleh uji beban.',
  });
  const { standards } = await fetchJson<{ standards: Array<{ id: string }> }>(ctx, `${s}/admin/${serviceId}`, {
    headers: admin.headers,
  });
  const standardId = standards[0]?.id;
  if (!standardId) throw new Error('the new service has no draft standard');
  const text = 'Diisi oleh uji beban.';
  await send(ctx, admin, 'PUT', `${s}/standards/${standardId}`, {
    effectiveFrom: '2026-01-01',
    requirements: text,
    procedure: text,
    durationDays: 5,
    fee: 0,
    product: 'Surat keterangan',
    complaintHandling: text,
    outputKind: 'letter',
    letterTemplate: 'Surat untuk {{nama}} ({{code}}).',
    form: [
      { key: 'nama', label: 'Nama lengkap', type: 'text' },
      { key: 'nik', label: 'NIK', type: 'nik' },
      { key: 'lahir', label: 'Tanggal lahir', type: 'date' },
      { key: 'jenis', label: 'Jenis permohonan', type: 'choice', choices: ['Baru', 'Perubahan'] },
    ],
  });
  await send(ctx, admin, 'POST', `${s}/standards/${standardId}/submit`);
  await send(ctx, admin, 'POST', `${s}/standards/${standardId}/approve`);
  return { serviceId, standardId };
}

/** A multipart body holding only the request's JSON in `data` (no file), as the web sends it. */
export function requestBody(standardId: string): { body: string; contentType: string } {
  const boundary = '----lenterabench7d93';
  const data = JSON.stringify({
    standardId,
    values: { nama: 'Warga Uji Beban', nik: '1671010101900001', lahir: '1990-01-01', jenis: 'Baru' },
    guest: null,
  });
  return {
    body: `--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${data}\r\n--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
