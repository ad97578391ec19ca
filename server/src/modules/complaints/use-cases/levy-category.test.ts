import { expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { up as addLevyCategory } from '../migrations/2026_12_08_2007_complaints_levy_category';
import { complaintsRepo } from '../repository';
import { buildCategory } from '../test/factories';
import { DEFAULT_CATEGORIES, ensureDefaultCategories } from './manage-categories';

describeEachDialect('complaints: the illegal-levy category (pungli)', (env) => {
  const codesOf = async (tenantId: string) =>
    (await complaintsRepo.categories(env.services.db, tenantId)).map((c) => c.code).sort();

  it('is one of the defaults, and a tenant with the older defaults gets it from ensureDefaultCategories', async () => {
    expect(DEFAULT_CATEGORIES.find((c) => c.code === 'pungli')).toMatchObject({
      name: 'Pungutan liar (pungli)',
      nameEn: 'Illegal levies',
    });
    const tenant = await buildTenant(env.services);
    await buildCategory(env.services, tenant, { code: 'adminduk' });
    const ctx = makeCtx(env.services, { tenant });
    await ensureDefaultCategories(ctx);
    await ensureDefaultCategories(ctx);
    const codes = await codesOf(tenant.id);
    expect(codes.filter((c) => c === 'pungli')).toHaveLength(1);
    expect(codes).toEqual(expect.arrayContaining(DEFAULT_CATEGORIES.map((c) => c.code)));
  });

  it('reaches existing tenants through the migration, once, and leaves tenants without categories alone', async () => {
    const using = await buildTenant(env.services);
    const already = await buildTenant(env.services);
    const untouched = await buildTenant(env.services);
    await buildCategory(env.services, using);
    await buildCategory(env.services, already, { code: 'pungli' });
    await addLevyCategory(env.services.db);
    await addLevyCategory(env.services.db);
    expect((await codesOf(using.id)).filter((c) => c === 'pungli')).toHaveLength(1);
    expect((await codesOf(already.id)).filter((c) => c === 'pungli')).toHaveLength(1);
    expect(await codesOf(untouched.id)).toEqual([]);
    const levy = (await complaintsRepo.categories(env.services.db, using.id)).find((c) => c.code === 'pungli');
    expect(levy).toMatchObject({ name: 'Pungutan liar (pungli)', tier: 'field_check', answer_days: 60, active: 1 });
  });
});
