import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../../platform/context';
import { randomToken } from '../../../../platform/ids';
import { CHANNELS } from '../policy';
import { channelsRepo } from '../repository';

/** The tenant's Telegram bot (tenant admin). Messages go through the messaging layer (`messaging.ts`). */

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** True when the secret in the path is the tenant's (compared as SHA-256 digests, in constant time). */
export function secretMatches(storedHash: string, given: string): boolean {
  const stored = Buffer.from(storedHash, 'hex');
  const digest = sha256(given);
  return stored.length === digest.length && timingSafeEqual(stored, digest);
}

// ---------------------------------------------------------------------------------------------------------------
// Settings (tenant admin)

export const telegramConfigInputSchema = z.object({
  /** The token BotFather gives: `123456789:AA…`. */
  botToken: z
    .string()
    .trim()
    .regex(/^\d{5,15}:[A-Za-z0-9_-]{30,60}$/, 'not a Telegram bot token'),
  /** The secret in the webhook path; made here when left out. */
  secret: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{24,128}$/)
    .optional(),
});

export const telegramSettingsSchema = z.object({
  configured: z.boolean(),
  /** The token's bot id and last characters, never the whole token. */
  botTokenHint: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export const telegramConfiguredSchema = telegramSettingsSchema.extend({
  /** Shown once: the path to give Telegram's setWebhook (its secret is stored only as a hash). */
  webhookPath: z.string(),
});

const hint = (token: string) => `${token.split(':')[0]}:…${token.slice(-4)}`;
export const webhookPath = (slug: string, secret: string) => `/api/t/${slug}/channels/telegram/${secret}`;

export async function telegramSettings(ctx: Ctx): Promise<z.infer<typeof telegramSettingsSchema>> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, CHANNELS.manage);
  const row = await channelsRepo.telegramConfig(ctx.db, tenant.id);
  return { configured: !!row, botTokenHint: row ? hint(row.bot_token) : null, updatedAt: row?.updated_at ?? null };
}

export async function configureTelegram(ctx: Ctx, input: z.input<typeof telegramConfigInputSchema>) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, CHANNELS.manage);
  const data = telegramConfigInputSchema.parse(input);
  const secret = data.secret ?? randomToken(32);
  const at = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    await channelsRepo.saveTelegramConfig(tx.db, {
      tenant_id: tenant.id,
      bot_token: data.botToken,
      secret_hash: sha256(secret).toString('hex'),
      updated_at: at,
      updated_by: ctx.actor?.accountId ?? null,
    });
    // Neither the token nor the secret goes into the audit log.
    await recordAudit(tx, {
      action: 'complaint.telegram_configured',
      entityType: 'telegram_config',
      entityId: tenant.id,
      after: { bot: hint(data.botToken) },
    });
  });
  return {
    configured: true,
    botTokenHint: hint(data.botToken),
    updatedAt: at,
    webhookPath: webhookPath(tenant.slug, secret),
  };
}

export async function removeTelegram(ctx: Ctx): Promise<z.infer<typeof telegramSettingsSchema>> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, CHANNELS.manage);
  await transaction(ctx, async (tx) => {
    if (await channelsRepo.deleteTelegramConfig(tx.db, tenant.id))
      await recordAudit(tx, {
        action: 'complaint.telegram_removed',
        entityType: 'telegram_config',
        entityId: tenant.id,
      });
  });
  return { configured: false, botTokenHint: null, updatedAt: null };
}
