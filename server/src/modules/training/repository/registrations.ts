import type { DbOrTx } from '../../../platform/db/database';
import type { CertificatesTable, FeedbackTable, RegistrationsTable } from './tables';

/** Registrations (with attendance and scores), certificates and feedback. */
export const registrationsRepo = {
  registration(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('training_registrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  ofEmployee(db: DbOrTx, tenantId: string, eventId: string, employeeId: string) {
    return db
      .selectFrom('training_registrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('event_id', '=', eventId)
      .where('employee_id', '=', employeeId)
      .executeTakeFirst();
  },
  ofEvent(db: DbOrTx, tenantId: string, eventId: string) {
    return db
      .selectFrom('training_registrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('event_id', '=', eventId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },
  forEmployee(db: DbOrTx, tenantId: string, employeeId: string) {
    return db
      .selectFrom('training_registrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId)
      .orderBy('created_at', 'desc')
      .execute();
  },
  awaitingApprover(db: DbOrTx, tenantId: string, approverId: string) {
    return db
      .selectFrom('training_registrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('approver_id', '=', approverId)
      .where('status', 'in', ['pending', 'waitlisted'])
      .where('decided_at', 'is', null)
      .orderBy('approval_due_at')
      .execute();
  },
  /** Pending registrations whose superior let the deadline pass (the sweeper cancels them). */
  overdue(db: DbOrTx, now: string, limit: number) {
    return db
      .selectFrom('training_registrations')
      .selectAll()
      .where('status', 'in', ['pending', 'waitlisted'])
      .where('decided_at', 'is', null)
      .where('approval_due_at', '<', now)
      .limit(limit)
      .execute();
  },
  /** Lapses a registration the superior left undecided past its deadline, once: false when someone acted first. */
  async lapse(db: DbOrTx, tenantId: string, id: string, now: string): Promise<boolean> {
    const result = await db
      .updateTable('training_registrations')
      .set({ status: 'cancelled', queued_at: null, decision_note: 'approval_overdue', updated_at: now })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', 'in', ['pending', 'waitlisted'])
      .where('decided_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
  /** The head of the waiting list. */
  firstWaiting(db: DbOrTx, tenantId: string, eventId: string) {
    return db
      .selectFrom('training_registrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('event_id', '=', eventId)
      .where('status', '=', 'waitlisted')
      .orderBy('queued_at')
      .orderBy('id')
      .executeTakeFirst();
  },
  async insert(db: DbOrTx, rows: RegistrationsTable[]): Promise<void> {
    if (rows.length) await db.insertInto('training_registrations').values(rows).execute();
  },
  async update(db: DbOrTx, tenantId: string, id: string, set: Partial<RegistrationsTable>): Promise<void> {
    await db
      .updateTable('training_registrations')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  /** Marks attendance once: false when it was already marked (an offline scan synced twice). */
  async markAttended(db: DbOrTx, tenantId: string, id: string, at: string, method: 'qr' | 'list'): Promise<boolean> {
    const result = await db
      .updateTable('training_registrations')
      .set({ attended_at: at, attendance_method: method, updated_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('attended_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  certificate(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('training_certificates')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  certificateByCode(db: DbOrTx, tenantId: string, code: string) {
    return db
      .selectFrom('training_certificates')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  },
  certificatesOfRegistrations(db: DbOrTx, tenantId: string, registrationIds: string[]) {
    if (!registrationIds.length) return Promise.resolve([]);
    return db
      .selectFrom('training_certificates')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('registration_id', 'in', registrationIds)
      .execute();
  },
  async insertCertificates(db: DbOrTx, rows: CertificatesTable[]): Promise<void> {
    if (rows.length) await db.insertInto('training_certificates').values(rows).execute();
  },
  async revokeCertificate(db: DbOrTx, tenantId: string, id: string, set: Partial<CertificatesTable>): Promise<void> {
    await db
      .updateTable('training_certificates')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },

  feedbackOf(db: DbOrTx, tenantId: string, registrationId: string) {
    return db
      .selectFrom('training_feedback')
      .select('registration_id')
      .where('tenant_id', '=', tenantId)
      .where('registration_id', '=', registrationId)
      .executeTakeFirst();
  },
  async insertFeedback(db: DbOrTx, rows: FeedbackTable | FeedbackTable[]): Promise<void> {
    if (!Array.isArray(rows) || rows.length) await db.insertInto('training_feedback').values(rows).execute();
  },
  async feedbackSummary(db: DbOrTx, tenantId: string, eventId: string) {
    const row = await db
      .selectFrom('training_feedback')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.avg<number>('event_rating').as('event_rating'),
        eb.fn.avg<number>('trainer_rating').as('trainer_rating'),
      ])
      .where('tenant_id', '=', tenantId)
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow();
    return {
      responses: Number(row.n),
      eventRating: row.event_rating === null ? null : Math.round(Number(row.event_rating) * 10) / 10,
      trainerRating: row.trainer_rating === null ? null : Math.round(Number(row.trainer_rating) * 10) / 10,
    };
  },
};
