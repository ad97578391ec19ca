/** Factories for complaints tests (exported for other modules' tests too). */
import type { ComplaintIntakeInput, ResolutionTier } from '@lentera/common';
import { RESOLUTION_TIERS } from '@lentera/common';
import { type Actor, makeCtx, type Services } from '../../../platform/context';
import { uuidv7 } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { complaintsRepo, type Report } from '../repository';
import { type SubmitOptions, submitComplaint } from '../use-cases/submit-complaint';

let counter = 0;

export async function buildCategory(
  services: Services,
  tenant: TenantRecord,
  overrides: Partial<{
    code: string;
    name: string;
    tier: ResolutionTier;
    answerDays: number;
    defaultUnitId: string;
  }> = {},
) {
  counter += 1;
  const id = uuidv7();
  const tier = overrides.tier ?? 'normative';
  await complaintsRepo.insertCategory(services.db, {
    id,
    tenant_id: tenant.id,
    code: overrides.code ?? `kategori-${counter}`,
    name: overrides.name ?? `Kategori Uji ${counter}`,
    name_en: `Test category ${counter}`,
    tier,
    answer_days: overrides.answerDays ?? RESOLUTION_TIERS[tier],
    default_unit_id: overrides.defaultUnitId ?? null,
    active: 1,
    created_at: services.clock.now().toISOString(),
  });
  return (await complaintsRepo.category(services.db, tenant.id, id))!;
}

/** Settings without the guest rate limit, for tests that file many complaints. */
export async function setComplaintSettings(
  services: Services,
  tenant: TenantRecord,
  values: Partial<{ verificationDays: number; reopenDays: number; guestPerHour: number; dailyDigest: boolean }>,
) {
  await complaintsRepo.saveSettings(services.db, {
    tenant_id: tenant.id,
    verification_days: values.verificationDays ?? 3,
    reopen_days: values.reopenDays ?? 10,
    guest_per_hour: values.guestPerHour ?? 5,
    daily_digest: values.dailyDigest ? 1 : 0,
    updated_at: services.clock.now().toISOString(),
  });
}

export const complaintBody = (
  categoryId: string,
  overrides: Partial<ComplaintIntakeInput> = {},
): ComplaintIntakeInput => {
  counter += 1;
  return {
    class: 'pengaduan',
    categoryId,
    title: `Jalan berlubang di Jl. Sudirman ${counter}`,
    description: 'Lubang besar di depan pasar sudah dua minggu dan membahayakan pengendara motor.',
    privacy: 'public',
    guest: { name: 'Siti Pelapor', email: `siti${counter}@contoh.id`, phone: '081234567890' },
    ...overrides,
  };
};

/** A complaint filed as a guest (or as `actor`), through the real use case. */
export async function buildComplaint(
  services: Services,
  tenant: TenantRecord,
  categoryId: string,
  overrides: Partial<ComplaintIntakeInput> = {},
  options: SubmitOptions & { actor?: Actor | null } = {},
) {
  const ctx = makeCtx(services, { tenant, actor: options.actor ?? null });
  const result = await submitComplaint(ctx, complaintBody(categoryId, overrides), options);
  // `due_sort` is computed by the database (never written), so the row stays usable as an insert template.
  const { due_sort: _computed, ...row } = (await complaintsRepo.report(services.db, tenant.id, result.id)) as Report & {
    due_sort?: string;
  };
  return { ...result, row: row as Report };
}
