import { formatFee } from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import type { MailMessage } from '../../platform/mail/mailer';
import { notify, registerNoticeTexts } from '../../platform/messaging';
import type { NoticeRequest } from '../../platform/messaging/types';
import type { RequestRow } from './repository/tables';
import { confirmPagePath, followPagePath } from './requests-support';

/**
 * E-mails about service requests, queued in the mail outbox inside the step's transaction (a step that rolls back
 * tells nobody; the outbox sends after commit). The applicant hears of every step in Indonesian with English below;
 * staff hear of new requests, reminders and escalations, with the code and the service, never the applicant's data
 * beyond the name.
 */

export type ApplicantStep =
  | 'confirm'
  | 'received'
  | 'incomplete'
  | 'completed_documents'
  | 'in_process'
  | 'approved'
  | 'refused'
  | 'paid'
  | 'ready'
  | 'done';

const SUBJECTS: Record<ApplicantStep, { id: string; en: string }> = {
  confirm: { id: 'Konfirmasi e-mail permohonan layanan', en: 'Confirm the e-mail of your service request' },
  received: { id: 'Permohonan layanan diterima', en: 'Service request received' },
  incomplete: { id: 'Berkas permohonan belum lengkap', en: 'Your request documents are incomplete' },
  completed_documents: { id: 'Berkas lengkap, permohonan dilanjutkan', en: 'Documents complete, request resumed' },
  in_process: { id: 'Permohonan sedang diproses', en: 'Your request is in process' },
  approved: { id: 'Permohonan disetujui', en: 'Your request was approved' },
  refused: { id: 'Permohonan ditolak', en: 'Your request was refused' },
  paid: { id: 'Pembayaran retribusi dicatat', en: 'Fee payment recorded' },
  ready: { id: 'Produk layanan siap diambil', en: 'Your service output is ready for pickup' },
  done: { id: 'Permohonan selesai', en: 'Your request is complete' },
};

export interface ApplicantMail {
  /** Secret links: the guest's confirmation link (step `confirm`) or follow link (first mail after confirming). */
  confirmToken?: string;
  followToken?: string;
  serviceName: string;
  /** Lines in Indonesian and their English, shown under the subject. */
  lines?: Array<{ id: string; en: string }>;
  surveyToken?: string | null;
}

registerNoticeTexts({
  kind: 'services.step',
  subject: { id: 'Kabar permohonan layanan {code}', en: 'News of service request {code}' },
  text: {
    id: 'Permohonan {code} ({service}): {step}. {more}',
    en: 'Request {code} ({service}): {stepEn}. {moreEn}',
  },
  templateParams: ['code', 'service', 'step'],
});

type ApplicantRequest = Pick<RequestRow, 'id' | 'code' | 'applicant_email' | 'due_date' | 'applicant_account_id'>;

/**
 * Tells the applicant of a step, in the step's transaction: a signed-in applicant on the channel they chose (the
 * chat message carries the request page's link, and the survey link once done; on e-mail, the full mail below), a
 * guest by e-mail.
 */
export async function notifyApplicant(
  ctx: Ctx,
  request: ApplicantRequest,
  step: ApplicantStep,
  mail: ApplicantMail,
): Promise<void> {
  const notice = applicantNotice(ctx, request, step, mail);
  if (notice) await notify(ctx, notice);
}

/** The notice of a step (sent by `notifyApplicant`, or by a writer of many requests at once with `notifyMany`). */
export function applicantNotice(
  ctx: Ctx,
  request: ApplicantRequest,
  step: ApplicantStep,
  mail: ApplicantMail,
): NoticeRequest | null {
  const message = applicantMail(ctx, request, step, mail);
  if (!request.applicant_account_id || !request.code) {
    // A guest (e-mail only, or not confirmed yet): the mail as it always was.
    if (!message) return null;
    const { to, ...content } = message;
    return { to: { email: to }, kind: 'services.step', params: {}, mail: content };
  }
  const tenant = requireTenant(ctx);
  const base = ctx.config.publicUrl;
  const survey = mail.surveyToken ? `${base}/t/${tenant.slug}/survei/${mail.surveyToken}` : null;
  const page = `${base}/t/${tenant.slug}/layanan/saya/${request.id}`;
  return {
    to: { accountId: request.applicant_account_id },
    kind: 'services.step',
    params: {
      code: request.code,
      service: mail.serviceName,
      step: SUBJECTS[step].id,
      stepEn: SUBJECTS[step].en,
      more: survey ? `Bagaimana pelayanan kami? Isi survei kepuasan: ${survey}` : `Ikuti permohonan Anda: ${page}`,
      moreEn: survey ? `How did we do? Take the satisfaction survey: ${survey}` : `Follow your request: ${page}`,
    },
    // On e-mail the fuller mail of the step; made from the texts if the request has no address (none is lost).
    ...(message ? { mail: { subject: message.subject, text: message.text } } : {}),
  };
}

/** The applicant's e-mail of a step (queued by `notifyApplicant`, or by a writer of many requests at once). */
export function applicantMail(
  ctx: Ctx,
  request: Pick<RequestRow, 'id' | 'code' | 'applicant_email' | 'due_date' | 'applicant_account_id'>,
  step: ApplicantStep,
  mail: ApplicantMail,
): MailMessage | null {
  const tenant = requireTenant(ctx);
  if (!request.applicant_email) return null;
  const subject = SUBJECTS[step];
  const base = ctx.config.publicUrl;
  const link = mail.confirmToken
    ? `${base}${confirmPagePath(tenant.slug, mail.confirmToken)}`
    : mail.followToken
      ? `${base}${followPagePath(tenant.slug, mail.followToken)}`
      : request.applicant_account_id
        ? `${base}/t/${tenant.slug}/layanan/saya/${request.id}`
        : null;
  const survey = mail.surveyToken ? `${base}/t/${tenant.slug}/survei/${mail.surveyToken}` : null;
  const lines = mail.lines ?? [];
  const idText = [
    `${subject.id} — ${mail.serviceName}`,
    `${tenant.name}`,
    '',
    ...(request.code ? [`Kode permohonan: ${request.code}`] : []),
    ...(request.due_date && step !== 'done' && step !== 'refused' ? [`Batas waktu: ${request.due_date}`] : []),
    ...lines.map((l) => l.id),
    '',
    ...(mail.confirmToken
      ? ['Buka tautan ini untuk mengonfirmasi e-mail Anda; permohonan diproses setelah dikonfirmasi:', link ?? '']
      : mail.followToken
        ? ['Simpan tautan rahasia ini untuk mengikuti permohonan Anda (jangan dibagikan):', link ?? '']
        : link
          ? [`Ikuti permohonan Anda: ${link}`]
          : []),
    ...(survey ? ['', `Bagaimana pelayanan kami? Isi survei kepuasan: ${survey}`] : []),
  ];
  const enText = [
    `${subject.en} — ${mail.serviceName}`,
    ...(request.code ? [`Request code: ${request.code}`] : []),
    ...(request.due_date && step !== 'done' && step !== 'refused' ? [`Due date: ${request.due_date}`] : []),
    ...lines.map((l) => l.en),
    ...(mail.confirmToken
      ? ['Open the link above to confirm your e-mail; the request is processed once confirmed.']
      : mail.followToken
        ? ['Keep the secret link above to follow your request (do not share it).']
        : []),
    ...(survey ? [`How did we do? Take the satisfaction survey: ${survey}`] : []),
  ];
  return {
    to: request.applicant_email,
    subject: `${request.code ? `[${request.code}] ` : ''}${subject.id} / ${subject.en}`,
    text: [...idText, '', '---', '', ...enText].join('\n'),
  };
}

export const feeLine = (amount: number, receipt: string) => ({
  id: `Dibayar ${formatFee(amount)}, kuitansi ${receipt}.`,
  en: `Paid ${formatFee(amount)}, receipt ${receipt}.`,
});

/** E-mail addresses of the service officers of a unit (granted on it, an ancestor, or the whole tenant). */
export async function unitOfficerEmails(ctx: Ctx, unitAncestry: readonly string[]): Promise<string[]> {
  const emails = (await serviceOfficers(ctx))
    .filter((r) => r.unit_id === null || unitAncestry.includes(r.unit_id))
    .map((r) => r.email)
    .filter((e): e is string => !!e);
  return [...new Set(emails)];
}

/** The tenant's service officers: each grant's unit (null: the whole tenant) and its account's e-mail address. */
export function serviceOfficers(ctx: Ctx) {
  return ctx.db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select(['accounts.email', 'role_grants.unit_id'])
    .where('role_grants.tenant_id', '=', requireTenant(ctx).id)
    .where('role_grants.role', '=', 'service_officer')
    .execute();
}

/** The request in the officers' inbox (for staff mails). */
export function inboxLink(ctx: Ctx, requestId: string): string {
  return `${ctx.config.publicUrl}/t/${requireTenant(ctx).slug}/layanan-kotak-masuk/${requestId}`;
}

/** One mail to each staff address. */
export async function notifyStaff(
  ctx: Ctx,
  emails: readonly string[],
  message: { subject: string; text: string },
): Promise<void> {
  const to = [...new Set(emails.filter((e) => e.trim()))];
  if (to.length)
    await ctx.mailer.enqueueMany(
      ctx,
      to.map((address) => ({ to: address, ...message })),
    );
}
