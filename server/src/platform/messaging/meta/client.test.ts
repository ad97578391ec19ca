import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { SendError } from '../types';
import { type MetaApiError, MetaGraphApi } from './client';
import { metaSignature, verifyMetaSignature } from './signature';
import { MetaStandIn } from './test/meta-stand-in';

const TOKEN = 'EAAG-uji-token-whatsapp-0123456789';
const standIn = new MetaStandIn();
let api: MetaGraphApi;

beforeAll(async () => {
  await standIn.start();
  standIn.tokens.add(TOKEN);
  api = new MetaGraphApi(standIn.graphUrl, TOKEN);
});
afterAll(() => standIn.stop());

it('reads META_GRAPH_URL from the validated configuration (default graph.facebook.com/v21.0)', () => {
  const base = { NODE_ENV: 'test', SESSION_SECRET: 'test-secret-test-secret-test-secret-0123' };
  expect(loadConfig(base, { persistSecret: false }).metaGraphUrl).toBe('https://graph.facebook.com/v21.0');
  expect(
    loadConfig({ ...base, META_GRAPH_URL: 'http://127.0.0.1:9090/v21.0/' }, { persistSecret: false }).metaGraphUrl,
  ).toBe('http://127.0.0.1:9090/v21.0');
  expect(() => loadConfig({ ...base, META_GRAPH_URL: 'ftp://graph.contoh' }, { persistSecret: false })).toThrow(
    /META_GRAPH_URL/,
  );
  expect(() => loadConfig({ ...base, META_GRAPH_URL: 'bukan url' }, { persistSecret: false })).toThrow(ConfigError);
});

describe('Meta Graph API client against the stand-in', () => {
  it('sends a WhatsApp text and a template with its body parameters', async () => {
    await api.sendWhatsAppText('1098765432', '6281234567890', 'Halo, laporan Anda diterima.');
    await api.sendWhatsAppTemplate('1098765432', '6281234567890', {
      name: 'lentera_queue_called',
      language: 'id',
      params: ['A-012', 'Loket 3'],
    });
    const [text, template] = standIn.sent.slice(-2);
    expect(text).toMatchObject({
      channel: 'whatsapp',
      from: '1098765432',
      to: '6281234567890',
      type: 'text',
      text: 'Halo, laporan Anda diterima.',
      token: TOKEN,
    });
    expect(template).toMatchObject({
      type: 'template',
      template: { name: 'lentera_queue_called', language: 'id', params: ['A-012', 'Loket 3'] },
    });
  });

  it('sends on Messenger with RESPONSE, or the HUMAN_AGENT tag', async () => {
    await api.sendMessengerText('24681357900', 'Balasan petugas');
    await api.sendMessengerText('24681357900', 'Jawaban setelah 2 hari', {
      messagingType: 'MESSAGE_TAG',
      tag: 'HUMAN_AGENT',
    });
    const [plain, tagged] = standIn.sent.slice(-2);
    expect(plain).toMatchObject({ channel: 'messenger', to: '24681357900', messagingType: 'RESPONSE', tag: null });
    expect(tagged).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT', text: 'Jawaban setelah 2 hari' });
  });

  it('maps refusals to SendError: 429 and 5xx retried (with retry-after), 4xx and closed windows permanent', async () => {
    const fail = async () => {
      try {
        await api.sendWhatsAppText('1098765432', '6281234567890', 'x');
      } catch (error) {
        return error as MetaApiError;
      }
      throw new Error('did not fail');
    };
    standIn.failures.push({ status: 429, code: 130429, message: 'Rate limit hit', retryAfter: 7 });
    let error = await fail();
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ permanent: false, retryAfter: 7, status: 429, code: 130429 });

    standIn.failures.push({ status: 400, code: 80007, message: 'Rate limit issues' });
    expect(await fail()).toMatchObject({ permanent: false, retryAfter: 60 });

    standIn.failures.push({ status: 503, code: 131016, message: 'Service unavailable' });
    error = await fail();
    expect(error).toMatchObject({ permanent: false, retryAfter: undefined });

    standIn.failures.push({
      status: 400,
      code: 131047,
      message: 'Re-engagement message: more than 24 hours have passed since the recipient last replied',
    });
    error = await fail();
    expect(error).toMatchObject({ permanent: true, code: 131047 });
    expect(error.message).toContain('Re-engagement');

    standIn.failures.push({ status: 400, code: 131026, message: 'Message undeliverable' });
    expect(await fail()).toMatchObject({ permanent: true });

    const wrong = new MetaGraphApi(standIn.graphUrl, 'EAAG-token-yang-salah-987654');
    const refused = await wrong.sendWhatsAppText('1', '62811', 'x').catch((e: MetaApiError) => e);
    expect(refused).toMatchObject({ permanent: true, status: 401, code: 190 });
    expect((refused as Error).message).not.toContain('EAAG-token-yang-salah-987654');

    const nowhere = new MetaGraphApi('http://127.0.0.1:1/v21.0', TOKEN);
    const down = await nowhere.sendWhatsAppText('1', '62811', 'x').catch((e: MetaApiError) => e);
    expect(down).toMatchObject({ permanent: false, status: 0 });
  });

  it('looks up a WhatsApp media id and downloads it with the token, refusing more than the limit', async () => {
    const photo = Buffer.alloc(5000, 7);
    standIn.media.set('media-foto-1', { data: photo, mime: 'image/jpeg' });
    const info = await api.mediaInfo('media-foto-1');
    expect(info).toEqual({ url: `${standIn.url}/__media/media-foto-1`, mime_type: 'image/jpeg', file_size: 5000 });
    const file = await api.download(info.url, 10_000, { withToken: true });
    expect(file.mime).toBe('image/jpeg');
    expect(file.data.equals(photo)).toBe(true);
    await expect(api.download(info.url, 4999, { withToken: true })).rejects.toThrow('file too large');
    await expect(api.mediaInfo('tidak-ada')).rejects.toMatchObject({ permanent: true, code: 100 });
    // Another process (e2e) puts media over HTTP.
    const put = await fetch(`${standIn.url}/__stand-in/media/dari-e2e`, {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: new Uint8Array([1, 2, 3]),
    });
    expect(put.status).toBe(200);
    expect(await api.mediaInfo('dari-e2e')).toMatchObject({ mime_type: 'image/png', file_size: 3 });
  });

  it("downloads Messenger's attachment address without the token, only https or the Graph base's origin", async () => {
    standIn.cdn.set('foto.png', { data: Buffer.from('png-bytes'), mime: 'image/png' });
    const before = standIn.cdnAuthorization.length;
    const file = await api.download(`${standIn.url}/__cdn/foto.png`, 1000, { withToken: false });
    expect(file).toEqual({ data: Buffer.from('png-bytes'), mime: 'image/png' });
    expect(standIn.cdnAuthorization.slice(before)).toEqual([false]);
    await expect(api.download('http://169.254.169.254/latest/meta-data', 1000, { withToken: false })).rejects.toThrow(
      'not allowed',
    );
    await expect(api.download('file:///etc/passwd', 1000, { withToken: false })).rejects.toThrow('not allowed');
    expect(api.allowedUrl('https://scontent.xx.fbcdn.net/v/t1/foto.jpg')).toBe(true);
    expect(api.allowedUrl('https://user:pass@contoh.id/x')).toBe(false);
  });
});

describe('X-Hub-Signature-256', () => {
  const secret = 'rahasia-aplikasi-meta-0123';
  const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
  it('accepts the HMAC-SHA256 of the raw body with the app secret, and nothing else', () => {
    const header = metaSignature(secret, body);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyMetaSignature(secret, body, header)).toBe(true);
    expect(verifyMetaSignature(secret, body, header.toUpperCase().replace('SHA256=', 'sha256='))).toBe(true);
    expect(verifyMetaSignature(secret, Buffer.from(`${body} `), header)).toBe(false);
    expect(verifyMetaSignature('rahasia-lain-0123456', body, header)).toBe(false);
    expect(verifyMetaSignature(secret, body, undefined)).toBe(false);
    expect(verifyMetaSignature(secret, body, '')).toBe(false);
    expect(verifyMetaSignature(secret, body, 'sha1=abc')).toBe(false);
    expect(verifyMetaSignature(secret, body, `${header}00`)).toBe(false);
    expect(verifyMetaSignature(secret, body, [header])).toBe(false);
  });
});
