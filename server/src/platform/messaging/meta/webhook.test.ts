import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetaConfig } from './config';
import { MetaStandIn } from './test/meta-stand-in';
import {
  IG_ACCOUNT_ID,
  messengerDelivery,
  PAGE_ID,
  WA_PHONE_NUMBER_ID,
  whatsappDelivery,
  whatsappStatuses,
} from './test/payloads';
import { normalizeMetaWebhook } from './webhook';

const WA_TOKEN = 'EAAG-wa-token-uji-0123456789';
const PAGE_TOKEN = 'EAAG-page-token-uji-0123456789';
const standIn = new MetaStandIn();
const config: MetaConfig = {
  appSecret: 'rahasia-aplikasi-0123',
  verifyToken: 'token-verifikasi-0123',
  whatsapp: { phoneNumberId: WA_PHONE_NUMBER_ID, displayNumber: '0811 0000 1111', accessToken: WA_TOKEN },
  page: { pageId: PAGE_ID, accessToken: PAGE_TOKEN },
  instagram: { accountId: IG_ACCOUNT_ID, accessToken: PAGE_TOKEN },
};
const normalize = (payload: unknown, c: MetaConfig = config) => normalizeMetaWebhook(payload, c, standIn.graphUrl);

beforeAll(async () => {
  await standIn.start();
  standIn.tokens.add(WA_TOKEN);
  standIn.tokens.add(PAGE_TOKEN);
});
afterAll(() => standIn.stop());

describe('normalizing WhatsApp deliveries', () => {
  it('reads text, the sender, their profile name and a location, with channel-prefixed message ids', () => {
    const messages = normalize(
      whatsappDelivery([
        { id: 'wamid.AAA1', type: 'text', text: { body: 'Lampu jalan mati' } },
        { id: 'wamid.AAA2', type: 'location', location: { latitude: 1.6654, longitude: 101.4472, name: 'Pasar' } },
      ]),
    );
    expect(messages).toEqual([
      {
        channel: 'whatsapp',
        address: '6281234567890',
        messageId: 'whatsapp:wamid.AAA1',
        text: 'Lampu jalan mati',
        media: [],
        location: null,
        name: 'Rina Warga',
      },
      expect.objectContaining({ messageId: 'whatsapp:wamid.AAA2', text: '', location: { lat: 1.6654, lng: 101.4472 } }),
    ]);
  });

  it('gives media with the mime Meta declared (the conversation decides what to keep), fetched through the Graph API', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    standIn.media.set('wa-media-1', { data: jpeg, mime: 'image/jpeg' });
    standIn.media.set('wa-media-2', { data: Buffer.alloc(3000), mime: 'application/x-msdownload' });
    const [photo, exe, voice] = normalize(
      whatsappDelivery([
        { id: 'wamid.M1', type: 'image', image: { id: 'wa-media-1', mime_type: 'image/jpeg', caption: 'Sampah' } },
        { id: 'wamid.M2', type: 'document', document: { id: 'wa-media-2', mime_type: 'application/x-msdownload' } },
        { id: 'wamid.M3', type: 'audio', audio: { id: 'wa-media-3', mime_type: 'audio/ogg; codecs=opus' } },
      ]),
    );
    expect(photo).toMatchObject({ text: 'Sampah', media: [{ kind: 'image', mime: 'image/jpeg' }] });
    expect(await photo?.media[0]?.fetch(1000)).toEqual({ data: jpeg, mime: 'image/jpeg' });
    expect(exe?.media[0]).toMatchObject({ kind: 'document', mime: 'application/x-msdownload' });
    // Larger than the limit: refused from the size Meta gives, before downloading.
    await expect(exe?.media[0]?.fetch(1000)).rejects.toThrow('too large');
    expect(voice?.media[0]).toMatchObject({ kind: 'audio', mime: 'audio/ogg' });
    await expect(voice?.media[0]?.fetch(1000)).rejects.toMatchObject({ permanent: true });
  });

  it('ignores statuses, other numbers, unknown message types without content, junk, and an unconfigured WhatsApp', () => {
    expect(normalize(whatsappStatuses)).toEqual([]);
    expect(
      normalize(whatsappDelivery([{ id: 'wamid.X', type: 'text', text: { body: 'x' } }], { phoneNumberId: '999999' })),
    ).toEqual([]);
    expect(
      normalize(whatsappDelivery([{ id: 'wamid.R', type: 'reaction', reaction: { message_id: 'x', emoji: '👍' } }])),
    ).toEqual([]);
    expect(normalize({ hello: 'world' })).toEqual([]);
    expect(normalize(null)).toEqual([]);
    const good = { id: 'wamid.OK', type: 'text', text: { body: 'tetap dibaca' } };
    // A malformed message beside a good one: the good one is still read.
    expect(normalize(whatsappDelivery([{ id: 5, type: 'text' }, good])).map((m) => m.messageId)).toEqual([
      'whatsapp:wamid.OK',
    ]);
    expect(normalize(whatsappDelivery([good]), { ...config, whatsapp: null })).toEqual([]);
  });
});

describe('normalizing Messenger and Instagram deliveries', () => {
  it('reads text, attachments by URL (no token sent), and a location; the channel from the object', async () => {
    standIn.cdn.set('lampiran.jpg', { data: Buffer.from('jpeg'), mime: 'image/jpeg' });
    const before = standIn.cdnAuthorization.length;
    const [text, photo] = normalize(
      messengerDelivery([
        { message: { mid: 'm_1', text: 'Jalan berlubang' } },
        {
          message: {
            mid: 'm_2',
            attachments: [
              { type: 'image', payload: { url: `${standIn.url}/__cdn/lampiran.jpg` } },
              { type: 'location', payload: { coordinates: { lat: 1.68, long: 101.45 } } },
            ],
          },
        },
      ]),
    );
    expect(text).toEqual({
      channel: 'messenger',
      address: '24681357900',
      messageId: 'messenger:m_1',
      text: 'Jalan berlubang',
      media: [],
      location: null,
      name: null,
    });
    expect(photo).toMatchObject({ location: { lat: 1.68, lng: 101.45 }, media: [{ kind: 'image', mime: null }] });
    expect(await photo?.media[0]?.fetch(100)).toEqual({ data: Buffer.from('jpeg'), mime: 'image/jpeg' });
    expect(standIn.cdnAuthorization.slice(before)).toEqual([false]);

    const [ig] = normalize(messengerDelivery([{ message: { mid: 'ig_1', text: 'Halo' } }], { object: 'instagram' }));
    expect(ig).toMatchObject({ channel: 'instagram', messageId: 'instagram:ig_1', address: '24681357900' });
  });

  it('refuses an attachment address that is neither https nor the Graph base', async () => {
    const [message] = normalize(
      messengerDelivery([
        { message: { mid: 'm_3', attachments: [{ type: 'file', payload: { url: 'http://10.0.0.1/x' } }] } },
      ]),
    );
    expect(message?.media[0]?.kind).toBe('document');
    await expect(message?.media[0]?.fetch(100)).rejects.toThrow('not allowed');
  });

  it("ignores echoes of the page's own messages, reads, postbacks, other pages and an unconfigured channel", () => {
    expect(normalize(messengerDelivery([{ message: { mid: 'm_e', text: 'x', is_echo: true } }]))).toEqual([]);
    expect(
      normalize(messengerDelivery([{ read: { watermark: 1 } }, { postback: { payload: 'GET_STARTED' } }])),
    ).toEqual([]);
    expect(normalize(messengerDelivery([{ message: { mid: 'm_o', text: 'x' } }], { accountId: '1234567' }))).toEqual(
      [],
    );
    expect(
      normalize(messengerDelivery([{ message: { mid: 'm_i', text: 'x' } }], { object: 'instagram' }), {
        ...config,
        instagram: null,
      }),
    ).toEqual([]);
  });
});
