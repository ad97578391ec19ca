/**
 * The one conversation of every chat channel (Telegram, WhatsApp, Messenger, Instagram): the messaging layer hands
 * it each inbound message that is not a repeat, a flood, BERHENTI/MULAI or a link code. A chat walks: start →
 * category number → description (photos, PDF documents and a shared location before or with it) → an `anonim`
 * complaint on the message's channel, which the chat then follows. A tracking code (or `STATUS <code>`) is answered
 * with the complaint's public status, only for a complaint this chat follows.
 */
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_MAX,
  type ChatChannel,
  type ComplaintStatus,
  errorMessage,
  insideIndonesia,
  parseTrackingCode,
} from '@lentera/common';
import { z } from 'zod';
import { type Ctx, requireTenant } from '../../../platform/context';
import { DomainError } from '../../../platform/errors';
import { detectType } from '../../../platform/files';
import { uuidv7 } from '../../../platform/ids';
import type { InboundMedia, InboundMessage } from '../../../platform/messaging/index';
import { registerConversation, replyTo } from '../../../platform/messaging/index';
import { cleanAttachments, type UploadedFile } from '../attachments';
import { complaintsRepo } from '../repository';
import { submitComplaint } from '../use-cases/submit-complaint';
import { fill, REFUSED_MEDIA, STATUS_TEXTS, TEXTS } from './conversation-texts';
import { type ChatSession, channelsRepo } from './repository';

const CHANNEL_NAMES: Record<ChatChannel, string> = {
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  instagram: 'Instagram',
};
/** Kinds the conversation may keep (checked again by content); audio, video, stickers and the rest are refused. */
const KEPT_KINDS = new Set<InboundMedia['kind']>(['image', 'document']);
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
};
/** `/start`, `/batal` (Telegram's commands), or the words alone. */
const RESTART = /^(\/(start|batal|cancel)\b.*|batal|menu|halo|hai)$/i;
const STATUS = /^(?:status|cek|lacak)\s+(\S+)$/i;

interface KeptFile {
  key: string;
  fileName: string;
}

const bilingual = (error: { code: string; params?: Record<string, unknown> }) =>
  `${errorMessage(error.code, 'id', error.params)}\n(${errorMessage(error.code, 'en', error.params)})`;
const OUTSIDE = { code: 'complaint_outside_indonesia' };

/** A tracking code the message asks about: the code alone, or `STATUS <code>`. */
function askedCode(text: string): string | null {
  const candidate = (STATUS.exec(text)?.[1] ?? text).trim().toUpperCase();
  return parseTrackingCode(candidate) ? candidate : null;
}

export async function converse(ctx: Ctx, message: InboundMessage): Promise<void> {
  const tenant = requireTenant(ctx);
  const chat = { channel: message.channel, address: message.address };
  const reply = (body: string) => replyTo(ctx, chat, body);
  const text = message.text.trim();

  const code = text && !message.media.length ? askedCode(text) : null;
  if (code) return answerStatus(ctx, message, code);

  const now = ctx.clock.now().toISOString();
  const categories = (await complaintsRepo.categories(ctx.db, tenant.id)).filter((c) => c.active === 1);
  const stored = await channelsRepo.chatSession(ctx.db, tenant.id, chat.channel, chat.address);
  const state: ChatSession = stored ?? {
    tenant_id: tenant.id,
    channel: chat.channel,
    address: chat.address,
    step: 'category',
    category_id: null,
    media: '[]',
    lat: null,
    lng: null,
    updated_at: now,
  };
  const save = async (changes: Partial<ChatSession>) => {
    Object.assign(state, changes, { updated_at: now });
    await channelsRepo.saveChatSession(ctx.db, state);
  };
  const kept: KeptFile[] = JSON.parse(state.media);
  const forget = async () => {
    await Promise.all(kept.map((f) => ctx.files.remove(f.key).catch(() => undefined)));
    kept.length = 0;
  };
  const categoryList = () => categories.map((c, i) => `${i + 1}. ${c.name}`).join('\n');
  const welcome = async () => {
    await forget();
    await save({ step: 'category', category_id: null, media: '[]', lat: null, lng: null });
    if (!categories.length) return reply(TEXTS.noCategories);
    return reply(fill(TEXTS.welcome, { tenant: tenant.name, list: categoryList() }));
  };

  if (!stored || RESTART.test(text)) return welcome();

  // Kinds never kept are refused at once; the rest of the message (its text, a location) still counts.
  const refused = message.media.find((m) => !KEPT_KINDS.has(m.kind));
  if (refused) {
    const what = REFUSED_MEDIA[refused.kind] ?? (REFUSED_MEDIA.other as { id: string; en: string });
    await reply(fill(TEXTS.mediaRefused, { what: what.id, whatEn: what.en }));
  }
  const place = message.location;
  if (place && !insideIndonesia(place.lat, place.lng)) return reply(bilingual(OUTSIDE));
  if (place) await save({ lat: place.lat, lng: place.lng });

  if (state.step === 'category') {
    const chosen = /^\d{1,3}$/.test(text) ? categories[Number(text) - 1] : undefined;
    if (!chosen) {
      if (place && !text) return reply(TEXTS.locationFirst);
      if (refused && !text) return;
      return welcome();
    }
    await save({ step: 'describe', category_id: chosen.id });
    return reply(fill(TEXTS.describe, { category: chosen.name }));
  }

  // step 'describe'
  const category = categories.find((c) => c.id === state.category_id);
  if (!category) return welcome();
  const incoming = message.media.filter((m) => KEPT_KINDS.has(m.kind));
  let added = 0;
  for (const media of incoming) {
    if (kept.length >= ATTACHMENTS_MAX) {
      await reply(fill(TEXTS.tooManyFiles, { max: ATTACHMENTS_MAX }));
      break;
    }
    let file: UploadedFile;
    try {
      file = await fetchMedia(
        media,
        `${chat.channel}-${media.kind === 'image' ? 'foto' : 'berkas'}-${kept.length + 1}`,
      );
    } catch (error) {
      ctx.log.warn({ channel: chat.channel, err: (error as Error).message }, 'chat media download failed');
      await save({ media: JSON.stringify(kept) });
      return reply(fill(TEXTS.photoFailed, { channel: CHANNEL_NAMES[chat.channel] }));
    }
    try {
      // Checked now, so that the chat hears at once; checked (and stripped) again when the complaint is filed.
      await cleanAttachments([file]);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await reply(bilingual(error));
      continue;
    }
    const key = `complaints-chat/${tenant.id}/${uuidv7(Date.parse(now))}`;
    await ctx.files.put(key, file.data);
    kept.push({ key, fileName: file.fileName });
    added += 1;
  }
  await save({ media: JSON.stringify(kept) });

  if (!text) {
    if (added) return reply(fill(TEXTS.photoKept, { n: kept.length }));
    if (place) return reply(TEXTS.locationKept);
    return;
  }
  if (text.length < 10) return reply(TEXTS.tooShort);

  const firstLine = text.split(/\r?\n/)[0]?.trim() ?? '';
  const title =
    firstLine.length >= 3 ? (firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine) : category.name;
  const attachments = await Promise.all(
    kept.map(async (f) => ({ fileName: f.fileName, data: await ctx.files.read(f.key) })),
  );
  let result: Awaited<ReturnType<typeof submitComplaint>>;
  try {
    // The tracking code reaches the chat as the `received` step's notice (the complainant notifier).
    result = await submitComplaint(
      ctx,
      {
        class: 'pengaduan',
        categoryId: category.id,
        title,
        description: text,
        privacy: 'anonim',
        guest: { name: message.name },
        ...(state.lat !== null && state.lng !== null ? { lat: state.lat, lng: state.lng } : {}),
      },
      { channel: chat.channel, contact: chat, attachments },
    );
  } catch (error) {
    if (error instanceof DomainError && error.status < 500) {
      // What made it fail (a file, a place outside Indonesia) is dropped; the category stays.
      await forget();
      await save({ media: '[]', lat: null, lng: null });
      return reply(bilingual(error));
    }
    if (error instanceof z.ZodError) {
      if (!error.issues.some((i) => i.path[0] === 'lat' || i.path[0] === 'lng')) return reply(TEXTS.tooShort);
      await save({ lat: null, lng: null });
      return reply(bilingual(OUTSIDE));
    }
    throw error;
  }
  await forget();
  await save({ step: 'category', category_id: null, media: '[]', lat: null, lng: null });
  if (result.followPath)
    await reply(
      fill(TEXTS.followLink, {
        code: result.code,
        link: `${ctx.config.publicUrl.replace(/\/$/, '')}${result.followPath}`,
      }),
    );
}

/** Downloads one media item (at most the attachment limit) and names it by its content's type. */
async function fetchMedia(media: InboundMedia, baseName: string): Promise<UploadedFile> {
  const { data } = await media.fetch(ATTACHMENT_MAX_BYTES);
  const type = await detectType(data);
  return { fileName: `${baseName}${(type && EXTENSIONS[type]) ?? '.bin'}`, data };
}

/**
 * The public status of a complaint this chat follows. Any other code (unknown, another person's, another tenant's)
 * gets the same answer as an unknown one: a chat learns nothing about complaints that are not its own.
 */
async function answerStatus(ctx: Ctx, message: InboundMessage, code: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const chat = { channel: message.channel, address: message.address };
  const found = await channelsRepo.followedByChat(ctx.db, tenant.id, code, chat.channel, chat.address);
  if (!found) return replyTo(ctx, chat, fill(TEXTS.statusUnknown, { code }));
  const status = STATUS_TEXTS[found.status as ComplaintStatus] ?? { id: found.status, en: found.status };
  const detail =
    found.status === 'answered' || found.status === 'closed'
      ? found.answer_text
      : found.status === 'postponed'
        ? found.question
        : found.status === 'referred'
          ? found.referral
          : null;
  await replyTo(
    ctx,
    chat,
    fill(TEXTS.statusOf, {
      code: found.code,
      status: status.id,
      statusEn: status.en,
      detail: detail ? `\n\n${detail}` : '',
    }),
  );
}

registerConversation((ctx, message) => converse(ctx, message));
