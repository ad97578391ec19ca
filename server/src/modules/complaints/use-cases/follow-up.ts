import {
  addWorkingDays,
  answerSchema,
  assignSchema,
  FOLLOW_UP_STATUSES,
  integritySchema,
  linkEmployeeSchema,
  noteSchema,
  workingDaysBetween,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { findAccount, loadActor } from '../../../platform/auth/actor';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { notifyComplainant, notifyStaff } from '../notify';
import { COMPLAINTS, handlesComplaint } from '../policy';
import { complaintsRepo } from '../repository';
import { addEvent, calendarOf, settingsOf, statsKey } from '../support';
import { changeState, complaintFor, expectStatus, subjectOf } from '../workflow';

/** The OPD assigns an officer who may handle the unit's complaints; they are told unless they chose a digest. */
export async function assignComplaint(ctx: Ctx, id: string, input: z.input<typeof assignSchema>): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = assignSchema.parse(input);
  const account = await findAccount(ctx.db, data.accountId);
  // Grants are read before the transaction: on SQLite a read outside it would wait for it forever.
  const officer = account ? await loadActor(ctx, account, tenant.id) : null;
  await transaction(ctx, async (tx) => {
    const report = await complaintFor(tx, id, 'handle');
    expectStatus(report, FOLLOW_UP_STATUSES);
    if (!officer || !handlesComplaint(officer, subjectOf(report)))
      throw new Invalid('complaint_officer_unknown', {}, [{ path: 'accountId', code: 'complaint_officer_unknown' }]);
    await changeState(tx, report, FOLLOW_UP_STATUSES, {
      status: 'in_progress',
      assigned_account_id: officer.accountId,
      assigned_name: officer.name,
    });
    await addEvent(tx, id, 'assigned');
    await recordAudit(tx, {
      action: 'complaint.assigned',
      entityType: 'complaint',
      entityId: id,
      after: { accountId: officer.accountId },
    });
    if (!(await settingsOf(tx, tenant.id)).dailyDigest)
      await notifyStaff(tx, account?.email, {
        subject: `[${report.code}] Pengaduan ditugaskan kepada Anda / Complaint assigned to you`,
        text: `${report.title}\n\nJawaban paling lambat / answer due: ${report.answer_due_at ?? '-'}`,
      });
  });
}

/** An internal note: staff only, never on the complainant's timeline. */
export async function addNote(ctx: Ctx, id: string, input: z.input<typeof noteSchema>): Promise<void> {
  const data = noteSchema.parse(input);
  await transaction(ctx, async (tx) => {
    await complaintFor(tx, id, 'handle');
    await addEvent(tx, id, 'note', data.text);
    await recordAudit(tx, { action: 'complaint.note_added', entityType: 'complaint', entityId: id });
  });
}

/** Links an employee concerned (their supervisor then sees the complaint, never the reporter). */
export async function linkEmployee(ctx: Ctx, id: string, input: z.input<typeof linkEmployeeSchema>): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = linkEmployeeSchema.parse(input);
  const employee = await peopleService.employee(ctx, data.employeeId);
  await transaction(ctx, async (tx) => {
    await complaintFor(tx, id, 'handle');
    if (!employee) throw new Invalid('validation_failed', {}, [{ path: 'employeeId', message: 'unknown employee' }]);
    const added = await complaintsRepo.linkEmployee(tx.db, {
      tenant_id: tenant.id,
      complaint_id: id,
      employee_id: employee.id,
      linked_at: tx.clock.now().toISOString(),
      linked_by: tx.actor?.accountId ?? null,
    });
    if (!added) return;
    await addEvent(tx, id, 'employee_linked', employee.displayName);
    await recordAudit(tx, {
      action: 'complaint.employee_linked',
      entityType: 'complaint',
      entityId: id,
      after: { employeeId: employee.id },
    });
  });
}

/** The OPD's answer: counted on time or late against the due time; the reopen window starts. */
export async function answerComplaint(ctx: Ctx, id: string, input: z.input<typeof answerSchema>): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = answerSchema.parse(input);
  const cal = await calendarOf(ctx, tenant);
  const settings = await settingsOf(ctx, tenant.id);
  await transaction(ctx, async (tx) => {
    const report = await complaintFor(tx, id, 'handle');
    expectStatus(report, FOLLOW_UP_STATUSES);
    const now = tx.clock.now();
    const firstAnswer = report.answered_at === null;
    await changeState(tx, report, FOLLOW_UP_STATUSES, {
      status: 'answered',
      answer_text: data.text,
      answered_at: now.toISOString(),
      auto_close_at: addWorkingDays(now, settings.reopenDays, cal).at.toISOString(),
    });
    if (firstAnswer) {
      const key = statsKey(tenant, report, now);
      const onTime = report.answer_due_at !== null && now.toISOString() <= report.answer_due_at;
      await complaintsRepo.bumpDaily(tx.db, key, { answered: 1, answered_on_time: onTime ? 1 : 0 });
      await complaintsRepo.bumpDuration(
        tx.db,
        key,
        'answer',
        workingDaysBetween(new Date(report.received_at), now, cal),
      );
    }
    await addEvent(tx, id, 'answered', data.text);
    await recordAudit(tx, { action: 'complaint.answered', entityType: 'complaint', entityId: id });
    await notifyComplainant(tx, id, 'answered', { code: report.code, text: data.text });
    tx.afterCommit(() =>
      tx.events.publish({ name: 'complaint.answered', tenantId: tenant.id, payload: { id, code: report.code } }),
    );
  });
}

/** Refer to integrity (Inspektorat): stored for the integrity module; coordinator only. */
export async function referToIntegrity(ctx: Ctx, id: string, input: z.input<typeof integritySchema>): Promise<void> {
  const data = integritySchema.parse(input);
  await transaction(ctx, async (tx) => {
    const report = await complaintFor(tx, id, 'handle');
    if (!(await tx.access.can(tx.actor, COMPLAINTS.referIntegrity))) throw new Forbidden();
    if (report.integrity_referred_at) throw new Conflict('conflict');
    await complaintsRepo.updateReport(tx.db, report.tenant_id, id, [report.status], {
      integrity_referred_at: tx.clock.now().toISOString(),
      integrity_note: data.note,
      updated_at: tx.clock.now().toISOString(),
    });
    await addEvent(tx, id, 'integrity_referred', data.note);
    await recordAudit(tx, { action: 'complaint.integrity_referred', entityType: 'complaint', entityId: id });
  });
}
