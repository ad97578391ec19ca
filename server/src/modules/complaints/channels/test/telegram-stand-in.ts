/**
 * A local stand-in of the Telegram Bot API's HTTP interface (sendMessage, setWebhook, getFile, file download) on
 * node:http, so that tests run the real client over real HTTP. It can be told to fail the next sends or webhook
 * settings. `GET /__stand-in/sent` and `/__stand-in/webhooks` answer what it received, for a test in another
 * process (the e2e suite runs it in Playwright's global setup).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  chatId: string;
  text: string;
}

export class TelegramStandIn {
  private server: Server | null = null;
  readonly sent: SentMessage[] = [];
  readonly files = new Map<string, Buffer>();
  /** Answers the next n sendMessage calls with this failure. */
  failures: Array<{ status: number; errorCode: number; description: string; retryAfter?: number }> = [];
  getFileFails = false;
  /** Addresses given to setWebhook, in order. */
  readonly webhooks: string[] = [];
  /** Refuses the next setWebhook calls with this description (as Telegram does for a non-HTTPS address). */
  webhookFailures: string[] = [];
  url = '';

  constructor(private readonly token: string) {}

  async start(port = 0): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = null;
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const path = request.url ?? '';
    if (request.method === 'GET' && path === '/__stand-in/sent') return reply(200, this.sent);
    if (request.method === 'GET' && path === '/__stand-in/webhooks') return reply(200, this.webhooks);
    if (path.startsWith(`/file/bot${this.token}/`)) {
      const file = this.files.get(path.slice(`/file/bot${this.token}/`.length));
      if (!file) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.length });
      return response.end(file);
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    if (!m || request.method !== 'POST') return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (m[1] !== this.token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (m[2] === 'sendMessage') {
      const failure = this.failures.shift();
      if (failure)
        return reply(failure.status, {
          ok: false,
          error_code: failure.errorCode,
          description: failure.description,
          ...(failure.retryAfter ? { parameters: { retry_after: failure.retryAfter } } : {}),
        });
      this.sent.push({ chatId: String(body.chat_id), text: String(body.text) });
      return reply(200, { ok: true, result: { message_id: this.sent.length, chat: { id: body.chat_id } } });
    }
    if (m[2] === 'setWebhook') {
      const refusal = this.webhookFailures.shift();
      if (refusal) return reply(400, { ok: false, error_code: 400, description: refusal });
      this.webhooks.push(String(body.url));
      return reply(200, { ok: true, result: true, description: 'Webhook was set' });
    }
    if (m[2] === 'getFile') {
      if (this.getFileFails) return reply(500, { ok: false, error_code: 500, description: 'Internal Server Error' });
      const path = `photos/${body.file_id}.jpg`;
      if (!this.files.has(path))
        return reply(400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      return reply(200, {
        ok: true,
        result: { file_id: body.file_id, file_path: path, file_size: this.files.get(path)?.length },
      });
    }
    return reply(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
  }
}
