import { normaliseCertificateCode, revokeInputSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, NotFound, Unauthenticated } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { TRAINING } from '../policy';
import { registrationsRepo } from '../repository/registrations';
import { certificatePdf } from './certificate-pdf';

/**
 * PUBLIC: whether a certificate is genuine: the holder's name, the programme, the JP and the date, nothing else.
 * Unknown, malformed and revoked codes are answered alike (404 `training_certificate_unknown`).
 */
export async function verifyCertificate(ctx: Ctx, rawCode: string) {
  const code = normaliseCertificateCode(rawCode);
  const row = code ? await registrationsRepo.certificateByCode(ctx.db, requireTenant(ctx).id, code) : undefined;
  if (!row || row.revoked_at) throw new NotFound('training_certificate_unknown');
  return {
    code: row.code,
    name: row.employee_name,
    programme: row.programme_title,
    jp: row.jp,
    completedOn: row.completed_on,
  };
}

/** A certificate for its holder or HR; anyone else is answered as if it did not exist. */
async function certificateFor(ctx: Ctx, id: string) {
  if (!ctx.actor) throw new Unauthenticated();
  const row = await registrationsRepo.certificate(ctx.db, requireTenant(ctx).id, id);
  if (!row) throw new NotFound();
  if (await ctx.access.can(ctx.actor, TRAINING.manage)) return row;
  const me = await peopleService.employeeOfAccount(ctx, ctx.actor.accountId);
  if (me?.id !== row.employee_id) throw new NotFound();
  return row;
}

/** The certificate's PDF (its holder, HR); a revoked one is no longer issued. */
export async function certificateFile(ctx: Ctx, id: string) {
  const tenant = requireTenant(ctx);
  const row = await certificateFor(ctx, id);
  if (row.revoked_at) throw new NotFound('training_certificate_unknown');
  const data = await certificatePdf({
    tenantName: tenant.name,
    name: row.employee_name,
    programme: row.programme_title,
    jp: row.jp,
    completedOn: row.completed_on,
    code: row.code,
    verifyUrl: `${ctx.config.publicUrl}/t/${tenant.slug}/verify/${row.code}`,
  });
  return { fileName: `sertifikat-${row.code}.pdf`, data };
}

/**
 * HR revokes a certificate with a reason: the public check then answers 404, and the JP it stood for are withdrawn
 * (the registration counts as not completed). Audited.
 */
export async function revokeCertificate(ctx: Ctx, id: string, body: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = revokeInputSchema.parse(body);
  const row = await registrationsRepo.certificate(ctx.db, tenant.id, id);
  if (!row) throw new NotFound();
  if (row.revoked_at) throw new Conflict('training_certificate_revoked');
  await transaction(ctx, async (tx) => {
    await registrationsRepo.revokeCertificate(tx.db, tenant.id, id, {
      revoked_at: ctx.clock.now().toISOString(),
      revoked_by: ctx.actor?.accountId ?? null,
      revoke_reason: input.reason,
    });
    await registrationsRepo.update(tx.db, tenant.id, row.registration_id, {
      status: 'not_completed',
      completed_on: null,
      jp_credited: 0,
      updated_at: ctx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'training.certificate_revoked',
      entityType: 'training_certificate',
      entityId: id,
      after: { reason: input.reason },
    });
  });
  return { ok: true as const };
}
