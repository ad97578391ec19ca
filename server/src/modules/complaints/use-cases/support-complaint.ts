import { type Lang, type SupportResult, supportConfirmSchema, supportInputSchema } from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, TooManyRequests } from '../../../platform/errors';
import { randomToken, uuidv7 } from '../../../platform/ids';
import type { MailMessage } from '../../../platform/mail/mailer';
import { filedBy } from '../presenter';
import { complaintsRepo, type Report } from '../repository';
import { hashToken, intakeKey } from '../support';
import { publishedComplaint } from './public-page';

/** A guest's confirmation link works this long (as the account e-mail verification: 3 days). */
const LINK_TTL_MS = 3 * 24 * 3600_000;
/** Confirmation mails to one address per hour, over all complaints of the tenant. */
const MAILS_PER_HOUR = 5;
/** Asking again for the same complaint within this time sends no second mail. */
const RESEND_AFTER_MS = 10 * 60_000;

// Supporters are citizens like complainants: the audit records that support was added, never by whom.
const asSupporter = (ctx: Ctx): Ctx => ({ ...ctx, actor: null });

async function countOf(ctx: Ctx, report: Report): Promise<number> {
  return (await complaintsRepo.supportCounts(ctx.db, report.tenant_id, [report.id])).get(report.id) ?? 0;
}

/**
 * "Saya juga mengalami ini" on a published complaint. A signed-in account is counted at once, once (asking again
 * changes nothing). A guest gives an e-mail address and is counted when they open the link sent to it, as a guest
 * complainant proves their address by the secret link mailed to them; the answer does not tell whether that
 * address had supported before.
 */
export async function supportComplaint(
  ctx: Ctx,
  code: string,
  input: z.input<typeof supportInputSchema>,
): Promise<SupportResult> {
  const tenant = requireTenant(ctx);
  const data = supportInputSchema.parse(input ?? {});
  return transaction(ctx, async (tx) => {
    const report = await publishedComplaint(tx, code);
    const now = tx.clock.now();
    if (tx.actor) {
      if (filedBy(report, tx.actor.accountId)) throw new Conflict('complaint_support_own');
      const added = await complaintsRepo.addAccountSupport(tx.db, {
        id: uuidv7(now.getTime()),
        tenant_id: tenant.id,
        complaint_id: report.id,
        account_id: tx.actor.accountId,
        at: now.toISOString(),
      });
      if (added) await auditSupport(tx, report);
      return { state: 'counted', supportCount: await countOf(tx, report) };
    }
    if (!data.email) throw new Invalid('complaint_support_email_required');
    const emailKey = intakeKey(tx.config.sessionSecret, `support:${data.email}`);
    const existing = await complaintsRepo.emailSupport(tx.db, tenant.id, report.id, emailKey);
    const recentlyMailed =
      existing?.mailed_at && now.getTime() - Date.parse(existing.mailed_at) < RESEND_AFTER_MS && !existing.confirmed_at;
    if (!existing?.confirmed_at && !recentlyMailed) {
      const since = new Date(now.getTime() - 3600_000).toISOString();
      if ((await complaintsRepo.mailsSince(tx.db, tenant.id, emailKey, since)) >= MAILS_PER_HOUR)
        throw new TooManyRequests('complaint_support_rate_limited', 3600);
      const token = randomToken(24);
      await complaintsRepo.savePendingEmailSupport(tx.db, {
        id: uuidv7(now.getTime()),
        tenant_id: tenant.id,
        complaint_id: report.id,
        email_key: emailKey,
        token_hash: hashToken(token),
        token_expires_at: new Date(now.getTime() + LINK_TTL_MS).toISOString(),
        at: now.toISOString(),
      });
      const link = `${tx.config.publicUrl}/t/${tenant.slug}/pengaduan/${report.code}?dukung=${token}`;
      await tx.mailer.enqueue(tx, supportMail(data.email, tx.lang, report, tenant.name, link));
    }
    return { state: 'check_email', supportCount: await countOf(tx, report) };
  });
}

/** The guest opens the link: their support counts (once; opening it again changes nothing). */
export async function confirmSupport(
  ctx: Ctx,
  code: string,
  input: z.input<typeof supportConfirmSchema>,
): Promise<SupportResult> {
  const tenant = requireTenant(ctx);
  const parsed = supportConfirmSchema.safeParse(input);
  if (!parsed.success) throw new Invalid('complaint_support_token_invalid');
  return transaction(ctx, async (tx) => {
    const report = await publishedComplaint(tx, code);
    const row = await complaintsRepo.byTokenHash(tx.db, tenant.id, hashToken(parsed.data.token));
    const now = tx.clock.now().toISOString();
    if (!row || row.complaint_id !== report.id || !row.token_expires_at || row.token_expires_at < now)
      throw new Invalid('complaint_support_token_invalid');
    if (await complaintsRepo.confirm(tx.db, tenant.id, row.id, now)) await auditSupport(tx, report);
    return { state: 'counted', supportCount: await countOf(tx, report) };
  });
}

async function auditSupport(ctx: Ctx, report: Report) {
  await recordAudit(asSupporter(ctx), { action: 'complaint.supported', entityType: 'complaint', entityId: report.id });
}

function supportMail(to: string, lang: Lang, report: Report, tenantName: string, link: string): MailMessage {
  const id = [
    `Anda menekan "Saya juga mengalami ini" pada pengaduan ${report.code} (${report.title}) di ${tenantName}.`,
    'Buka tautan ini dalam 3 hari agar dukungan Anda dihitung:',
    link,
    'Jika bukan Anda, abaikan pesan ini: tidak ada yang dihitung.',
  ];
  const en = [
    `You pressed "Me too" on complaint ${report.code} (${report.title}) at ${tenantName}.`,
    'Open this link within 3 days so that your support is counted:',
    link,
    'If it was not you, ignore this message: nothing is counted.',
  ];
  const [first, second] = lang === 'en' ? [en, id] : [id, en];
  return {
    to,
    subject:
      lang === 'en'
        ? `[${report.code}] Confirm your "me too"`
        : `[${report.code}] Konfirmasi dukungan "saya juga mengalami ini"`,
    text: `${first.join('\n\n')}\n\n---\n\n${second.filter((l) => l !== link).join('\n\n')}\n`,
  };
}
