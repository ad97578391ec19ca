import { type Ctx, requireTenant } from '../../platform/context';
import { notifyMany, registerNoticeTexts } from '../../platform/messaging';
import type { NoticeRequest } from '../../platform/messaging/types';
import type { CounterRow, ServiceRow, TicketRow } from './repository';
import { noticesRepo } from './repository/notices';

/**
 * The queue's notices to the holder of an online ticket or a booking (the only tickets with an account): "your turn
 * is near" once, when the ticket becomes the third waiting in its service or closer, "your number is called" when a
 * counter calls it, and the survey link once the visit is finished. Sent through the messaging layer on the channel the citizen chose, in the call's
 * transaction. A recall sends nothing again: the visitor was told a moment ago, and the board calls aloud.
 */

/** The place in line from which the holder is told that their turn is near (3: two people before them). */
export const NEAR_PLACE = 3;

registerNoticeTexts({
  kind: 'queue.near',
  subject: { id: 'Giliran Anda hampir tiba', en: 'Your turn is near' },
  text: {
    id: 'Giliran Anda hampir tiba: nomor {ticket} ({service}), masih {ahead} orang di depan Anda. Mohon bersiap di dekat loket.',
    en: 'Your turn is near: number {ticket} ({service}), {ahead} still ahead of you. Please stay close to the counters.',
  },
  templateParams: ['ticket', 'service', 'ahead'],
});

registerNoticeTexts({
  kind: 'queue.called',
  subject: { id: 'Giliran Anda', en: 'Your turn' },
  text: {
    id: 'Giliran Anda: nomor {ticket} dipanggil ke loket {counter}. Silakan menuju loket sekarang.',
    en: 'Your turn: number {ticket} is called to counter {counter}. Please go to the counter now.',
  },
  templateParams: ['ticket', 'counter'],
});

registerNoticeTexts({
  kind: 'survey.invitation',
  subject: { id: 'Bagaimana pelayanan kami?', en: 'How did we do?' },
  text: {
    id: 'Terima kasih telah menggunakan layanan {service}. Bagaimana pelayanan kami? Isi survei kepuasan (satu menit): {url}',
    en: 'Thank you for using {service}. How did we do? Take the satisfaction survey (one minute): {url}',
  },
  templateParams: ['service', 'url'],
});

/** After a finished visit (inside its transaction): the holder of an online ticket or booking gets the survey link. */
export async function noticeSurvey(tx: Ctx, ticket: TicketRow, surveyToken: string, serviceName: string) {
  if (!ticket.account_id) return;
  const url = `${tx.config.publicUrl}/t/${requireTenant(tx).slug}/survei/${surveyToken}`;
  await notifyMany(tx, [
    { to: { accountId: ticket.account_id }, kind: 'survey.invitation', params: { service: serviceName, url } },
  ]);
}

/**
 * After a counter called `ticket` (inside the call's transaction): tells its holder, and the holders of the
 * service's first waiting tickets not told yet that their turn is near. One read of the line's head per call; the
 * marks are conditional, so two consoles calling at once tell each holder once.
 */
export async function noticeCall(
  tx: Ctx,
  ticket: TicketRow,
  counter: Pick<CounterRow, 'number'>,
  services: readonly ServiceRow[],
  day: string,
): Promise<void> {
  const tenant = requireTenant(tx);
  const now = tx.clock.now().toISOString();
  const notices: NoticeRequest[] = [];
  if (ticket.account_id)
    notices.push({
      to: { accountId: ticket.account_id },
      kind: 'queue.called',
      params: { ticket: ticket.code ?? '', counter: String(counter.number) },
    });
  const head = await noticesRepo.firstWaiting(tx.db, ticket.service_id, day, now, NEAR_PLACE);
  const due = head.filter((t) => t.account_id && !t.near_notified_at);
  const marked = new Set(
    await noticesRepo.markNear(
      tx.db,
      tenant.id,
      due.map((t) => t.id),
      now,
    ),
  );
  const service = services.find((s) => s.id === ticket.service_id)?.name ?? '';
  for (const t of due)
    if (marked.has(t.id))
      notices.push({
        to: { accountId: t.account_id as string },
        kind: 'queue.near',
        params: { ticket: t.code ?? '', service, ahead: String(head.indexOf(t)) },
      });
  if (notices.length) await notifyMany(tx, notices);
}
