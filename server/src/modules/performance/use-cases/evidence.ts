import { EVIDENCE_FILE_MAX_BYTES, EVIDENCE_FILES_MAX, type EvidenceFile } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from '../../../platform/errors';
import { type CleanFile, cleanFile, FileRefused, type UploadedFile } from '../../../platform/files';
import { uuidv7 } from '../../../platform/ids';
import { PERFORMANCE } from '../policy';
import type { EvidenceFilesTable, ReportsTable } from '../repositories/tables';
import { performanceRepo } from '../repository';
import { actorLabel, visibleEmployee } from '../support';

/**
 * Evidence files on a periodic report: the employee adds images or PDFs (at most `EVIDENCE_FILES_MAX` per report,
 * `EVIDENCE_FILE_MAX_BYTES` each, the type read from the content, images re-encoded without metadata) while the report may
 * be edited (draft or returned). Whoever may read the report may download them; anyone else gets 404.
 */

const present = (f: EvidenceFilesTable): EvidenceFile => ({
  id: f.id,
  fileName: f.file_name,
  mime: f.mime,
  size: f.size,
  uploadedAt: f.created_at,
});

/** Files live under performance/<tenant>/<report>/<file id> in the file store (a thumbnail beside each image). */
const storageKey = (tenantId: string, reportId: string, fileId: string) =>
  `performance/${tenantId}/${reportId}/${fileId}`;

/** The actor's own report, still editable; 404 if they may not see it, 403 if they may see but not edit it. */
async function ownEditableReport(ctx: Ctx, reportId: string): Promise<ReportsTable> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const report = await performanceRepo.report(ctx.db, requireTenant(ctx).id, reportId);
  if (!report) throw new NotFound();
  const { employee } = await visibleEmployee(ctx, report.employee_id);
  if (!employee.accountId || employee.accountId !== ctx.actor?.accountId) throw new Forbidden();
  if (report.status === 'submitted') throw new Conflict('performance_under_review');
  if (report.status === 'approved') throw new Conflict('performance_approved_locked');
  return report;
}

async function clean(files: UploadedFile[]): Promise<CleanFile[]> {
  const cleaned: CleanFile[] = [];
  for (const file of files) {
    try {
      cleaned.push(await cleanFile(file, EVIDENCE_FILE_MAX_BYTES));
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      const name = file.fileName.slice(0, 100);
      if (error.reason === 'too_large') throw new DomainError(413, 'performance_evidence_too_large');
      if (error.reason === 'heic') throw new Invalid('file_heic_unsupported', { name });
      throw new Invalid('performance_evidence_type', { name });
    }
  }
  return cleaned;
}

/** Adds files to the employee's own report; the whole set is refused on the first bad file. */
export async function addEvidenceFiles(ctx: Ctx, reportId: string, files: UploadedFile[]): Promise<EvidenceFile[]> {
  const tenant = requireTenant(ctx);
  const report = await ownEditableReport(ctx, reportId);
  if (files.length === 0) throw new Invalid('validation_failed', {}, [{ path: 'files', message: 'no file' }]);
  const cleaned = await clean(files);
  const now = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    const existing = await performanceRepo.evidenceFiles(tx.db, tenant.id, report.id);
    if (existing.length + cleaned.length > EVIDENCE_FILES_MAX)
      throw new Invalid('performance_evidence_too_many', { max: EVIDENCE_FILES_MAX });
    const rows = cleaned.map((file): EvidenceFilesTable => {
      const id = uuidv7();
      return {
        id,
        tenant_id: tenant.id,
        report_id: report.id,
        employee_id: report.employee_id,
        file_name: file.fileName,
        mime: file.mime,
        size: file.data.length,
        sha256: file.sha256,
        storage_key: storageKey(tenant.id, report.id, id),
        uploaded_by: actorLabel(ctx),
        created_at: now,
      };
    });
    // The bytes first: a row never points at a missing file (an orphan file on a failed commit is harmless).
    await Promise.all(rows.map((row, i) => ctx.files.save(row.storage_key, cleaned[i]!)));
    await performanceRepo.insertEvidenceFiles(tx.db, rows);
    await recordAudit(tx, {
      action: 'performance.evidence_added',
      entityType: 'performance_report',
      entityId: report.id,
      after: { files: rows.map((r) => ({ id: r.id, sha256: r.sha256 })) },
    });
  });
  return (await performanceRepo.evidenceFiles(ctx.db, tenant.id, report.id)).map(present);
}

/** The files of a report, for whoever may read it. */
export async function listEvidenceFiles(ctx: Ctx, reportId: string): Promise<EvidenceFile[]> {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const tenant = requireTenant(ctx);
  const report = await performanceRepo.report(ctx.db, tenant.id, reportId);
  if (!report) throw new NotFound();
  await visibleEmployee(ctx, report.employee_id);
  return (await performanceRepo.evidenceFiles(ctx.db, tenant.id, report.id)).map(present);
}

/** One file's bytes, for whoever may read its report (404 for anyone else, as if it did not exist). */
export async function downloadEvidenceFile(ctx: Ctx, fileId: string) {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const file = await performanceRepo.evidenceFile(ctx.db, requireTenant(ctx).id, fileId);
  if (!file) throw new NotFound();
  await visibleEmployee(ctx, file.employee_id);
  return { fileName: file.file_name, mime: file.mime, data: await ctx.files.read(file.storage_key) };
}

/** Removes a file from the employee's own report while it may be edited. */
export async function removeEvidenceFile(ctx: Ctx, fileId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const file = await performanceRepo.evidenceFile(ctx.db, tenant.id, fileId);
  if (!file) throw new NotFound();
  await ownEditableReport(ctx, file.report_id);
  await transaction(ctx, async (tx) => {
    await performanceRepo.deleteEvidenceFile(tx.db, tenant.id, file.id);
    await recordAudit(tx, {
      action: 'performance.evidence_removed',
      entityType: 'performance_report',
      entityId: file.report_id,
      after: { file: file.id, sha256: file.sha256 },
    });
  });
}
