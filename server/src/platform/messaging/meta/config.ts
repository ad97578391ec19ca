/**
 * A tenant's Meta channels (tenant admin): the app secret and verify token of the webhook, the WhatsApp number with
 * its token, the Facebook page with its token (which Instagram's messages use too), the Instagram account, and the
 * WhatsApp template per notice. Secrets are stored as given (the Graph API needs them) and never shown back: the
 * settings answer whether they are set and the last characters of the tokens.
 */
import {
  defaultTemplateName,
  MESSAGING_PERMISSIONS,
  type MetaSettings,
  type MetaSettingsInput,
  metaSettingsInputSchema,
  NOTICE_KINDS,
  type NoticeKind,
} from '@lentera/common';
import { recordAudit } from '../../audit/audit';
import type { AuditVocabulary } from '../../audit/catalog';
import { type Ctx, requireTenant, transaction } from '../../context';
import type { DbOrTx } from '../../db/database';
import type { MetaConfigRow } from '../tables';
import { metaRepo } from './repository';

/** The language of a template when the tenant named none. */
export const DEFAULT_TEMPLATE_LANGUAGE = 'id';

/** The audit actions and entity written here, for the platform's audit vocabulary. */
export const metaAuditVocabulary: AuditVocabulary = {
  actions: {
    'messaging.meta_configured': { id: 'Saluran Meta diatur', en: "Meta's channels set up" },
  },
  entities: {
    messaging_meta_config: { label: { id: 'Pengaturan saluran Meta', en: "Meta's channel settings" } },
  },
};

/** A tenant's Meta configuration as the webhook and the sender use it; a channel is null when not connected. */
export interface MetaConfig {
  appSecret: string | null;
  verifyToken: string | null;
  whatsapp: { phoneNumberId: string; displayNumber: string | null; accessToken: string } | null;
  /** Messenger: the page and its token. */
  page: { pageId: string; accessToken: string } | null;
  /** Instagram: the professional account, written to with the page's token. */
  instagram: { accountId: string; accessToken: string } | null;
}

export function metaConfigOf(row: MetaConfigRow | undefined): MetaConfig | null {
  if (!row) return null;
  return {
    appSecret: row.app_secret,
    verifyToken: row.verify_token,
    whatsapp:
      row.wa_phone_number_id && row.wa_access_token
        ? {
            phoneNumberId: row.wa_phone_number_id,
            displayNumber: row.wa_display_number,
            accessToken: row.wa_access_token,
          }
        : null,
    page: row.page_id && row.page_access_token ? { pageId: row.page_id, accessToken: row.page_access_token } : null,
    instagram:
      row.ig_account_id && row.page_access_token
        ? { accountId: row.ig_account_id, accessToken: row.page_access_token }
        : null,
  };
}

/** The tenant's Meta configuration, or null when nothing is set. */
export async function loadMetaConfig(db: DbOrTx, tenantId: string): Promise<MetaConfig | null> {
  return metaConfigOf(await metaRepo.config(db, tenantId));
}

type TemplateSetting = { kind: NoticeKind; name: string; language: string };

function storedTemplates(row: MetaConfigRow | undefined): TemplateSetting[] {
  if (!row) return [];
  try {
    const list = JSON.parse(row.templates) as unknown;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (t): t is TemplateSetting =>
        !!t &&
        typeof t === 'object' &&
        (NOTICE_KINDS as readonly string[]).includes(t.kind) &&
        typeof t.name === 'string' &&
        typeof t.language === 'string',
    );
  } catch {
    return [];
  }
}

/** Every notice kind with its template: the tenant's, or the default name in Indonesian. */
function templatesOf(row: MetaConfigRow | undefined): TemplateSetting[] {
  const stored = new Map(storedTemplates(row).map((t) => [t.kind, t]));
  return NOTICE_KINDS.map(
    (kind) => stored.get(kind) ?? { kind, name: defaultTemplateName(kind), language: DEFAULT_TEMPLATE_LANGUAGE },
  );
}

/** The WhatsApp template a notice kind uses in this tenant (for the outbox row, when the window may be closed). */
export async function metaTemplateOf(
  db: DbOrTx,
  tenantId: string,
  kind: NoticeKind,
): Promise<{ name: string; language: string }> {
  const template = templatesOf(await metaRepo.config(db, tenantId)).find((t) => t.kind === kind);
  return {
    name: template?.name ?? defaultTemplateName(kind),
    language: template?.language ?? DEFAULT_TEMPLATE_LANGUAGE,
  };
}

const hint = (token: string | null) => (token ? `…${token.slice(-4)}` : null);
export const metaWebhookUrl = (ctx: Ctx, slug: string) =>
  `${ctx.config.publicUrl.replace(/\/$/, '')}/api/t/${slug}/channels/whatsapp`;

function settingsOf(ctx: Ctx, slug: string, row: MetaConfigRow | undefined): MetaSettings {
  return {
    appSecretSet: !!row?.app_secret,
    verifyTokenSet: !!row?.verify_token,
    webhookUrl: metaWebhookUrl(ctx, slug),
    whatsapp: {
      configured: !!(row?.wa_phone_number_id && row.wa_access_token),
      phoneNumberId: row?.wa_phone_number_id ?? null,
      displayNumber: row?.wa_display_number ?? null,
      tokenHint: hint(row?.wa_access_token ?? null),
    },
    messenger: {
      configured: !!(row?.page_id && row.page_access_token),
      pageId: row?.page_id ?? null,
      tokenHint: hint(row?.page_access_token ?? null),
    },
    instagram: { configured: !!(row?.ig_account_id && row.page_access_token), accountId: row?.ig_account_id ?? null },
    templates: templatesOf(row),
    updatedAt: row?.updated_at ?? null,
  };
}

/** `GET /api/t/:slug/messaging/settings`. */
export async function metaSettings(ctx: Ctx): Promise<MetaSettings> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, MESSAGING_PERMISSIONS.manage);
  return settingsOf(ctx, tenant.slug, await metaRepo.config(ctx.db, tenant.id));
}

/** `PUT /api/t/:slug/messaging/settings`: fields left out keep their value, `null` disconnects a channel. */
export async function saveMetaSettings(ctx: Ctx, input: MetaSettingsInput): Promise<MetaSettings> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, MESSAGING_PERMISSIONS.manage);
  const data = metaSettingsInputSchema.parse(input);
  const at = ctx.clock.now().toISOString();
  const row = await transaction(ctx, async (tx) => {
    const old = await metaRepo.config(tx.db, tenant.id);
    const wa = data.whatsapp;
    const page = data.messenger;
    const templates = new Map(storedTemplates(old).map((t) => [t.kind, t]));
    for (const t of data.templates ?? []) templates.set(t.kind, t);
    const next: MetaConfigRow = {
      tenant_id: tenant.id,
      app_secret: data.appSecret ?? old?.app_secret ?? null,
      verify_token: data.verifyToken ?? old?.verify_token ?? null,
      wa_phone_number_id: wa === null ? null : (wa?.phoneNumberId ?? old?.wa_phone_number_id ?? null),
      wa_display_number: wa === null ? null : (wa?.displayNumber ?? old?.wa_display_number ?? null),
      wa_access_token: wa === null ? null : (wa?.accessToken ?? old?.wa_access_token ?? null),
      page_id: page === null ? null : (page?.pageId ?? old?.page_id ?? null),
      page_access_token: page === null ? null : (page?.accessToken ?? old?.page_access_token ?? null),
      ig_account_id: data.instagram === null ? null : (data.instagram?.accountId ?? old?.ig_account_id ?? null),
      templates: JSON.stringify(
        NOTICE_KINDS.flatMap((kind) => {
          const t = templates.get(kind);
          // Only what differs from the default is kept, so that a later default applies to the rest.
          return t && (t.name !== defaultTemplateName(kind) || t.language !== DEFAULT_TEMPLATE_LANGUAGE)
            ? [{ kind, name: t.name, language: t.language }]
            : [];
        }),
      ),
      updated_at: at,
      updated_by: ctx.actor?.accountId ?? null,
    };
    await metaRepo.save(tx.db, next);
    // No secret goes into the audit log: whether each was changed, and the tokens' last characters.
    const shown = settingsOf(tx, tenant.slug, next);
    await recordAudit(tx, {
      action: 'messaging.meta_configured',
      entityType: 'messaging_meta_config',
      entityId: tenant.id,
      after: {
        appSecretChanged: data.appSecret !== undefined,
        verifyTokenChanged: data.verifyToken !== undefined,
        whatsapp: shown.whatsapp,
        messenger: shown.messenger,
        instagram: shown.instagram,
        templates: JSON.parse(next.templates),
      },
    });
    return next;
  });
  return settingsOf(ctx, tenant.slug, row);
}
