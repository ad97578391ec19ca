import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { buildUnit } from '../../people/test/factories';
import { buildQueueSetup } from '../../service-queue/test/factories';
import { seedSurveys } from '../seed';
import { responsesRepo } from './responses';
import type { ResponsesTable } from './tables';
import { talliesRepo } from './tallies';

const U = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

describeEachDialect('surveys: the tallies the results read', (env) => {
  it('hold exactly what the stored answers give, also after responses written at the same time', async () => {
    const tenant = await buildTenant(env.services, { slug: 'kupang', name: 'Pemerintah Kota Kupang' });
    const unit = await buildUnit(env.services, tenant, { code: 'DISDUKCAPIL', name: 'Disdukcapil' });
    await buildQueueSetup(env.services, tenant, { unitId: unit.id });
    await seedSurveys(env.services, { tenantSlug: 'kupang' });
    const [period] = await responsesRepo.periods(env.services.db, tenant.id);
    const one = (i: number): ResponsesTable => ({
      id: randomUUID(),
      tenant_id: tenant.id,
      unit_id: unit.id,
      unit_name: 'Disdukcapil',
      service_key: 'queue:extra',
      service_name: 'Layanan Tambahan',
      period: period as string,
      channel: i % 4 === 0 ? 'public_link' : 'kiosk',
      ...(Object.fromEntries(U.map((u, k) => [u, 1 + ((i + k) % 4)])) as Record<(typeof U)[number], number>),
      age_band: i % 2 ? '20_29' : '60_plus',
      sex: i % 3 ? 'male' : 'female',
      education: 'sma',
      occupation: 'student',
      comment: '',
      extra: '{}',
      paper_form_number: null,
      created_day: '2026-12-08',
    });
    // Twenty answers at once, each in its own transaction (as saveResponse writes one): none is lost.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        env.services.db.transaction().execute((tx) => responsesRepo.insert(tx, one(i))),
      ),
    );

    for (const p of await responsesRepo.periods(env.services.db, tenant.id)) {
      const recomputed = await env.services.db
        .selectFrom('surveys_responses')
        .select([
          'unit_id',
          'channel',
          'service_key',
          (eb) => eb.fn.countAll().as('n'),
          ...U.map((u) => sql<string>`sum(${sql.ref(u)})`.as(u)),
        ])
        .where('tenant_id', '=', tenant.id)
        .where('period', '=', p)
        .groupBy(['unit_id', 'channel', 'service_key'])
        .execute();
      const expected = recomputed
        .map((r) => `${r.channel} ${r.service_key} ${Number(r.n)} ${U.map((u) => Number(r[u])).join(',')}`)
        .sort();
      const tallied = (await talliesRepo.sums(env.services.db, tenant.id, p, unit.id))
        .map((r) => `${r.channel} ${r.serviceKey} ${r.n} ${r.sums.join(',')}`)
        .sort();
      expect(tallied).toEqual(expected);
      expect(tallied.length).toBeGreaterThan(1);

      const details = await talliesRepo.details(env.services.db, tenant.id, unit.id, p);
      for (const dimension of ['age_band', 'sex', 'education', 'occupation'] as const) {
        const raw = await env.services.db
          .selectFrom('surveys_responses')
          .select([dimension, (eb) => eb.fn.countAll().as('n')])
          .where('tenant_id', '=', tenant.id)
          .where('unit_id', '=', unit.id)
          .where('period', '=', p)
          .where('channel', '<>', 'public_link')
          .groupBy(dimension)
          .execute();
        expect(
          details
            .filter((d) => d.dimension === dimension)
            .map((d) => `${d.value}=${d.n}`)
            .sort(),
        ).toEqual(raw.map((r) => `${r[dimension]}=${Number(r.n)}`).sort());
      }
    }
  });
});
