import type { BenchContext, Credentials } from './types';

export const QUEUE_TENANT = 'medan';
const ALWAYS_OPEN = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface BenchQueue {
  admin: Credentials;
  locationId: string;
  serviceIds: string[];
  counterIds: string[];
  kioskId: string;
  kioskSecret: string;
}

async function post<T>(ctx: BenchContext, session: Credentials, path: string, body: unknown): Promise<T> {
  const response = await ctx.fetch(path, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A location of its own for a benchmark, made through the admin API as the Medan tenant admin in Disdukcapil's
 * unit (where the demo service officer works): open around the
 * clock (the bench runs at any hour), `services` services of 2,000 tickets a day each, `counters` counters serving
 * all of them, and a kiosk.
 */
export async function benchQueue(
  ctx: BenchContext,
  options: { services: number; counters: number },
): Promise<BenchQueue> {
  const account = await ctx.demoLogin(QUEUE_TENANT, 'tenant_admin');
  const admin = await ctx.login(account.login, account.password);
  const q = `/api/t/${QUEUE_TENANT}/queue`;
  // In Disdukcapil's unit, like the demo office, so that the demo service officer may work its counters.
  const view = await ctx.fetch(`${q}/admin`, { headers: admin.headers });
  if (!view.ok) throw new Error(`GET ${q}/admin: ${view.status} ${await view.text()}`);
  const { locations } = (await view.json()) as { locations: Array<{ name: string; unitId: string | null }> };
  const unitId = locations.find((l) => l.name.startsWith('Disdukcapil'))?.unitId ?? null;
  const { id: locationId } = await post<{ id: string }>(ctx, admin, `${q}/locations`, {
    name: `Lokasi uji beban ${Date.now()}`,
    address: '',
    unitId,
    hours: ALWAYS_OPEN,
  });
  const serviceIds: string[] = [];
  for (let i = 0; i < options.services; i += 1)
    serviceIds.push(
      (
        await post<{ id: string }>(ctx, admin, `${q}/locations/${locationId}/services`, {
          name: `Layanan uji ${LETTERS[i]}`,
          letter: LETTERS[i],
          dailyCapacity: 2000,
          averageMinutes: 5,
          onlineAllowed: true,
          bookingAllowed: false,
        })
      ).id,
    );
  const counterIds: string[] = [];
  for (let i = 0; i < options.counters; i += 1)
    counterIds.push(
      (await post<{ id: string }>(ctx, admin, `${q}/locations/${locationId}/counters`, { number: i + 1, serviceIds }))
        .id,
    );
  const kiosk = await post<{ id: string; secret: string }>(ctx, admin, `${q}/locations/${locationId}/kiosks`, {
    name: 'Anjungan uji beban',
  });
  return { admin, locationId, serviceIds, counterIds, kioskId: kiosk.id, kioskSecret: kiosk.secret };
}
