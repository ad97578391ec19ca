import type { MetaSettings, MetaSettingsInput, NoticeKind } from '@lentera/common';

/** The settings form as typed: secrets empty unless the admin types a new one. */
export interface MetaDraft {
  appSecret: string;
  verifyToken: string;
  whatsapp: { phoneNumberId: string; displayNumber: string; accessToken: string };
  messenger: { pageId: string; accessToken: string };
  instagram: { accountId: string };
  templates: Array<{ kind: NoticeKind; name: string; language: string }>;
}

export function draftOf(settings: MetaSettings): MetaDraft {
  return {
    appSecret: '',
    verifyToken: '',
    whatsapp: {
      phoneNumberId: settings.whatsapp.phoneNumberId ?? '',
      displayNumber: settings.whatsapp.displayNumber ?? '',
      accessToken: '',
    },
    messenger: { pageId: settings.messenger.pageId ?? '', accessToken: '' },
    instagram: { accountId: settings.instagram.accountId ?? '' },
    templates: settings.templates.map((t) => ({ ...t })),
  };
}

const typed = (value: string) => (value.trim() ? value.trim() : undefined);

/**
 * The `PUT` body: a secret only when a new one is typed (else the stored one is kept), a channel with its ids (and
 * its token when typed), `null` for a channel whose id was emptied (disconnected), nothing for one never set.
 */
export function inputOf(draft: MetaDraft, settings: MetaSettings): MetaSettingsInput {
  const input: MetaSettingsInput = { templates: draft.templates.map((t) => ({ ...t, name: t.name.trim() })) };
  const appSecret = typed(draft.appSecret);
  if (appSecret) input.appSecret = appSecret;
  const verifyToken = typed(draft.verifyToken);
  if (verifyToken) input.verifyToken = verifyToken;
  const wa = draft.whatsapp;
  if (wa.phoneNumberId.trim())
    input.whatsapp = {
      phoneNumberId: wa.phoneNumberId.trim(),
      displayNumber: wa.displayNumber.trim(),
      ...(typed(wa.accessToken) ? { accessToken: typed(wa.accessToken) } : {}),
    };
  else if (settings.whatsapp.configured) input.whatsapp = null;
  const fb = draft.messenger;
  if (fb.pageId.trim())
    input.messenger = {
      pageId: fb.pageId.trim(),
      ...(typed(fb.accessToken) ? { accessToken: typed(fb.accessToken) } : {}),
    };
  else if (settings.messenger.configured) input.messenger = null;
  if (draft.instagram.accountId.trim()) input.instagram = { accountId: draft.instagram.accountId.trim() };
  else if (settings.instagram.configured) input.instagram = null;
  return input;
}
