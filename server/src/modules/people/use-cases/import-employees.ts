import { recordAudit } from '../../../platform/audit/audit';
import { BoundedMap } from '../../../platform/bounded-map';
import { type Ctx, transaction } from '../../../platform/context';
import { Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { actorLabel, tenantToday } from '../context';
import { foldHistory, resolveReportingLines } from '../derive';
import type { ParsedFile } from '../import-format';
import { PEOPLE } from '../policy';
import {
  type EmployeesTable,
  type HistoryTable,
  type ImportsTable,
  type PositionsTable,
  peopleRepo,
  searchName,
} from '../repository';
import { type Plan as ImportPlan, type ImportReport, parseFile, plan, type RowError, summarize } from './import-plan';

export { type ImportReport, parseDate, type RowError } from './import-plan';

/** The uploaded file, kept in the file store (shared by every node) so that applying it can read it again. */
const importKey = (importId: string, fileName: string) =>
  `imports/${importId}${/\.xlsx$/i.test(fileName) ? '.xlsx' : '.csv'}`;

/** The dry run: stores the file, reports every bad row, changes nothing. */
export async function dryRunImport(ctx: Ctx, fileName: string, buffer: Buffer): Promise<ImportReport> {
  const { tenant, today } = tenantToday(ctx);
  await ctx.access.assert(ctx.actor, PEOPLE.import);
  const file = await parseFile(fileName, buffer);
  const revision = await peopleRepo.revision(ctx.db, tenant.id);
  const result = await plan(ctx, file);
  const id = uuidv7();
  if (!result.errors.length) checkedPlans.set(id, { revision, today, by: ctx.actor!.accountId, plan: result, file });
  await ctx.files.put(importKey(id, fileName), buffer);
  const summary = summarize(result);
  await peopleRepo.insertImport(ctx.db, {
    id,
    tenant_id: tenant.id,
    file_name: fileName.slice(0, 300),
    rows: file.rows.length,
    errors: result.errors.length,
    status: result.errors.length ? 'invalid' : 'checked',
    summary: JSON.stringify(summary),
    created_by: ctx.actor!.accountId,
    created_at: ctx.clock.now().toISOString(),
    applied_at: null,
  });
  return {
    id,
    fileName,
    rows: file.rows.length,
    errors: result.errors,
    summary,
    status: result.errors.length ? 'invalid' : 'checked',
  };
}

/**
 * The plans of the last clean dry runs on this node: applying soon after, with nobody having written employees,
 * units or positions since (the people revision is unchanged), needs neither parsing nor checking again. Another
 * node, a restart, another day, another person applying (whose reach may differ) or any write in between means
 * both are done again.
 */
const checkedPlans = new BoundedMap<
  string,
  { revision: number; today: string; by: string; plan: ImportPlan; file: ParsedFile }
>(2);

/** Progress of running applies, polled by the import page. */
const progress = new Map<string, { done: number; total: number }>();

/** An import as its uploader (or an hr_admin) may see it; anyone else is answered as if it did not exist. */
async function visibleImport(ctx: Ctx, tenantId: string, importId: string): Promise<ImportsTable> {
  await ctx.access.assert(ctx.actor, PEOPLE.import);
  const record = await peopleRepo.importRecord(ctx.db, tenantId, importId);
  if (!record) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, PEOPLE.readImport, { createdBy: record.created_by });
  return record;
}

export async function importStatus(ctx: Ctx, importId: string) {
  const { tenant } = tenantToday(ctx);
  const record = await visibleImport(ctx, tenant.id, importId);
  return {
    id: record.id,
    fileName: record.file_name,
    rows: record.rows,
    status: record.status,
    summary: record.summary ? (JSON.parse(record.summary) as unknown) : null,
    progress:
      progress.get(importId) ??
      (record.status === 'applied' ? { done: record.rows, total: record.rows } : { done: 0, total: record.rows }),
  };
}

const CHUNK = 400;

/**
 * Applies a checked import in one transaction: all rows or none. Rows are re-validated inside the
 * transaction (the data may have changed since the dry run). Unchanged rows write nothing, so the
 * same file applied twice changes nothing the second time.
 */
export async function applyImport(ctx: Ctx, importId: string): Promise<ImportReport> {
  return (await startImport(ctx, importId)).finished;
}

/**
 * Starts applying: what cannot be applied (not checked, already applied or applying) is refused at once;
 * the work itself goes on in `finished`, whose outcome the import's status records: 'applied', or
 * 'failed' with the rows that went bad since the dry run.
 */
export async function startImport(
  ctx: Ctx,
  importId: string,
): Promise<{ id: string; status: 'applying'; finished: Promise<ImportReport> }> {
  const { tenant } = tenantToday(ctx);
  const record = await visibleImport(ctx, tenant.id, importId);
  if (record.status !== 'checked') throw new Invalid('import_not_applicable', { status: record.status });
  // Two clicks on "apply" start one import: the second finds it no longer 'checked'.
  if (!(await peopleRepo.claimImport(ctx.db, tenant.id, importId, 'checked', 'applying')))
    throw new Invalid('import_not_applicable', { status: 'applying' });
  progress.set(importId, { done: 0, total: record.rows });
  return { id: importId, status: 'applying', finished: runImport(ctx, record) };
}

/** Rows written by one import beyond which the tables' planner statistics are refreshed. */
const ANALYZE_AFTER = 1000;

async function runImport(ctx: Ctx, record: ImportsTable): Promise<ImportReport> {
  const { tenant, today } = tenantToday(ctx);
  const importId = record.id;
  try {
    // Checked before the transaction, so that other requests go on meanwhile (SQLite has one connection, and
    // a transaction holds it); inside, the check is reused only if nobody wrote employees, units or positions
    // since (the people revision, raised by triggers, is unchanged), and done again otherwise.
    const revisionNow = await peopleRepo.revision(ctx.db, tenant.id);
    const fromDryRun = checkedPlans.get(importId);
    checkedPlans.delete(importId);
    let file: ParsedFile;
    let checked: ImportPlan;
    const revisionChecked = revisionNow;
    const sameCheck =
      fromDryRun?.revision === revisionNow && fromDryRun.today === today && fromDryRun.by === ctx.actor?.accountId;
    if (fromDryRun && sameCheck) {
      ({ file, plan: checked } = fromDryRun);
    } else {
      file = await parseFile(record.file_name, await ctx.files.read(importKey(importId, record.file_name)));
      checked = await plan(ctx, file);
    }
    progress.set(importId, { done: 0, total: file.rows.length });
    const report = await transaction(ctx, async (tx) => {
      const p = (await peopleRepo.revision(tx.db, tenant.id)) === revisionChecked ? checked : await plan(tx, file);
      if (p.errors.length) throw new Invalid('import_has_errors', { count: p.errors.length }, p.errors);
      const now = tx.clock.now().toISOString();
      const by = actorLabel(tx);
      for (const [key, np] of p.newPositions) {
        const row: PositionsTable = {
          id: uuidv7(),
          tenant_id: tenant.id,
          unit_id: np.unitId,
          name: np.name,
          kind: np.kind,
          fungsional_level: null,
          class: np.class,
          quota: 0,
          is_head: 0,
          created_at: now,
        };
        await peopleRepo.insertPosition(tx.db, row);
        p.positions.set(key, row);
      }
      const units = new Map((await peopleRepo.units(tx.db, tenant.id)).map((u) => [u.id, u]));
      const nipToId = new Map<string, string>();
      for (const r of p.rows) nipToId.set(r.nip, r.existing?.id ?? uuidv7());
      const creates: EmployeesTable[] = [];
      const history: HistoryTable[] = [];
      let done = 0;
      for (const r of p.rows) {
        const position = p.positions.get(r.positionKey)!;
        const unit = units.get(position.unit_id)!;
        const id = nipToId.get(r.nip)!;
        const superiorId = r.superiorNip
          ? (nipToId.get(r.superiorNip) ?? p.existingIds.get(r.superiorNip) ?? null)
          : null;
        const entry = (fields: Partial<HistoryTable>, tmt: string): HistoryTable => ({
          id: uuidv7(),
          tenant_id: tenant.id,
          employee_id: id,
          tmt,
          sk_number: r.skNumber,
          sk_date: null,
          position_id: null,
          unit_id: null,
          golongan: null,
          status: null,
          employment: null,
          note: 'import',
          recorded_at: now,
          recorded_by: by,
          ...fields,
        });
        if (r.action === 'create') {
          const entries =
            r.tmtRank === r.tmtPosition
              ? [
                  entry(
                    {
                      position_id: position.id,
                      unit_id: unit.id,
                      golongan: r.rank,
                      status: r.status,
                      employment: 'active',
                    },
                    r.tmtPosition,
                  ),
                ]
              : [
                  entry(
                    { position_id: position.id, unit_id: unit.id, status: r.status, employment: 'active' },
                    r.tmtPosition,
                  ),
                  entry({ golongan: r.rank }, r.tmtRank),
                ];
          history.push(...entries);
          const state = foldHistory(entries, today);
          creates.push({
            id,
            tenant_id: tenant.id,
            nip: r.nip,
            account_id: null,
            name: r.personal.name!,
            front_title: r.personal.front_title ?? null,
            back_title: r.personal.back_title ?? null,
            sex: r.personal.sex!,
            birth_date: r.personal.birth_date!,
            birth_place: r.personal.birth_place ?? null,
            education_level: r.personal.education_level ?? null,
            education_major: r.personal.education_major ?? null,
            email: r.personal.email ?? null,
            phone: r.personal.phone ?? null,
            address: null,
            photo_url: null,
            tmt_cpns: r.personal.tmt_cpns ?? null,
            tmt_pns: r.personal.tmt_pns ?? null,
            superior_override_id: superiorId,
            status: state.status ?? r.status,
            employment: state.employment,
            golongan: state.golongan,
            position_id: state.positionId,
            unit_id: state.positionId ? unit.id : null,
            unit_path: state.positionId ? unit.path : null,
            position_kind: state.positionId ? position.kind : null,
            superior_id: null,
            search_name: searchName(r.personal.name!),
            version: 1,
            created_at: now,
            updated_at: now,
            updated_by: by,
          });
        } else if (r.action === 'update' && r.existing) {
          const e = r.existing;
          const entries: HistoryTable[] = [];
          if (e.position_id !== position.id || e.status !== r.status)
            entries.push(entry({ position_id: position.id, unit_id: unit.id, status: r.status }, r.tmtPosition));
          if (e.golongan !== r.rank) entries.push(entry({ golongan: r.rank }, r.tmtRank));
          if (entries.length) await peopleRepo.insertHistory(tx.db, entries);
          const state = foldHistory([...(await peopleRepo.history(tx.db, tenant.id, e.id)), ...[]], today);
          const pos = state.positionId ? p.positions.get(r.positionKey) : undefined;
          await peopleRepo.updateEmployee(tx.db, tenant.id, e.id, {
            ...r.personal,
            search_name: searchName(r.personal.name!),
            superior_override_id: superiorId,
            status: state.status ?? e.status,
            employment: state.employment,
            golongan: state.golongan,
            position_id: state.positionId,
            unit_id: state.positionId === position.id ? unit.id : e.unit_id,
            unit_path: state.positionId === position.id ? unit.path : e.unit_path,
            position_kind: pos?.kind ?? e.position_kind,
            version: e.version + 1,
            updated_at: now,
            updated_by: by,
          });
        }
        done += 1;
        if (creates.length >= CHUNK) await peopleRepo.insertEmployees(tx.db, creates.splice(0));
        if (history.length >= CHUNK) await peopleRepo.insertHistory(tx.db, history.splice(0));
        if (done % CHUNK === 0) {
          progress.set(importId, { done, total: p.rows.length });
          // Let other requests run between chunks: on SQLite their reads go to the read connection meanwhile.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      if (creates.length) await peopleRepo.insertEmployees(tx.db, creates);
      if (history.length) await peopleRepo.insertHistory(tx.db, history);
      await resolveReportingLines(tx.db, tenant.id);
      const summary = summarize(p);
      await peopleRepo.updateImport(tx.db, tenant.id, importId, {
        status: 'applied',
        applied_at: now,
        summary: JSON.stringify(summary),
      });
      await recordAudit(tx, {
        action: 'people.import_applied',
        entityType: 'import',
        entityId: importId,
        after: { file: record.file_name, ...summary },
      });
      progress.set(importId, { done: p.rows.length, total: p.rows.length });
      return {
        id: importId,
        fileName: record.file_name,
        rows: file.rows.length,
        errors: [],
        summary,
        status: 'applied',
      };
    });
    // Thousands of new rows at once: PostgreSQL's planner would go on with the tables' old statistics until its
    // autovacuum comes by (the unit list's heads query took 5 s right after a 50,000-row import).
    if (report.summary.create + report.summary.update > ANALYZE_AFTER)
      await peopleRepo.refreshStatistics(ctx.db).catch((error) => ctx.log.warn({ err: error }, 'analyze failed'));
    return report;
  } catch (error) {
    // Nothing was written (one transaction); the status says so, with the rows that went bad.
    const errors = error instanceof Invalid && Array.isArray(error.details) ? (error.details as RowError[]) : [];
    const summary = {
      create: 0,
      update: 0,
      unchanged: 0,
      newPositions: 0,
      failure: error instanceof Invalid ? error.code : 'internal',
      errors: errors.slice(0, 1000),
    };
    await peopleRepo.updateImport(ctx.db, tenant.id, importId, {
      status: 'failed',
      errors: errors.length,
      summary: JSON.stringify(summary),
    });
    if (!(error instanceof Invalid)) ctx.log.error({ err: error, importId }, 'import failed');
    return { id: importId, fileName: record.file_name, rows: record.rows, errors, summary, status: 'failed' };
  } finally {
    setTimeout(() => progress.delete(importId), 60_000).unref();
  }
}
