import { externalDecisionSchema, externalInputSchema, externalListQuerySchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, DomainError, Invalid, NotFound, Unauthenticated } from '../../../platform/errors';
import { type CleanFile, cleanFile, FileRefused, type UploadedFile } from '../../../platform/files';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { TRAINING } from '../policy';
import { externalView } from '../presenter';
import { recordsRepo } from '../repository/records';
import { myEmployee, today } from '../support';

/** A certificate scan or PDF: 5 MB. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

/** The evidence checked by its content (PDF or image, never what the name claims); images re-encoded. */
async function cleanEvidence(files: UploadedFile[]): Promise<CleanFile> {
  const [file] = files;
  if (!file || files.length !== 1) throw new Invalid('training_evidence_missing');
  try {
    return await cleanFile(file, EVIDENCE_MAX_BYTES);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    if (error.reason === 'too_large') throw new DomainError(413, 'training_evidence_too_large', { limit: '5 MB' });
    throw new Invalid('training_evidence_type');
  }
}

/**
 * An employee reports training taken elsewhere, with the certificate as evidence; it counts in JP once HR verifies
 * it. Audited.
 */
export async function reportExternal(ctx: Ctx, data: unknown, files: UploadedFile[]) {
  const tenant = requireTenant(ctx);
  const me = await myEmployee(ctx);
  const input = externalInputSchema.parse(data);
  if (input.endedOn < input.startedOn) throw new Invalid('training_event_dates');
  if (input.endedOn > today(ctx)) throw new Invalid('validation_failed', { field: 'endedOn' });
  const evidence = await cleanEvidence(files);
  const id = uuidv7();
  const key = `training/${tenant.id}/external/${id}`;
  await ctx.files.save(key, evidence);
  const row = {
    id,
    tenant_id: tenant.id,
    employee_id: me.id,
    ...{ title: input.title, provider: input.provider, jp: input.jp },
    started_on: input.startedOn,
    ended_on: input.endedOn,
    status: 'submitted',
    evidence_key: key,
    evidence_mime: evidence.mime,
    evidence_name: evidence.fileName,
    decided_by: null,
    decided_at: null,
    decision_note: null,
    created_at: ctx.clock.now().toISOString(),
  };
  try {
    await transaction(ctx, async (tx) => {
      await recordsRepo.insertExternal(tx.db, row);
      await recordAudit(tx, {
        action: 'training.external_reported',
        entityType: 'training_external',
        entityId: id,
        after: input,
      });
    });
  } catch (error) {
    await ctx.files.remove(key).catch(() => undefined);
    throw error;
  }
  return externalView(row, me.displayName);
}

/** HR's queue of reports, oldest first, filterable by status, paged. */
export async function listExternal(ctx: Ctx, query: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const f = externalListQuerySchema.parse(query);
  const page = await recordsRepo.externalPage(ctx.db, tenant.id, f);
  const people = new Map(
    (await peopleService.activeEmployees(ctx, { ids: [...new Set(page.items.map((r) => r.employee_id))] })).map((p) => [
      p.id,
      p.displayName,
    ]),
  );
  return { items: page.items.map((r) => externalView(r, people.get(r.employee_id) ?? '')), total: page.total };
}

/** HR verifies (the JP count from then on) or refuses a report, once. Audited. */
export async function decideExternal(ctx: Ctx, id: string, body: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = externalDecisionSchema.parse(body);
  const row = await recordsRepo.external(ctx.db, tenant.id, id);
  if (!row) throw new NotFound();
  const set = {
    status: input.decision,
    decided_by: ctx.actor?.accountId ?? null,
    decided_at: ctx.clock.now().toISOString(),
    decision_note: input.note,
  };
  await transaction(ctx, async (tx) => {
    if (!(await recordsRepo.decideExternal(tx.db, tenant.id, id, set))) throw new Conflict('training_external_decided');
    await recordAudit(tx, {
      action: input.decision === 'verified' ? 'training.external_verified' : 'training.external_refused',
      entityType: 'training_external',
      entityId: id,
      after: input,
    });
  });
  const person = await peopleService.employee(ctx, row.employee_id);
  return externalView({ ...row, ...set }, person?.displayName ?? '');
}

/** The evidence file, for its employee and HR; anyone else is answered as if it did not exist. */
export async function externalEvidence(ctx: Ctx, id: string) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  const row = await recordsRepo.external(ctx.db, tenant.id, id);
  if (!row) throw new NotFound();
  if (!(await ctx.access.can(ctx.actor, TRAINING.manage))) {
    const me = await peopleService.employeeOfAccount(ctx, ctx.actor.accountId);
    if (me?.id !== row.employee_id) throw new NotFound();
  }
  return { fileName: row.evidence_name, mime: row.evidence_mime, data: await ctx.files.read(row.evidence_key) };
}
