import type { Lang, NoticeKind } from '@lentera/common';
import type { NoticeTexts } from './types';

/** The texts of each notice kind, registered by the module that sends it (when it is loaded). */
const registry = new Map<NoticeKind, NoticeTexts>();

export function registerNoticeTexts(texts: NoticeTexts): void {
  registry.set(texts.kind, texts);
}

export function noticeTexts(kind: NoticeKind): NoticeTexts {
  const texts = registry.get(kind);
  if (!texts) throw new Error(`no texts registered for the notice "${kind}"`);
  return texts;
}

/** Fills `{name}` placeholders; an unknown name becomes empty. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The chat message of a notice in the person's language. */
export function chatText(kind: NoticeKind, params: Record<string, string>, lang: Lang): string {
  return fill(noticeTexts(kind).text[lang], params).slice(0, 4000);
}

/** The e-mail of a notice when its module gives none: Indonesian first, English below. */
export function noticeMail(kind: NoticeKind, params: Record<string, string>) {
  const texts = noticeTexts(kind);
  return {
    subject: `${fill(texts.subject.id, params)} / ${fill(texts.subject.en, params)}`,
    text: [fill(texts.text.id, params), '', '---', '', fill(texts.text.en, params)].join('\n'),
  };
}

/** The WhatsApp template's body parameters, in the order the notice declares. */
export const templateParams = (kind: NoticeKind, params: Record<string, string>): string[] =>
  noticeTexts(kind).templateParams.map((name) => (params[name] ?? '').slice(0, 1000) || '-');

/** Short replies of the layer itself (opt-out, link codes, floods), Indonesian first with English below. */
export const LAYER_TEXTS = {
  optedOut:
    'Anda tidak akan menerima pemberitahuan lagi di sini. Kirim MULAI untuk menyalakannya kembali.\n' +
    '(You will receive no more notices here. Send START to turn them on again.)',
  optedIn: 'Pemberitahuan dinyalakan kembali.\n(Notices are on again.)',
  linked:
    'Akun {name} terhubung. Pemberitahuan {tenant} akan dikirim ke sini. Kirim BERHENTI untuk berhenti.\n' +
    '(Your account is linked; notices will come here. Send STOP to stop them.)',
  linkUnknown:
    'Kode tautan tidak dikenal atau sudah kedaluwarsa. Minta kode baru di halaman akun Anda.\n' +
    '(Unknown or expired link code. Ask for a new one on your account page.)',
  flood:
    'Terlalu banyak pesan dalam waktu singkat. Silakan coba lagi dalam 10 menit.\n' +
    '(Too many messages in a short time. Please try again in 10 minutes.)',
};
