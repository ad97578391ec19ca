import { type TrainingSettings, trainingSettingsSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { TRAINING } from '../policy';
import { catalogRepo, trainerAccounts } from '../repository/catalog';
import { settingsOf } from '../support';

/** The tenant's training settings (JP minimums and deadlines) as HR sees them. */
export async function trainingSettings(ctx: Ctx): Promise<TrainingSettings> {
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  return settingsOf(ctx);
}

/** Changes the JP minimums (DOMAIN.md: 20 PNS, 24 PPPK by default), the approval deadline, the needs threshold. */
export async function changeTrainingSettings(ctx: Ctx, body: unknown): Promise<TrainingSettings> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = trainingSettingsSchema.parse(body);
  const before = await settingsOf(ctx);
  await transaction(ctx, async (tx) => {
    await catalogRepo.saveSettings(tx.db, {
      tenant_id: tenant.id,
      minimum_jp_pns: input.minimumJpPns,
      minimum_jp_pppk: input.minimumJpPppk,
      approval_working_days: input.approvalWorkingDays,
      complaint_need_threshold: input.complaintNeedThreshold,
      updated_at: ctx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'training.settings_changed',
      entityType: 'training_settings',
      entityId: tenant.id,
      before,
      after: input,
    });
  });
  return input;
}

/** Accounts with the trainer role, for HR to name on programmes and events. */
export async function listTrainers(ctx: Ctx) {
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const rows = await trainerAccounts(ctx.db, requireTenant(ctx).id);
  return { items: rows.map((r) => ({ accountId: r.id, name: r.name })) };
}
