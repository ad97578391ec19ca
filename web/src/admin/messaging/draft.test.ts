import type { MetaSettings } from '@lentera/common';
import { describe, expect, it } from 'vitest';
import { draftOf, inputOf } from './draft';

const settings = (over: Partial<MetaSettings> = {}): MetaSettings => ({
  appSecretSet: true,
  verifyTokenSet: true,
  webhookUrl: 'https://lentera.example/api/t/kota-dumai/channels/whatsapp',
  whatsapp: { configured: true, phoneNumberId: '1098765432', displayNumber: '+62 811-7000-123', tokenHint: '…9f2a' },
  messenger: { configured: false, pageId: null, tokenHint: null },
  instagram: { configured: false, accountId: null },
  templates: [{ kind: 'queue.called', name: 'lentera_queue_called', language: 'id' }],
  updatedAt: '2026-12-09T02:00:00.000Z',
  ...over,
});

describe('the Meta settings form', () => {
  it('keeps stored secrets and tokens unless new ones are typed', () => {
    const s = settings();
    expect(inputOf(draftOf(s), s)).toEqual({
      templates: [{ kind: 'queue.called', name: 'lentera_queue_called', language: 'id' }],
      whatsapp: { phoneNumberId: '1098765432', displayNumber: '+62 811-7000-123' },
    });
  });

  it('sends typed secrets trimmed, a new channel, and null for a channel whose id was emptied', () => {
    const s = settings();
    const draft = draftOf(s);
    draft.appSecret = '  app-secret-123  ';
    draft.whatsapp.phoneNumberId = '';
    draft.messenger = { pageId: '123456789', accessToken: 'EAAB-token-1234' };
    draft.instagram.accountId = '178414000';
    expect(inputOf(draft, s)).toMatchObject({
      appSecret: 'app-secret-123',
      whatsapp: null,
      messenger: { pageId: '123456789', accessToken: 'EAAB-token-1234' },
      instagram: { accountId: '178414000' },
    });
    expect(inputOf(draft, s)).not.toHaveProperty('verifyToken');
  });
});
