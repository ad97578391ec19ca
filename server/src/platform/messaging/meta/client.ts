/**
 * A small client of Meta's Graph API over fetch (no SDK): the WhatsApp Cloud API (text, template, media lookup and
 * download) and the Send API of Messenger and Instagram. The base URL with its version is `config.metaGraphUrl`
 * (META_GRAPH_URL, default https://graph.facebook.com/v21.0), so that tests and air-gapped installations can point
 * it at a stand-in. The access token goes in the Authorization header only, never in a URL or an error message.
 */
import { SendError } from '../types';

/** A refusal of the Graph API: a `SendError` (permanent or retried) with Meta's code, for logs and tests. */
export class MetaApiError extends SendError {
  constructor(
    message: string,
    permanent: boolean,
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Meta's `error.code` (131047: the 24-hour window is closed; 130429: throughput reached), if any. */
    readonly code: number | null = null,
    retryAfter?: number,
  ) {
    super(message, permanent, retryAfter);
  }
}

/** Meta's error codes that mean "slow down", whatever the HTTP status (often 400). */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80007, 130429, 131048, 131056]);
/** Meta's error codes of a passing failure on its side ("unknown error", "service unavailable"). */
const TRANSIENT_CODES = new Set([1, 2, 131000, 131016, 133004]);
/** Seconds to wait when Meta asks us to slow down without saying for how long. */
const DEFAULT_RETRY_AFTER = 60;

export interface WhatsAppTemplate {
  name: string;
  /** `id`, `en_US`… */
  language: string;
  /** The body's `{{1}}`, `{{2}}`… in order. */
  params: readonly string[];
}

export interface MediaInfo {
  url: string;
  mime_type: string | null;
  file_size: number | null;
}

/** How Messenger and Instagram let a page write: within 24 h (RESPONSE), or a human agent's answer within 7 days. */
export type MessengerTag = { messagingType: 'RESPONSE' } | { messagingType: 'MESSAGE_TAG'; tag: 'HUMAN_AGENT' };

export class MetaGraphApi {
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly accessToken: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  private clean(text: string): string {
    return this.accessToken ? text.split(this.accessToken).join('<token>') : text;
  }

  private async call<T>(what: string, path: string, body?: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: {
          authorization: `Bearer ${this.accessToken}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new MetaApiError(this.clean(`${what}: ${cause ?? (error as Error).message}`), false, 0);
    }
    const payload = (await response.json().catch(() => null)) as
      | (T & { error?: { message?: string; code?: number; error_subcode?: number } })
      | null;
    if (response.ok && payload && !payload.error) return payload;
    throw this.errorOf(what, response, payload?.error);
  }

  private errorOf(
    what: string,
    response: Response,
    error: { message?: string; code?: number; error_subcode?: number } | undefined,
  ): MetaApiError {
    const status = response.status;
    const code = typeof error?.code === 'number' ? error.code : null;
    const header = Number(response.headers.get('retry-after'));
    const slowDown = status === 429 || (code !== null && RATE_LIMIT_CODES.has(code));
    const retryable = slowDown || status >= 500 || (code !== null && TRANSIENT_CODES.has(code));
    const retryAfter =
      retryable && Number.isFinite(header) && header > 0 ? header : slowDown ? DEFAULT_RETRY_AFTER : undefined;
    const message = `${what}: ${error?.message ?? `HTTP ${status}`}${code !== null ? ` (${code})` : ''}`;
    return new MetaApiError(this.clean(message.slice(0, 500)), !retryable, status, code, retryAfter);
  }

  /** WhatsApp: a free-text message (only within the 24-hour window that the person's last message opened). */
  sendWhatsAppText(phoneNumberId: string, to: string, text: string): Promise<{ messages?: Array<{ id: string }> }> {
    return this.call('whatsapp text', `/${encodeURIComponent(phoneNumberId)}/messages`, {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      type: 'text',
      text: { body: text.slice(0, 4096), preview_url: false },
    });
  }

  /** WhatsApp: an approved template (outside the window), its body parameters as text. */
  sendWhatsAppTemplate(
    phoneNumberId: string,
    to: string,
    template: WhatsAppTemplate,
  ): Promise<{ messages?: Array<{ id: string }> }> {
    return this.call('whatsapp template', `/${encodeURIComponent(phoneNumberId)}/messages`, {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      type: 'template',
      template: {
        name: template.name,
        language: { code: template.language },
        ...(template.params.length
          ? {
              components: [
                {
                  type: 'body',
                  parameters: template.params.map((text) => ({ type: 'text', text: text.slice(0, 1024) })),
                },
              ],
            }
          : {}),
      },
    });
  }

  /** Messenger and Instagram (the page's token): a text to a PSID or IGSID. */
  sendMessengerText(
    recipientId: string,
    text: string,
    tag: MessengerTag = { messagingType: 'RESPONSE' },
  ): Promise<{ recipient_id?: string; message_id?: string }> {
    return this.call('messenger send', '/me/messages', {
      recipient: { id: recipientId },
      messaging_type: tag.messagingType,
      ...(tag.messagingType === 'MESSAGE_TAG' ? { tag: tag.tag } : {}),
      message: { text: text.slice(0, 2000) },
    });
  }

  /** WhatsApp: where a media item of an inbound message can be downloaded (the URL lives five minutes). */
  async mediaInfo(mediaId: string): Promise<MediaInfo> {
    const info = await this.call<{ url?: string; mime_type?: string; file_size?: number | string }>(
      'media lookup',
      `/${encodeURIComponent(mediaId)}`,
    );
    if (typeof info.url !== 'string') throw new MetaApiError('media lookup: no url', true, 200);
    const size = Number(info.file_size);
    return {
      url: info.url,
      mime_type: typeof info.mime_type === 'string' ? info.mime_type : null,
      file_size: Number.isFinite(size) ? size : null,
    };
  }

  /**
   * Downloads a media URL, refusing more than `maxBytes` without reading it whole. Only https, or the Graph base's
   * own origin (a stand-in); the token is sent only when `withToken` (WhatsApp's media URLs need it; the CDN
   * addresses of Messenger's attachments must not get it).
   */
  async download(
    url: string,
    maxBytes: number,
    options: { withToken: boolean },
  ): Promise<{ data: Buffer; mime: string | null }> {
    if (!this.allowedUrl(url)) throw new MetaApiError('download: address not allowed', true, 0);
    let response: Response;
    try {
      response = await fetch(url, {
        // fetch drops the Authorization header when a redirect leaves the origin.
        headers: options.withToken ? { authorization: `Bearer ${this.accessToken}` } : {},
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new MetaApiError(this.clean(`download: ${(error as Error).message}`), false, 0);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw new MetaApiError(`download: HTTP ${response.status}`, response.status < 500, response.status);
    }
    if (response.url && !this.allowedUrl(response.url)) {
      await response.body.cancel().catch(() => undefined);
      throw new MetaApiError('download: redirected to an address not allowed', true, 0);
    }
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new MetaApiError('download: file too large', true, 413);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw new MetaApiError('download: file too large', true, 413);
      chunks.push(Buffer.from(chunk));
    }
    const type = response.headers.get('content-type');
    return { data: Buffer.concat(chunks), mime: type ? (type.split(';')[0]?.trim().toLowerCase() ?? null) : null };
  }

  /** https anywhere, or any scheme on the configured Graph base's origin (a local stand-in). */
  allowedUrl(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.username || parsed.password) return false;
    return parsed.protocol === 'https:' || parsed.origin === new URL(this.base).origin;
  }
}
