import type { Selectable } from 'kysely';

/** The messaging layer's tables (migration `2026_12_09_0003_messaging`). Only `repository.ts` queries them. */

export interface MessagingOutboxTable {
  /** Sorts in the order messages were queued (a chat receives a conversation's replies in order). */
  id: string;
  tenant_id: string;
  channel: string;
  /** Telegram chat id, WhatsApp phone (digits), Messenger PSID or Instagram IGSID. */
  address: string;
  /** A notice kind (`queue.called`), or `reply` for an answer inside a conversation. */
  kind: string;
  text: string;
  /** WhatsApp: the approved template sent instead of the text when the 24-hour window is closed. */
  template_name: string | null;
  template_language: string | null;
  /** JSON array of the template's body parameters, in order. */
  template_params: string | null;
  /** pending, sending, sent, failed. */
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface MessagingContactsTable {
  tenant_id: string;
  channel: string;
  address: string;
  account_id: string | null;
  linked_at: string | null;
  name: string | null;
  /** The last message the person sent us: opens WhatsApp's and Messenger's 24-hour window. */
  last_inbound_at: string | null;
  /** Set by a BERHENTI reply; nothing is sent to the contact until MULAI. */
  opted_out_at: string | null;
  rate_window_start: string | null;
  rate_count: number;
  updated_at: string;
}

export interface MessagingPreferencesTable {
  tenant_id: string;
  account_id: string;
  channel: string;
  enabled: number;
  updated_at: string;
}

export interface MessagingLinkCodesTable {
  tenant_id: string;
  code: string;
  account_id: string;
  expires_at: string;
}

export interface MessagingMetaConfigTable {
  tenant_id: string;
  app_secret: string | null;
  verify_token: string | null;
  wa_phone_number_id: string | null;
  wa_display_number: string | null;
  wa_access_token: string | null;
  page_id: string | null;
  page_access_token: string | null;
  ig_account_id: string | null;
  /** JSON array of `{ kind, name, language }`: the WhatsApp template per notice where it differs from the default. */
  templates: string;
  updated_at: string;
  updated_by: string | null;
}

export interface MessagingInboundTable {
  tenant_id: string;
  message_id: string;
  received_at: string;
}

declare module '../db/schema' {
  interface Database {
    messaging_outbox: MessagingOutboxTable;
    messaging_contacts: MessagingContactsTable;
    messaging_preferences: MessagingPreferencesTable;
    messaging_link_codes: MessagingLinkCodesTable;
    messaging_meta_config: MessagingMetaConfigTable;
    messaging_inbound: MessagingInboundTable;
  }
}

export type OutboxRow = Selectable<MessagingOutboxTable>;
export type ContactRow = Selectable<MessagingContactsTable>;
export type MetaConfigRow = Selectable<MessagingMetaConfigTable>;
