/**
 * A small client of the Telegram Bot API over fetch (sendMessage, setWebhook, getFile, file download). The base
 * URL is `config.telegramApiUrl` (TELEGRAM_API_URL, default https://api.telegram.org, validated in
 * platform/config), so that tests and air-gapped installations can point it at a stand-in. Error messages never
 * contain the bot token.
 */

export class TelegramApiError extends Error {
  constructor(
    message: string,
    /** Telegram's error_code or the HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Seconds Telegram asks to wait (429). */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }

  /** Refusals that a retry will not change (bad request, bot blocked by the user, chat not found). */
  get permanent(): boolean {
    return this.status === 400 || this.status === 401 || this.status === 403 || this.status === 404;
  }
}

export class TelegramBotApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly timeoutMs = 15_000,
  ) {}

  private clean(text: string): string {
    return this.token ? text.split(this.token).join('<token>') : text;
  }

  private async call<T>(method: string, body: Record<string, unknown>): Promise<T> {
    return (await this.callFull<T>(method, body)).result;
  }

  private async callFull<T>(
    method: string,
    body: Record<string, unknown>,
  ): Promise<{ result: T; description: string | null }> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/bot${this.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new TelegramApiError(this.clean(`${method}: ${cause ?? (error as Error).message}`), 0);
    }
    const payload = (await response.json().catch(() => null)) as {
      ok?: boolean;
      result?: T;
      description?: string;
      error_code?: number;
      parameters?: { retry_after?: number };
    } | null;
    if (!response.ok || !payload?.ok)
      throw new TelegramApiError(
        this.clean(`${method}: ${payload?.description ?? `HTTP ${response.status}`}`),
        payload?.error_code ?? response.status,
        payload?.parameters?.retry_after ?? null,
      );
    return { result: payload.result as T, description: payload.description ?? null };
  }

  sendMessage(chatId: string, text: string): Promise<{ message_id: number }> {
    return this.call('sendMessage', { chat_id: chatId, text, disable_web_page_preview: true });
  }

  /** Tells Telegram where to post the bot's updates; answers Telegram's own description ("Webhook was set"). */
  async setWebhook(url: string): Promise<string | null> {
    const answer = await this.callFull<boolean>('setWebhook', { url, allowed_updates: ['message'] });
    return answer.description;
  }

  getFile(fileId: string): Promise<{ file_id: string; file_path?: string; file_size?: number }> {
    return this.call('getFile', { file_id: fileId });
  }

  /** Downloads a file named by getFile, refusing more than `maxBytes` without reading it whole. */
  async download(filePath: string, maxBytes: number): Promise<Buffer> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/file/bot${this.token}/${filePath}`, {
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new TelegramApiError(this.clean(`download: ${(error as Error).message}`), 0);
    }
    if (!response.ok || !response.body)
      throw new TelegramApiError(`download: HTTP ${response.status}`, response.status);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes)
      throw new TelegramApiError('download: file too large', 413);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw new TelegramApiError('download: file too large', 413);
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }
}
