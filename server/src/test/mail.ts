import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One e-mail as a reader sees it: headers, and the body decoded from its transfer encoding. */
export interface ReadMail {
  file?: string;
  headers: Record<string, string>;
  to: string;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const softBreaksRemoved = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < softBreaksRemoved.length; i++) {
    const char = softBreaksRemoved[i]!;
    const hex = softBreaksRemoved.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(char, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parses a single-part message (what the mailer writes): enough to read links the way a mail client would. */
export function parseMail(raw: string, file?: string): ReadMail {
  const normalized = raw.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? '' : normalized.slice(split + 2);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  return { file, headers, to: headers.to ?? '', subject: headers.subject ?? '', text };
}

/** Every `.eml` file the mailer wrote to DATA_DIR/outbox, oldest first. */
export function readOutbox(dataDir: string): ReadMail[] {
  const dir = join(dataDir, 'outbox');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => parseMail(readFileSync(join(dir, f), 'utf8'), f));
}

/** The newest e-mail to that address; fails the test when there is none. */
export function lastMailTo(dataDir: string, address: string): ReadMail {
  const mail = readOutbox(dataDir)
    .filter((m) => m.to.toLowerCase().includes(address.toLowerCase()))
    .at(-1);
  if (!mail) throw new Error(`no e-mail to ${address} in ${dataDir}/outbox`);
  return mail;
}

/** The token of the link to `path` (e.g. '/verify') in the mail's text. */
export function tokenFromLink(mail: ReadMail, path: string): string {
  const match = new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path}?token= link in the e-mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}
