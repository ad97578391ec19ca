/**
 * A local stand-in of Meta's Graph API on node:http (WhatsApp Cloud API messages and media, the Messenger and
 * Instagram Send API), so that tests run the real client over real HTTP: `META_GRAPH_URL=<url>/v21.0`. It checks the
 * Bearer token, records what was sent (`GET /__stand-in/sent` for a test in another process), answers media lookups
 * and downloads of what a test put in `media` (or `PUT /__stand-in/media/{id}`), serves `cdn` files as Messenger's attachment addresses (noting
 * whether a token came along), and can be told to fail the next sends.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInSent {
  channel: 'whatsapp' | 'messenger';
  /** WhatsApp: the number's id; Messenger/Instagram: `me`. */
  from: string;
  to: string;
  type: 'text' | 'template';
  text: string | null;
  template: { name: string; language: string; params: string[] } | null;
  /** Messenger: RESPONSE or MESSAGE_TAG (with `tag`). */
  messagingType: string | null;
  tag: string | null;
  token: string;
}

export interface StandInFailure {
  status: number;
  code: number;
  message: string;
  /** Sent as the Retry-After header. */
  retryAfter?: number;
}

export class MetaStandIn {
  private server: Server | null = null;
  readonly sent: StandInSent[] = [];
  /** WhatsApp media by id: looked up with GET /{id}, downloaded from /__media/{id} with the token. */
  readonly media = new Map<string, { data: Buffer; mime: string }>();
  /** Files at /__cdn/{name}, as Messenger's attachment URLs: no token needed. */
  readonly cdn = new Map<string, { data: Buffer; mime: string }>();
  /** Whether each CDN download came with an Authorization header (it must not). */
  readonly cdnAuthorization: boolean[] = [];
  /** Answers the next sends (POST …/messages) with these failures, in order. */
  failures: StandInFailure[] = [];
  /** Tokens the stand-in accepts (anything else is Meta's 401, code 190); empty: any token. */
  readonly tokens = new Set<string>();
  url = '';

  async start(port = 0): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = null;
  }

  /** The Graph base to configure: the stand-in with a version, as graph.facebook.com/v21.0. */
  get graphUrl(): string {
    return `${this.url}/v21.0`;
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    const graphError = (status: number, code: number, message: string, headers: Record<string, string> = {}) =>
      reply(status, { error: { message, type: 'OAuthException', code, fbtrace_id: 'standin' } }, headers);
    const file = (item: { data: Buffer; mime: string }) => {
      response.writeHead(200, { 'content-type': item.mime, 'content-length': item.data.length });
      response.end(item.data);
    };
    const path = (request.url ?? '').split('?')[0] ?? '';
    if (request.method === 'GET' && path === '/__stand-in/sent') return reply(200, this.sent);
    if (request.method === 'GET' && path.startsWith('/__cdn/')) {
      this.cdnAuthorization.push(!!request.headers.authorization);
      const item = this.cdn.get(decodeURIComponent(path.slice('/__cdn/'.length)));
      return item ? file(item) : reply(404, { error: 'not found' });
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (request.method === 'PUT' && path.startsWith('/__stand-in/media/')) {
      // A test in another process (e2e) puts a WhatsApp media item: the body, with its content type.
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const mime = String(request.headers['content-type'] ?? 'application/octet-stream');
      this.media.set(decodeURIComponent(path.slice('/__stand-in/media/'.length)), {
        data: Buffer.concat(chunks),
        mime,
      });
      return reply(200, { ok: true });
    }
    if (!token || (this.tokens.size > 0 && !this.tokens.has(token)))
      return graphError(401, 190, 'Invalid OAuth access token.');
    if (request.method === 'GET' && path.startsWith('/__media/')) {
      const item = this.media.get(decodeURIComponent(path.slice('/__media/'.length)));
      return item ? file(item) : reply(404, { error: 'not found' });
    }
    const route = /^\/v\d+\.\d+\/([^/]+)(?:\/(messages))?$/.exec(path);
    if (!route?.[1]) return graphError(404, 803, 'Unknown path');
    const [, node, edge] = route;
    if (request.method === 'GET' && !edge) {
      const item = this.media.get(decodeURIComponent(node));
      if (!item) return graphError(400, 100, 'Invalid media id');
      return reply(200, {
        messaging_product: 'whatsapp',
        id: node,
        url: `${this.url}/__media/${node}`,
        mime_type: item.mime,
        sha256: 'x',
        file_size: item.data.length,
      });
    }
    if (request.method !== 'POST' || edge !== 'messages') return graphError(404, 803, 'Unknown path');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    const failure = this.failures.shift();
    if (failure)
      return graphError(
        failure.status,
        failure.code,
        failure.message,
        failure.retryAfter ? { 'retry-after': String(failure.retryAfter) } : {},
      );
    if (node === 'me') {
      this.sent.push({
        channel: 'messenger',
        from: 'me',
        to: String(body.recipient?.id),
        type: 'text',
        text: String(body.message?.text),
        template: null,
        messagingType: body.messaging_type ?? null,
        tag: body.tag ?? null,
        token,
      });
      return reply(200, { recipient_id: body.recipient?.id, message_id: `m_${this.sent.length}` });
    }
    if (body.messaging_product !== 'whatsapp') return graphError(400, 100, 'messaging_product is required');
    this.sent.push({
      channel: 'whatsapp',
      from: node,
      to: String(body.to),
      type: body.type,
      text: body.type === 'text' ? String(body.text?.body) : null,
      template:
        body.type === 'template'
          ? {
              name: body.template.name,
              language: body.template.language.code,
              params: (body.template.components?.[0]?.parameters ?? []).map((p: { text: string }) => p.text),
            }
          : null,
      messagingType: null,
      tag: null,
      token,
    });
    return reply(200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: body.to }],
      messages: [{ id: `wamid.standin${this.sent.length}` }],
    });
  }
}
