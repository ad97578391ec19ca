import type { MailMessage } from '../../platform/mail/mailer';
import type { ComplainantNotice, ComplainantTransport, Follower, PublicStep } from './notify-types';

const SUBJECTS: Record<PublicStep, { id: string; en: string }> = {
  received: { id: 'Pengaduan diterima', en: 'Complaint received' },
  postponed: { id: 'Kami memerlukan keterangan tambahan', en: 'We need more information' },
  verified: { id: 'Pengaduan diverifikasi dan diteruskan', en: 'Complaint verified and routed' },
  referred: { id: 'Pengaduan di luar kewenangan kami', en: 'Complaint outside our authority' },
  archived: { id: 'Pengaduan diarsipkan', en: 'Complaint archived' },
  merged: { id: 'Pengaduan digabung dengan laporan yang sama', en: 'Complaint merged with the same report' },
  answered: { id: 'Pengaduan telah dijawab', en: 'Your complaint has been answered' },
  reopened: { id: 'Pengaduan dibuka kembali', en: 'Complaint reopened' },
  closed: { id: 'Pengaduan selesai', en: 'Complaint closed' },
};

/** The mail lines of a step; the secret link only on the `received` step of a guest's own complaint. */
function mailLines(ctx: { config: { publicUrl: string } }, notice: ComplainantNotice) {
  const subject = SUBJECTS[notice.step];
  const link = notice.followToken
    ? `${ctx.config.publicUrl}/t/${notice.tenant.slug}/complaints/follow/${notice.followToken}`
    : null;
  const lines = [
    `${subject.id}: ${notice.code} — ${notice.tenant.name}`,
    '',
    ...(notice.text ? [notice.text, ''] : []),
    ...(link
      ? [
          'Simpan tautan rahasia ini untuk mengikuti pengaduan Anda (jangan dibagikan):',
          link,
          '',
          'Keep this secret link to follow your complaint (do not share it).',
        ]
      : [`Kode pelacakan / tracking code: ${notice.code}`]),
    '',
    `(${subject.en})`,
  ];
  return { subject, link, lines };
}

type UrlCtx = { config: { publicUrl: string } };

/** The mail of one step to one follower: the secret link only to the reporter of this very complaint. */
export function followerMail(
  ctx: UrlCtx,
  notice: ComplainantNotice,
  follower: Pick<Follower, 'sourceComplaintId'>,
): { subject: string; text: string } {
  const { subject, link, lines } = mailLines(ctx, notice);
  return {
    subject: `[${notice.code}] ${subject.id} / ${subject.en}`,
    // Merged followers follow the original, but its secret link is not theirs.
    text:
      follower.sourceComplaintId === notice.complaintId ? lines.join('\n') : lines.filter((l) => l !== link).join('\n'),
  };
}

/**
 * The messages of one notice to followers known only by an address (guests): one per address. Signed-in followers
 * hear through the messaging layer (`notify-chat.ts`), on their chosen channel or their e-mail.
 */
function mailsOf(ctx: UrlCtx, notice: ComplainantNotice): MailMessage[] {
  const seen = new Set<string>(notice.followers.flatMap((f) => (f.accountId && f.email ? [f.email] : [])));
  const mails: MailMessage[] = [];
  for (const f of notice.followers) {
    if (f.accountId || !f.email || seen.has(f.email)) continue;
    seen.add(f.email);
    mails.push({ to: f.email, ...followerMail(ctx, notice, f) });
  }
  return mails;
}

/** E-mail through the platform's mail outbox: one message per guest address. */
export const mailTransport: ComplainantTransport = {
  name: 'mail',
  async deliver(ctx, notice) {
    await ctx.mailer.enqueueMany(ctx, mailsOf(ctx, notice));
  },
  async deliverMany(ctx, notices) {
    await ctx.mailer.enqueueMany(
      ctx,
      notices.flatMap((notice) => mailsOf(ctx, notice)),
    );
  },
};
