import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { COMPLAINTS } from '../policy';
import { complaintsRepo } from '../repository';
import { settingsOf } from '../support';

export const settingsBodySchema = z.object({
  verificationDays: z.number().int().min(1).max(30),
  reopenDays: z.number().int().min(1).max(60),
  guestPerHour: z.number().int().min(0).max(1000),
  dailyDigest: z.boolean(),
});

/** Read by those who work complaints (their deadlines) and by those who may change the settings. */
export async function getSettings(ctx: Ctx) {
  if (!(await ctx.access.can(ctx.actor, COMPLAINTS.work))) await ctx.access.assert(ctx.actor, COMPLAINTS.manage);
  return settingsOf(ctx, requireTenant(ctx).id);
}

export async function saveSettings(ctx: Ctx, input: z.input<typeof settingsBodySchema>) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.manage);
  const data = settingsBodySchema.parse(input);
  return transaction(ctx, async (tx) => {
    const before = await settingsOf(tx, tenant.id);
    await complaintsRepo.saveSettings(tx.db, {
      tenant_id: tenant.id,
      verification_days: data.verificationDays,
      reopen_days: data.reopenDays,
      guest_per_hour: data.guestPerHour,
      daily_digest: data.dailyDigest ? 1 : 0,
      updated_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'complaint.settings_changed',
      entityType: 'complaint_settings',
      entityId: tenant.id,
      before,
      after: data,
    });
    return settingsOf(tx, tenant.id);
  });
}
