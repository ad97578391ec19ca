import { type Ctx, requireTenant } from '../../platform/context';
import { complaintsRepo } from './repository';

/** Public steps the complainant (and every follower) is told about. */
export type PublicStep =
  | 'received'
  | 'postponed'
  | 'verified'
  | 'referred'
  | 'archived'
  | 'merged'
  | 'answered'
  | 'reopened'
  | 'closed';

export interface PublicStepNotice {
  complaintId: string;
  code: string;
  step: PublicStep;
  /** Public text of the step (answer, question, referral, reason). */
  text: string | null;
  telegramChatIds: string[];
}

/**
 * Other channels (Telegram) register here to send their own notice of each public step. Listeners run inside the
 * step's transaction, so that they can queue in an outbox that commits with the step.
 */
const listeners: Array<(ctx: Ctx, notice: PublicStepNotice) => Promise<void>> = [];
export function onPublicStep(listener: (ctx: Ctx, notice: PublicStepNotice) => Promise<void>): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

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

/**
 * Tells every follower of a complaint about a public step: e-mail through the outbox (same transaction), and
 * the registered channel listeners. Never includes any reporter's name: each message goes to one follower.
 */
export async function notifyComplainant(
  ctx: Ctx,
  complaintId: string,
  step: PublicStep,
  extra: { code: string; text?: string | null; followToken?: string | null },
): Promise<void> {
  const tenant = requireTenant(ctx);
  const followers = await complaintsRepo.followers(ctx.db, tenant.id, complaintId);
  const subject = SUBJECTS[step];
  const link = extra.followToken
    ? `${ctx.config.publicUrl}/t/${tenant.slug}/complaints/follow/${extra.followToken}`
    : null;
  const lines = [
    `${subject.id}: ${extra.code} — ${tenant.name}`,
    '',
    ...(extra.text ? [extra.text, ''] : []),
    ...(link
      ? [
          'Simpan tautan rahasia ini untuk mengikuti pengaduan Anda (jangan dibagikan):',
          link,
          '',
          'Keep this secret link to follow your complaint (do not share it).',
        ]
      : [`Kode pelacakan / tracking code: ${extra.code}`]),
    '',
    `(${subject.en})`,
  ];
  const seen = new Set<string>();
  for (const f of followers) {
    if (!f.email || seen.has(f.email)) continue;
    seen.add(f.email);
    await ctx.mailer.enqueue(ctx, {
      to: f.email,
      subject: `[${extra.code}] ${subject.id} / ${subject.en}`,
      // The secret link belongs to the reporter of this very complaint only, never to merged followers.
      text: f.source_complaint_id === complaintId ? lines.join('\n') : lines.filter((l) => l !== link).join('\n'),
    });
  }
  const notice: PublicStepNotice = {
    complaintId,
    code: extra.code,
    step,
    text: extra.text ?? null,
    telegramChatIds: [...new Set(followers.map((f) => f.telegram_chat_id).filter((c): c is string => !!c))],
  };
  for (const listener of listeners) await listener(ctx, notice);
}

/** A notice to staff (assignment, reminder, escalation); carries the code and title, never the reporter. */
export async function notifyStaff(
  ctx: Ctx,
  to: string | null | undefined,
  message: { subject: string; text: string },
): Promise<void> {
  if (!to) return;
  await ctx.mailer.enqueue(ctx, { to, subject: message.subject, text: message.text });
}
