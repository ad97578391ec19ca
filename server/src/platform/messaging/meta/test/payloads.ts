/** Meta webhook deliveries as Meta sends them (trimmed to the fields Lentera reads, plus some it ignores). */

export const WA_PHONE_NUMBER_ID = '1098765432';
export const PAGE_ID = '556677889900';
export const IG_ACCOUNT_ID = '17841400000000';

/** A WhatsApp Cloud API delivery with the given messages from one person. */
export function whatsappDelivery(
  messages: Array<Record<string, unknown>>,
  options: { from?: string; name?: string; phoneNumberId?: string } = {},
) {
  const from = options.from ?? '6281234567890';
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: '6281100001111',
                phone_number_id: options.phoneNumberId ?? WA_PHONE_NUMBER_ID,
              },
              contacts: [{ profile: { name: options.name ?? 'Rina Warga' }, wa_id: from }],
              messages: messages.map((m, i) => ({ from, timestamp: String(1795000000 + i), ...m })),
            },
          },
        ],
      },
    ],
  };
}

/** A WhatsApp delivery of statuses only (our own message delivered and read). */
export const whatsappStatuses = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '6281100001111', phone_number_id: WA_PHONE_NUMBER_ID },
            statuses: [{ id: 'wamid.keluar1', status: 'delivered', timestamp: '1795000000', recipient_id: '62811' }],
          },
        },
      ],
    },
  ],
};

/** A Messenger (`page`) or Instagram delivery of events to the account. */
export function messengerDelivery(
  events: Array<Record<string, unknown>>,
  options: { object?: 'page' | 'instagram'; accountId?: string; sender?: string } = {},
) {
  const object = options.object ?? 'page';
  const accountId = options.accountId ?? (object === 'page' ? PAGE_ID : IG_ACCOUNT_ID);
  return {
    object,
    entry: [
      {
        id: accountId,
        time: 1795000000000,
        messaging: events.map((e) => ({
          sender: { id: options.sender ?? '24681357900' },
          recipient: { id: accountId },
          timestamp: 1795000000000,
          ...e,
        })),
      },
    ],
  };
}
