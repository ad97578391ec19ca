/** The messaging layer's actions. */
export const MESSAGING_PERMISSIONS = {
  /** Connect Meta's channels (WhatsApp, Messenger, Instagram) and name the WhatsApp templates (tenant admin). */
  manage: 'messaging.manage',
} as const;
