import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_MAX, errorMessage } from '@lentera/common';
import { z } from 'zod';
import { recordAudit } from '../../../../platform/audit/audit';
import { type Ctx, requireTenant, type Services, transaction } from '../../../../platform/context';
import { DomainError, NotFound } from '../../../../platform/errors';
import { randomToken } from '../../../../platform/ids';
import type { TenantRecord } from '../../../../platform/tenancy/repository';
import type { UploadedFile } from '../../attachments';
import {
  type ComplainantTransport,
  type PublicStep,
  registerComplainantTransport,
  telegramChatIdsOf,
} from '../../notify';
import { complaintsRepo } from '../../repository';
import { submitComplaint } from '../../use-cases/submit-complaint';
import { CHANNELS } from '../policy';
import { channelsRepo, type TelegramChat } from '../repository';
import { TelegramApiError, TelegramBotApi } from './client';

export const TELEGRAM_OUTBOX_JOB = 'complaints.telegram-outbox';
const MAX_ATTEMPTS = 8;
/** Back-off after a failed send: 30 s, 1 min, 2 min, ... capped at one hour. */
const backoffMs = (attempts: number) => Math.min(2 ** (attempts - 1) * 30_000, 3600_000);
const sha256 = (text: string) => createHash('sha256').update(text).digest();

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

// ---------------------------------------------------------------------------------------------------------------
// Outbox

let lastOutboxMs = 0;
let outboxCounter = 0;
/**
 * Outbox ids sort in the order the messages were queued in this process (milliseconds, then a counter), so
 * that a chat receives a conversation's replies in order; UUIDv7s made with other clocks in the same
 * millisecond would not keep that order.
 */
function outboxId(): string {
  const now = Math.max(Date.now(), lastOutboxMs);
  outboxCounter = now === lastOutboxMs ? outboxCounter + 1 : 0;
  lastOutboxMs = now;
  return `${String(now).padStart(13, '0')}-${String(outboxCounter).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
}

/** Queues a message to a chat in the caller's transaction; the job sends it after the commit. */
export async function queueTelegram(ctx: Ctx, chatId: string, text: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const now = ctx.clock.now().toISOString();
  await channelsRepo.enqueueTelegram(ctx.db, {
    id: outboxId(),
    tenant_id: tenant.id,
    chat_id: chatId,
    text: text.slice(0, 4096),
    status: 'pending',
    attempts: 0,
    next_attempt_at: now,
    last_error: null,
    created_at: now,
    sent_at: null,
  });
  ctx.afterCommit(() => ctx.jobs.nudge(TELEGRAM_OUTBOX_JOB));
}

/**
 * Sends the due messages of the Telegram outbox. Each row is claimed with a conditional update (two nodes never
 * send one message twice); a failure is retried with growing back-off (or Telegram's retry_after), a permanent
 * refusal (bot blocked, chat unknown) or the eighth failure ends it as `failed`.
 */
export async function deliverTelegramOutbox(services: Services, limit = 50): Promise<number> {
  const due = await channelsRepo.dueTelegram(services.db, services.clock.now().toISOString(), limit);
  const bots = new Map<string, TelegramBotApi | null>();
  let sent = 0;
  for (const row of due) {
    if (!(await channelsRepo.claimTelegram(services.db, row.id, row.attempts))) continue;
    const attempts = row.attempts + 1;
    if (!bots.has(row.tenant_id)) {
      const config = await channelsRepo.telegramConfig(services.db, row.tenant_id);
      bots.set(row.tenant_id, config ? new TelegramBotApi(services.config.telegramApiUrl, config.bot_token) : null);
    }
    const bot = bots.get(row.tenant_id);
    try {
      if (!bot) throw new TelegramApiError('the Telegram bot of this government is not configured', 404);
      await bot.sendMessage(row.chat_id, row.text);
      await channelsRepo.updateTelegram(services.db, row.id, {
        status: 'sent',
        sent_at: services.clock.now().toISOString(),
        last_error: null,
      });
      sent += 1;
    } catch (error) {
      const failure = error instanceof TelegramApiError ? error : new TelegramApiError(String(error), 0);
      const wait = failure.retryAfter ? failure.retryAfter * 1000 : backoffMs(attempts);
      services.log.warn({ telegramId: row.id, attempts, err: failure.message }, 'telegram delivery failed');
      await channelsRepo.updateTelegram(services.db, row.id, {
        status: failure.permanent || attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        last_error: failure.message.slice(0, 2000),
        next_attempt_at: new Date(services.clock.now().getTime() + wait).toISOString(),
      });
    }
  }
  return sent;
}

// ---------------------------------------------------------------------------------------------------------------
// Public steps of a complaint, told to the chats that follow it

const STEP_TEXTS: Record<PublicStep, { id: string; en: string }> = {
  received: { id: 'Pengaduan Anda telah kami terima.', en: 'We have received your complaint.' },
  postponed: { id: 'Kami memerlukan keterangan tambahan.', en: 'We need more information.' },
  verified: { id: 'Pengaduan diverifikasi dan diteruskan ke OPD.', en: 'Verified and routed to the agency.' },
  referred: { id: 'Pengaduan di luar kewenangan kami.', en: 'Outside our authority.' },
  archived: { id: 'Pengaduan diarsipkan.', en: 'Complaint archived.' },
  merged: { id: 'Pengaduan digabung dengan laporan yang sama.', en: 'Merged with the same report.' },
  answered: { id: 'Pengaduan Anda telah dijawab.', en: 'Your complaint has been answered.' },
  reopened: { id: 'Pengaduan dibuka kembali.', en: 'Complaint reopened.' },
  closed: { id: 'Pengaduan selesai.', en: 'Complaint closed.' },
};

export function stepMessage(notice: { code: string; step: PublicStep; text: string | null }): string {
  const t = STEP_TEXTS[notice.step];
  return [
    `${t.id}`,
    `Kode pelacakan / tracking code: ${notice.code}`,
    ...(notice.text ? ['', notice.text] : []),
    '',
    `(${t.en})`,
  ].join('\n');
}

/**
 * The complainant notifier's Telegram transport: every chat that follows the complaint gets the step through the
 * Telegram outbox, queued in the step's transaction (the message commits with the step or not at all).
 */
export const telegramTransport: ComplainantTransport = {
  name: 'telegram',
  async deliver(ctx, notice) {
    for (const chatId of telegramChatIdsOf(notice)) await queueTelegram(ctx, chatId, stepMessage(notice));
  },
};
registerComplainantTransport(telegramTransport);

// ---------------------------------------------------------------------------------------------------------------
// The conversation

const photoSchema = z.object({ file_id: z.string().max(300), file_size: z.number().optional() });
export const telegramUpdateSchema = z.object({
  update_id: z.number().int(),
  message: z
    .object({
      message_id: z.number().int(),
      chat: z.object({ id: z.union([z.number(), z.string()]), type: z.string() }),
      from: z.object({ first_name: z.string().optional(), last_name: z.string().optional() }).optional(),
      text: z.string().max(5000).optional(),
      caption: z.string().max(5000).optional(),
      photo: z.array(photoSchema).max(20).optional(),
    })
    .passthrough()
    .optional(),
});
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

const TEXTS = {
  welcome:
    'Selamat datang di layanan pengaduan {tenant}.\nPilih kategori dengan mengirim nomornya:\n{list}\n\n' +
    '(Welcome. Reply with the number of a category. Send /batal to start over.)',
  describe:
    'Kategori: {category}.\nTuliskan pengaduan Anda (paling sedikit 10 karakter). Anda boleh melampirkan foto ' +
    'dengan keterangan.\n(Describe your complaint; you may attach photos with a caption.)',
  photoKept: 'Foto diterima ({n}). Sekarang tuliskan pengaduan Anda.\n(Photo received. Now describe your complaint.)',
  tooShort: 'Uraian terlalu singkat: paling sedikit 10 karakter.\n(Too short: at least 10 characters.)',
  noCategories: 'Maaf, layanan pengaduan belum memiliki kategori.\n(Sorry, no categories yet.)',
  followLink:
    'Tautan rahasia untuk mengikuti {code} (jangan dibagikan):\n{link}\n(Secret link to follow your complaint; do not share it.)',
  photoFailed:
    'Maaf, foto tidak dapat diambil dari Telegram. Silakan kirim ulang.\n(Sorry, the photo could not be fetched; please send it again.)',
};
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** True when the secret in the path is the tenant's (compared as SHA-256 digests, in constant time). */
function secretMatches(storedHash: string, given: string): boolean {
  const stored = Buffer.from(storedHash, 'hex');
  const digest = sha256(given);
  return stored.length === digest.length && timingSafeEqual(stored, digest);
}

/**
 * Handles one Bot API update sent to the tenant's webhook. A private chat walks: /start → category number →
 * description (with photos) → a complaint on the `telegram` channel whose chat then hears every public step.
 * Each update id is acted on once; if acting fails, the id is released so that Telegram's retry is handled.
 */
export async function handleTelegramUpdate(ctx: Ctx, secret: string, body: unknown): Promise<{ ok: true }> {
  const tenant = requireTenant(ctx);
  const config = await channelsRepo.telegramConfig(ctx.db, tenant.id);
  // An unknown secret is answered like an unknown path.
  if (!config || !secretMatches(config.secret_hash, secret)) throw new NotFound('route_not_found');
  const parsed = telegramUpdateSchema.safeParse(body);
  // Updates this bot does not handle (edits, joins, malformed) are acknowledged, so Telegram stops repeating them.
  if (!parsed.success || !parsed.data.message || parsed.data.message.chat.type !== 'private') return { ok: true };
  const updateId = String(parsed.data.update_id);
  if (!(await channelsRepo.claimUpdate(ctx.db, tenant.id, updateId, ctx.clock.now().toISOString())))
    return { ok: true };
  try {
    await converse(ctx, tenant, new TelegramBotApi(ctx.config.telegramApiUrl, config.bot_token), parsed.data.message);
  } catch (error) {
    await channelsRepo.releaseUpdate(ctx.db, tenant.id, updateId);
    throw error;
  }
  return { ok: true };
}

type Message = NonNullable<TelegramUpdate['message']>;

async function converse(ctx: Ctx, tenant: TenantRecord, bot: TelegramBotApi, message: Message): Promise<void> {
  const chatId = String(message.chat.id);
  const text = (message.text ?? message.caption ?? '').trim();
  const now = ctx.clock.now().toISOString();
  const categories = (await complaintsRepo.categories(ctx.db, tenant.id)).filter((c) => c.active === 1);
  const stored = await channelsRepo.chat(ctx.db, tenant.id, chatId);
  const state: TelegramChat = stored ?? {
    tenant_id: tenant.id,
    chat_id: chatId,
    step: 'category',
    category_id: null,
    photo_file_ids: '[]',
    updated_at: now,
  };
  const save = (changes: Partial<TelegramChat>) =>
    channelsRepo.saveChat(ctx.db, { ...state, ...changes, updated_at: now });
  const reply = (body: string) => queueTelegram(ctx, chatId, body);
  const welcome = async () => {
    await save({ step: 'category', category_id: null, photo_file_ids: '[]' });
    if (!categories.length) return reply(TEXTS.noCategories);
    const list = categories.map((c, i) => `${i + 1}. ${c.name}`).join('\n');
    return reply(fill(TEXTS.welcome, { tenant: tenant.name, list }));
  };

  if (!stored || /^\/(start|batal|cancel)\b/i.test(text)) return welcome();

  if (state.step === 'category') {
    const chosen = /^\d{1,3}$/.test(text) ? categories[Number(text) - 1] : undefined;
    if (!chosen) return welcome();
    await save({ step: 'describe', category_id: chosen.id, photo_file_ids: '[]' });
    return reply(fill(TEXTS.describe, { category: chosen.name }));
  }

  // step 'describe'
  const category = categories.find((c) => c.id === state.category_id);
  if (!category) return welcome();
  const photos: string[] = JSON.parse(state.photo_file_ids);
  const largest = message.photo?.at(-1);
  if (largest && photos.length < ATTACHMENTS_MAX) photos.push(largest.file_id);
  if (!text) {
    await save({ photo_file_ids: JSON.stringify(photos) });
    return reply(fill(TEXTS.photoKept, { n: photos.length }));
  }
  if (text.length < 10) {
    await save({ photo_file_ids: JSON.stringify(photos) });
    return reply(TEXTS.tooShort);
  }

  let attachments: UploadedFile[];
  try {
    attachments = await downloadPhotos(bot, photos);
  } catch (error) {
    ctx.log.warn({ err: (error as Error).message }, 'telegram photo download failed');
    await save({ photo_file_ids: '[]' });
    return reply(TEXTS.photoFailed);
  }
  const firstLine = text.split(/\r?\n/)[0]?.trim() ?? '';
  const title =
    firstLine.length >= 3 ? (firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine) : category.name;
  const name = [message.from?.first_name, message.from?.last_name].filter(Boolean).join(' ') || null;
  let result: Awaited<ReturnType<typeof submitComplaint>>;
  try {
    // The tracking code reaches the chat as the `received` step's notice (telegramTransport above).
    result = await submitComplaint(
      ctx,
      { class: 'pengaduan', categoryId: category.id, title, description: text, privacy: 'anonim', guest: { name } },
      { channel: 'telegram', telegramChatId: chatId, attachments },
    );
  } catch (error) {
    if (error instanceof DomainError && error.status < 500) {
      await save({ photo_file_ids: '[]' });
      return reply(
        `${errorMessage(error.code, 'id', error.params)}\n(${errorMessage(error.code, 'en', error.params)})`,
      );
    }
    if (error instanceof z.ZodError) return reply(TEXTS.tooShort);
    throw error;
  }
  await save({ step: 'category', category_id: null, photo_file_ids: '[]' });
  if (result.followPath)
    await reply(
      fill(TEXTS.followLink, {
        code: result.code,
        link: `${ctx.config.publicUrl.replace(/\/$/, '')}${result.followPath}`,
      }),
    );
}

async function downloadPhotos(bot: TelegramBotApi, fileIds: string[]): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  for (const [i, fileId] of fileIds.entries()) {
    const file = await bot.getFile(fileId);
    if (!file.file_path) throw new TelegramApiError('getFile gave no file_path', 400);
    if ((file.file_size ?? 0) > ATTACHMENT_MAX_BYTES) throw new TelegramApiError('photo too large', 413);
    const data = await bot.download(file.file_path, ATTACHMENT_MAX_BYTES);
    files.push({ fileName: `telegram-foto-${i + 1}${file.file_path.match(/\.\w+$/)?.[0] ?? '.jpg'}`, data });
  }
  return files;
}
