import {
  type ComplaintCategory,
  type ComplaintCategoryInput,
  complaintCategoryInputSchema,
  RESOLUTION_TIERS,
  type ResolutionTier,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { COMPLAINTS } from '../policy';
import { type Category, complaintsRepo } from '../repository';

/** A starting list every government can edit: common complaint topics with their usual tier. */
export const DEFAULT_CATEGORIES: Array<{ code: string; name: string; nameEn: string; tier: ResolutionTier }> = [
  {
    code: 'adminduk',
    name: 'Administrasi kependudukan (KTP, KK, akta)',
    nameEn: 'Civil registration (ID card, family card, certificates)',
    tier: 'normative',
  },
  {
    code: 'infrastruktur',
    name: 'Jalan, drainase dan infrastruktur',
    nameEn: 'Roads, drainage and infrastructure',
    tier: 'field_check',
  },
  { code: 'kebersihan', name: 'Kebersihan dan sampah', nameEn: 'Cleanliness and waste', tier: 'light' },
  { code: 'kesehatan', name: 'Layanan kesehatan', nameEn: 'Health services', tier: 'no_field_check' },
  { code: 'pendidikan', name: 'Pendidikan', nameEn: 'Education', tier: 'no_field_check' },
  { code: 'perizinan', name: 'Perizinan dan investasi', nameEn: 'Permits and investment', tier: 'normative' },
  {
    code: 'perilaku-asn',
    name: 'Perilaku dan pelayanan pegawai',
    nameEn: 'Conduct and service of staff',
    tier: 'field_check',
  },
  { code: 'sosial', name: 'Bantuan sosial', nameEn: 'Social assistance', tier: 'no_field_check' },
  // A service request's "was I asked to pay more?" link files here (the services module; Serang names it).
  { code: 'pungli', name: 'Pungutan liar (pungli)', nameEn: 'Illegal levies', tier: 'field_check' },
  { code: 'lainnya', name: 'Lainnya', nameEn: 'Other', tier: 'normative' },
];

export function presentCategory(c: Category): ComplaintCategory {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    nameEn: c.name_en,
    tier: c.tier as ResolutionTier,
    answerDays: c.answer_days,
    defaultUnitId: c.default_unit_id,
    active: c.active === 1,
  };
}

/** The tenant's categories (public: the intake form lists them); inactive ones only for managers. */
export async function listCategories(
  ctx: Ctx,
  options: { includeInactive?: boolean } = {},
): Promise<ComplaintCategory[]> {
  const tenant = requireTenant(ctx);
  const rows = await complaintsRepo.categories(ctx.db, tenant.id);
  return rows.filter((c) => options.includeInactive || c.active === 1).map(presentCategory);
}

/** Adds the default categories a tenant does not have yet (demo seed, first use). */
export async function ensureDefaultCategories(ctx: Ctx, unitIds: Partial<Record<string, string>> = {}): Promise<void> {
  const tenant = requireTenant(ctx);
  const existing = new Set((await complaintsRepo.categories(ctx.db, tenant.id)).map((c) => c.code));
  for (const c of DEFAULT_CATEGORIES) {
    if (existing.has(c.code)) continue;
    await complaintsRepo.insertCategory(ctx.db, {
      id: uuidv7(),
      tenant_id: tenant.id,
      code: c.code,
      name: c.name,
      name_en: c.nameEn,
      tier: c.tier,
      answer_days: RESOLUTION_TIERS[c.tier],
      default_unit_id: unitIds[c.code] ?? null,
      active: 1,
      created_at: ctx.clock.now().toISOString(),
    });
  }
}

export async function createCategory(ctx: Ctx, input: ComplaintCategoryInput): Promise<ComplaintCategory> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.manage);
  const data = complaintCategoryInputSchema.parse(input);
  return transaction(ctx, async (tx) => {
    if (await complaintsRepo.categoryByCode(tx.db, tenant.id, data.code))
      throw new Conflict('conflict', {}, [{ path: 'code', code: 'taken' }]);
    const id = uuidv7();
    await complaintsRepo.insertCategory(tx.db, {
      id,
      tenant_id: tenant.id,
      code: data.code,
      name: data.name,
      name_en: data.nameEn,
      tier: data.tier,
      answer_days: data.answerDays ?? RESOLUTION_TIERS[data.tier],
      default_unit_id: data.defaultUnitId ?? null,
      active: data.active ? 1 : 0,
      created_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'complaint.category_created',
      entityType: 'complaint_category',
      entityId: id,
      after: data,
    });
    return presentCategory((await complaintsRepo.category(tx.db, tenant.id, id)) as Category);
  });
}

export async function updateCategory(ctx: Ctx, id: string, input: ComplaintCategoryInput): Promise<ComplaintCategory> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.manage);
  const data = complaintCategoryInputSchema.parse(input);
  return transaction(ctx, async (tx) => {
    const before = await complaintsRepo.category(tx.db, tenant.id, id);
    if (!before) throw new NotFound();
    const other = await complaintsRepo.categoryByCode(tx.db, tenant.id, data.code);
    if (other && other.id !== id) throw new Conflict('conflict', {}, [{ path: 'code', code: 'taken' }]);
    await complaintsRepo.updateCategory(tx.db, tenant.id, id, {
      code: data.code,
      name: data.name,
      name_en: data.nameEn,
      tier: data.tier,
      answer_days: data.answerDays ?? RESOLUTION_TIERS[data.tier],
      default_unit_id: data.defaultUnitId ?? null,
      active: data.active ? 1 : 0,
    });
    await recordAudit(tx, {
      action: 'complaint.category_updated',
      entityType: 'complaint_category',
      entityId: id,
      before: presentCategory(before),
      after: data,
    });
    return presentCategory((await complaintsRepo.category(tx.db, tenant.id, id)) as Category);
  });
}
