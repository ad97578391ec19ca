import type { Ctx } from '../../platform/context';
import { notifyMany, registerNoticeTexts } from '../../platform/messaging/index';
import type { NoticeRequest } from '../../platform/messaging/types';
import { followerMail } from './notify-mail';
import type { ComplainantNotice, ComplainantTransport, PublicStep } from './notify-types';

/** What each public step says, in a chat (the e-mail has its own subjects in `notify-mail.ts`). */
export const STEP_TEXTS: Record<PublicStep, { id: string; en: string }> = {
  received: { id: 'Pengaduan Anda telah kami terima.', en: 'We have received your complaint.' },
  postponed: { id: 'Kami memerlukan keterangan tambahan.', en: 'We need more information.' },
  verified: { id: 'Pengaduan diverifikasi dan diteruskan ke OPD.', en: 'Verified and routed to the agency.' },
  referred: { id: 'Pengaduan di luar kewenangan kami.', en: 'Outside our authority.' },
  archived: { id: 'Pengaduan diarsipkan.', en: 'Complaint archived.' },
  merged: { id: 'Pengaduan digabung dengan laporan yang sama.', en: 'Merged with the same report.' },
  answered: { id: 'Pengaduan Anda telah dijawab.', en: 'Your complaint has been answered.' },
  reopened: { id: 'Pengaduan dibuka kembali.', en: 'Complaint reopened.' },
  closed: { id: 'Pengaduan selesai.', en: 'Complaint closed.' },
};

/**
 * `complaint.step`: a chat gets Indonesian with the English below (a chat has no language setting), an account that
 * chose English gets English. The WhatsApp template (outside the 24-hour window) takes the code and the status.
 */
registerNoticeTexts({
  kind: 'complaint.step',
  subject: { id: 'Pengaduan {code}: {status}', en: 'Complaint {code}: {statusEn}' },
  text: {
    id: '{status}\nKode pelacakan / tracking code: {code}{detail}\n\n({statusEn})',
    en: '{statusEn}\nTracking code: {code}{detail}',
  },
  templateParams: ['code', 'status'],
});

/** The notice's params: `{code, step, text}` and the step's words for the texts and the template. */
export function stepParams(notice: Pick<ComplainantNotice, 'code' | 'step' | 'text'>): Record<string, string> {
  const t = STEP_TEXTS[notice.step];
  return {
    code: notice.code,
    step: notice.step,
    text: notice.text ?? '',
    status: t.id,
    statusEn: t.en,
    detail: notice.text ? `\n\n${notice.text}` : '',
  };
}

/** The notices of one step: each chat that follows once, each signed-in follower once (with the e-mail it would get). */
function requestsOf(ctx: Ctx, notice: ComplainantNotice): NoticeRequest[] {
  const params = stepParams(notice);
  const seen = new Set<string>();
  const requests: NoticeRequest[] = [];
  for (const f of notice.followers) {
    if (f.contact) {
      const key = `chat:${f.contact.channel}:${f.contact.address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      requests.push({ to: { contact: f.contact }, kind: 'complaint.step', params });
    } else if (f.accountId) {
      const key = `account:${f.accountId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      requests.push({
        to: { accountId: f.accountId },
        kind: 'complaint.step',
        params,
        mail: followerMail(ctx, notice, f),
      });
    }
  }
  return requests;
}

/**
 * The complainant notifier's messaging transport: every chat that follows the complaint (Telegram, WhatsApp,
 * Messenger, Instagram) hears each public step there, and a signed-in follower hears it on the channel the account
 * chose (its e-mail without a choice: the same mail a guest gets). Written in the step's transaction.
 */
export const chatTransport: ComplainantTransport = {
  name: 'messaging',
  async deliver(ctx, notice) {
    await notifyMany(ctx, requestsOf(ctx, notice));
  },
  async deliverMany(ctx, notices) {
    await notifyMany(
      ctx,
      notices.flatMap((notice) => requestsOf(ctx, notice)),
    );
  },
};
