import { createHash } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../../platform/context';
import { Invalid } from '../../../../platform/errors';
import { randomToken } from '../../../../platform/ids';
import { CHANNELS } from '../policy';
import { channelsRepo } from '../repository';
import { TelegramApiError, TelegramBotApi } from './client';
import { webhookPath } from './service';

export const telegramWebhookResultSchema = z.object({
  /** Whether Telegram accepted the address. */
  ok: z.boolean(),
  /** Telegram's own words ("Webhook was set", or why it refused), without the bot token. */
  description: z.string().nullable(),
  /** The public address given to Telegram, with its new secret (shown once, like the PUT's path). */
  webhookUrl: z.string(),
});
export type TelegramWebhookResult = z.infer<typeof telegramWebhookResultSchema>;

const sha256hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * "Set webhook" (tenant admin): tells Telegram to post the bot's updates to
 * `<PUBLIC_URL>/api/t/:slug/channels/telegram/:secret` with a fresh secret. Only a secret's hash is stored, so a
 * new one is made each time; it replaces the old one only when Telegram accepted the address, so a refusal leaves
 * the working webhook as it was. The answer says what Telegram said.
 */
export async function setTelegramWebhook(ctx: Ctx): Promise<TelegramWebhookResult> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, CHANNELS.manage);
  const config = await channelsRepo.telegramConfig(ctx.db, tenant.id);
  if (!config) throw new Invalid('complaint_telegram_not_configured');
  const secret = randomToken(32);
  const webhookUrl = `${ctx.config.publicUrl.replace(/\/$/, '')}${webhookPath(tenant.slug, secret)}`;
  const bot = new TelegramBotApi(ctx.config.telegramApiUrl, config.bot_token);
  let result: TelegramWebhookResult;
  try {
    result = { ok: true, description: await bot.setWebhook(webhookUrl), webhookUrl };
  } catch (error) {
    const message = error instanceof TelegramApiError ? error.message : 'setWebhook: failed';
    result = { ok: false, description: message, webhookUrl };
  }
  await transaction(ctx, async (tx) => {
    if (result.ok)
      await channelsRepo.saveTelegramConfig(tx.db, {
        ...config,
        secret_hash: sha256hex(secret),
        updated_at: tx.clock.now().toISOString(),
        updated_by: tx.actor?.accountId ?? null,
      });
    // The secret stays out of the audit log.
    await recordAudit(tx, {
      action: 'complaint.telegram_webhook_set',
      entityType: 'telegram_config',
      entityId: tenant.id,
      after: { ok: result.ok },
    });
  });
  return result;
}
