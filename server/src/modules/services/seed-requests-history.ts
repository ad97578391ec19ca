import {
  addWorkingDays,
  fillTemplate,
  localDate,
  requestCode,
  SURVEY_LINK_DAYS,
  type WorkingCalendar,
  zonedStartOfDay,
} from '@lentera/common';
import type { Insertable } from 'kysely';
import { type AuditManyInput, recordAuditMany } from '../../platform/audit/audit';
import { type Actor, type Ctx, makeCtx, type Services, transaction } from '../../platform/context';
import { randomToken, uuidv7 } from '../../platform/ids';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { requestsRepo } from './repository/requests';
import type {
  DocumentsTable,
  RequestEventRow,
  RequestEventsTable,
  RequestsTable,
  StandardRow,
} from './repository/tables';
import { daysOnClock, deadlineFrom, documentKey, eventRow, hashToken, NO_DEADLINE } from './requests-support';
import { formOf } from './support';
import { generateLetter, indonesianDate } from './use-cases/deliver-output';

/** One demo request as planned: when, by whom, and how its history goes. */
export interface Plan {
  at: number;
  serviceId: string;
  standard: StandardRow;
  applicant: { actor: Actor } | { guest: { name: string; email: string } };
  name: string;
  email: string;
  unitId: string;
  /** The guest never opens the confirmation link. */
  unconfirmed: boolean;
  incomplete: boolean;
  /** Sent back for documents, the applicant never adds them. */
  abandons: boolean;
  refusal: string | null;
  /** Working days the output comes after the due date (0: on time). */
  late: number;
  /** Left in process by the unit (overdue once its time has passed). */
  stalls: boolean;
}

export interface DemoDocument {
  fieldKey: string;
  fileName: string;
  mime: string;
}

interface Written {
  row: RequestsTable;
  documents: Insertable<DocumentsTable>[];
  events: Insertable<RequestEventsTable>[];
  audits: Array<{ at: number; input: AuditManyInput }>;
  letter: { at: number; template: string; fields: Record<string, string>; documentId: string } | null;
}

const DAY = 86_400_000;

/**
 * Writes a city's demo request history in one transaction, with rows the use cases would have written: the same
 * due dates (`deadlineFrom`), clock stops and working days (`daysOnClock`), timeline steps (`eventRow`), audit
 * entries at the steps' times, codes numbered gap-free in the order requests were submitted, generated letters.
 * The use cases one by one take about 10 ms a step (50 on PostgreSQL): a city's thousand steps would take
 * seconds; written together they take a fraction of one. The applicants' documents are shared sample files.
 */
export class HistoryWriter {
  private readonly written: Written[] = [];
  private readonly samples = new Map<string, { key: string; size: number }>();
  private readonly ctx: Ctx;

  constructor(
    private readonly services: Services,
    private readonly tenant: TenantRecord,
    private readonly cal: WorkingCalendar,
    private readonly rng: () => number,
    private readonly files: Record<string, Buffer>,
    private readonly end: number,
  ) {
    this.ctx = makeCtx(services, { tenant });
  }

  /** The sample documents, stored once per city. */
  async storeSamples(): Promise<void> {
    for (const [mime, data] of Object.entries(this.files)) {
      const key = `services/${this.tenant.id}/demo/${mime.replace('/', '-')}`;
      await this.services.files.put(key, data, mime);
      this.samples.set(mime, { key, size: data.length });
    }
  }

  /** A time within office hours `days` working days after `from`, and after it. */
  private officeTime(from: number, days: number): number {
    const date = addWorkingDays(new Date(from), days, this.cal).date;
    const at = zonedStartOfDay(date, this.tenant.timeZone).getTime() + (8 + this.rng() * 7) * 3600_000;
    return Math.max(from + 60_000, at);
  }

  private documentRows(requestId: string, documents: readonly DemoDocument[], at: number) {
    return documents.map((d) => {
      const sample = this.samples.get(d.mime) ?? this.samples.get('application/pdf');
      return {
        id: uuidv7(at),
        tenant_id: this.tenant.id,
        request_id: requestId,
        field_key: d.fieldKey,
        file_key: sample?.key ?? '',
        name: d.fileName,
        mime: d.mime,
        size: sample?.size ?? 0,
        uploaded_at: new Date(at).toISOString(),
      };
    });
  }

  add(
    plan: Plan,
    officer: Actor,
    texts: {
      serviceName: string;
      unitName: string;
      values: Record<string, string | number>;
      documents: DemoDocument[];
      note: string;
    },
  ): void {
    const id = uuidv7(plan.at);
    const iso = (t: number) => new Date(t).toISOString();
    const applicant = 'actor' in plan.applicant ? plan.applicant.actor : null;
    const duration = plan.standard.duration_days ?? 5;
    const as = (actor: Actor | null): Ctx => ({ ...this.ctx, actor });
    const w: Written = {
      row: {
        id,
        tenant_id: this.tenant.id,
        service_id: plan.serviceId,
        standard_id: plan.standard.id,
        unit_id: plan.unitId,
        code: null,
        status: 'pending_email',
        applicant_account_id: applicant?.accountId ?? null,
        applicant_name: plan.name,
        applicant_email: plan.email,
        answers: JSON.stringify(texts.values),
        fee: Number(plan.standard.fee ?? 0),
        submitted_at: null,
        ...NO_DEADLINE,
        days_used: 0,
        paused_at: null,
        missing: null,
        missing_note: null,
        refusal_reason: null,
        paid_receipt: null,
        paid_amount: null,
        paid_at: null,
        output_kind: null,
        output_file_key: null,
        output_name: null,
        completed_at: null,
        working_days: null,
        reminded_at: null,
        escalated_at: null,
        survey_token: null,
        survey_expires_at: null,
        follow_token_hash: null,
        confirm_token_hash: null,
        created_at: iso(plan.at),
        updated_at: iso(plan.at),
      },
      documents: this.documentRows(id, texts.documents, plan.at),
      events: [],
      audits: [],
      letter: null,
    };
    this.written.push(w);
    const row = w.row;
    const step = (
      at: number,
      actor: Actor | null,
      kind: Parameters<typeof eventRow>[2],
      action: string,
      after: Record<string, unknown>,
      options: { note?: string; data?: Record<string, unknown>; asApplicant?: boolean } = {},
    ) => {
      w.events.push(eventRow(as(actor), id, kind, { ...options, at: iso(at) }));
      w.audits.push({ at, input: { action, entityType: 'services_request', entityId: id, actor, after } });
      row.updated_at = iso(at);
    };
    const onClock = (at: number) => daysOnClock(row, w.events as RequestEventRow[], this.cal, new Date(at));
    const finish = (at: number) =>
      Object.assign(row, {
        status: 'done',
        completed_at: iso(at),
        working_days: onClock(at),
        survey_token: randomToken(18),
        survey_expires_at: iso(at + SURVEY_LINK_DAYS * DAY),
        ...NO_DEADLINE,
      });

    step(
      plan.at,
      applicant,
      'submitted',
      'services.request_submitted',
      { serviceId: plan.serviceId },
      {
        asApplicant: true,
        data: { documents: w.documents.length },
      },
    );
    let submittedAt = plan.at;
    if (!applicant) {
      if (plan.unconfirmed) {
        row.confirm_token_hash = hashToken(randomToken(24));
        return;
      }
      submittedAt = Math.min(plan.at + (5 + this.rng() * 120) * 60_000, this.end - 60_000);
      row.follow_token_hash = hashToken(randomToken(24));
      step(submittedAt, null, 'confirmed', 'services.request_confirmed', {}, { asApplicant: true });
    }
    Object.assign(row, {
      status: 'submitted',
      submitted_at: iso(submittedAt),
      ...deadlineFrom(new Date(submittedAt), duration, this.cal),
    });

    let t = this.officeTime(submittedAt, duration <= 2 || this.rng() < 0.6 ? 0 : 1);
    const until = (at: number) => at < this.end;
    if (plan.incomplete) {
      if (!until(t)) return;
      const missing = formOf(plan.standard)
        .filter((f) => f.type === 'document')
        .slice(0, 1)
        .map((f) => f.key);
      Object.assign(row, {
        status: 'incomplete',
        paused_at: iso(t),
        days_used: onClock(t),
        missing: JSON.stringify(missing),
        missing_note: texts.note,
        ...NO_DEADLINE,
      });
      step(
        t,
        officer,
        'incomplete',
        'services.request_incomplete',
        { missing, note: texts.note },
        {
          note: texts.note,
          data: { missing },
        },
      );
      if (plan.abandons) return;
      t = this.officeTime(t, 1 + Math.floor(this.rng() * 3));
      if (!until(t)) return;
      const again = texts.documents.filter((d) => missing.includes(d.fieldKey));
      w.documents.push(...this.documentRows(id, again, t));
      const left = Math.max(0, duration - row.days_used);
      Object.assign(row, {
        status: 'submitted',
        paused_at: null,
        missing: null,
        missing_note: null,
        reminded_at: null,
        ...deadlineFrom(new Date(t), left, this.cal),
      });
      step(
        t,
        applicant,
        'completed_documents',
        'services.request_completed_documents',
        { complete: true },
        {
          asApplicant: true,
          data: { documents: again.length, dueDate: row.due_date },
        },
      );
      t = this.officeTime(t, this.rng() < 0.5 ? 0 : 1);
    }
    if (!until(t)) return;
    if (plan.refusal) {
      Object.assign(row, {
        status: 'refused',
        refusal_reason: plan.refusal,
        completed_at: iso(t),
        working_days: onClock(t),
        ...NO_DEADLINE,
      });
      step(t, officer, 'refused', 'services.request_refused', { reason: plan.refusal }, { note: plan.refusal });
      return;
    }
    row.status = 'in_process';
    step(t, officer, 'in_process', 'services.request_processing', { status: 'in_process' });
    // A few stall in process (the demo's overdue requests).
    if (plan.stalls) return;
    t = this.officeTime(t, Math.floor(duration * (0.2 + this.rng() * 0.3)));
    if (!until(t)) return;
    row.status = 'approved';
    step(t, officer, 'approved', 'services.request_approved', { status: 'approved' });
    if (Number(row.fee) > 0) {
      t += (1 + this.rng() * 20) * 3600_000;
      if (!until(t)) return;
      const receipt = `KW/${localDate(new Date(t), this.tenant.timeZone).slice(0, 4)}/${id.slice(-5).toUpperCase()}`;
      Object.assign(row, { paid_receipt: receipt, paid_amount: Number(row.fee), paid_at: iso(t) });
      step(
        t,
        officer,
        'paid',
        'services.request_paid',
        { receipt, amount: Number(row.fee) },
        {
          data: { amount: Number(row.fee), receipt },
        },
      );
    }
    const dueDay = row.due_at ? Date.parse(row.due_at) - 10 * 3600_000 : t;
    t = Math.max(
      t + 3600_000,
      plan.late ? this.officeTime(dueDay, plan.late) : Math.min(dueDay, this.officeTime(t, this.rng() < 0.5 ? 0 : 1)),
    );
    if (!until(t)) return;
    const kind = plan.standard.output_kind as 'file' | 'letter' | 'pickup';
    const generated = kind === 'letter' && plan.standard.letter_template.trim() !== '';
    row.output_kind = kind;
    if (kind === 'pickup') {
      row.status = 'ready';
      step(t, officer, 'ready', 'services.request_output', { kind, name: null }, { data: { output: kind } });
      t = this.officeTime(t, Math.floor(this.rng() * 4));
      if (!until(t)) return;
      finish(t);
      step(t, officer, 'done', 'services.request_done', { workingDays: row.working_days });
      return;
    }
    const documentId = uuidv7(t);
    const name = generated ? `surat-${id.slice(-8)}.pdf` : 'surat-ditandatangani.pdf';
    const sample = this.samples.get('application/pdf');
    const fileKey = generated ? documentKey(this.tenant.id, id, documentId) : (sample?.key ?? '');
    w.documents.push({
      id: documentId,
      tenant_id: this.tenant.id,
      request_id: id,
      field_key: 'output',
      file_key: fileKey,
      name,
      mime: 'application/pdf',
      size: sample?.size ?? 0,
      uploaded_at: iso(t),
    });
    Object.assign(row, { output_file_key: fileKey, output_name: name });
    if (generated)
      w.letter = {
        at: t,
        template: plan.standard.letter_template,
        documentId,
        fields: {
          ...Object.fromEntries(Object.entries(texts.values).map(([k, v]) => [k, String(v)])),
          name: plan.name,
          date: indonesianDate(localDate(new Date(t), this.tenant.timeZone)),
          serviceName: texts.serviceName,
          unitName: texts.unitName,
        },
      };
    finish(t);
    step(t, officer, 'done', 'services.request_output', { kind, name }, { data: { output: kind } });
  }

  /** Numbers the requests in the order they were submitted, makes the letters and writes everything at once. */
  async write(): Promise<void> {
    const numbered = this.written
      .filter((w) => w.row.submitted_at)
      .sort((a, b) => (a.row.submitted_at as string).localeCompare(b.row.submitted_at as string));
    const last = new Map<number, number>();
    const existing = await this.services.db
      .selectFrom('services_sequences')
      .selectAll()
      .where('tenant_id', '=', this.tenant.id)
      .execute();
    for (const s of existing) last.set(s.year, s.last);
    for (const w of numbered) {
      const year = Number(localDate(new Date(w.row.submitted_at as string), this.tenant.timeZone).slice(0, 4));
      const next = (last.get(year) ?? 0) + 1;
      last.set(year, next);
      w.row.code = requestCode(this.tenant.code, year, next);
    }
    for (const w of this.written) {
      if (!w.letter) continue;
      const body = fillTemplate(w.letter.template, { ...w.letter.fields, code: w.row.code ?? '' });
      const data = await generateLetter({
        letterhead: this.tenant.name,
        unitName: w.letter.fields.unitName ?? '',
        title: w.letter.fields.serviceName ?? '',
        body,
      });
      await this.services.files.put(w.row.output_file_key as string, data, 'application/pdf');
      const doc = w.documents.find((d) => d.id === w.letter?.documentId);
      if (doc) doc.size = data.length;
    }
    await transaction(this.ctx, async (tx) => {
      await requestsRepo.insertRequests(
        tx.db,
        this.written.map((w) => w.row),
      );
      await requestsRepo.insertDocuments(
        tx.db,
        this.written.flatMap((w) => w.documents),
      );
      await requestsRepo.insertEvents(
        tx.db,
        this.written.flatMap((w) => w.events),
      );
      for (const [year, value] of last)
        await tx.db
          .insertInto('services_sequences')
          .values({ tenant_id: this.tenant.id, year, last: value })
          .onConflict((oc) => oc.columns(['tenant_id', 'year']).doUpdateSet({ last: value }))
          .execute();
      // The audit entries in time order, a day's steps together (the day's last time on each).
      const audits = this.written.flatMap((w) => w.audits).sort((a, b) => a.at - b.at);
      let day: Array<{ at: number; input: AuditManyInput }> = [];
      const flush = async () => {
        const at = day.at(-1)?.at;
        if (at === undefined) return;
        await recordAuditMany(
          { ...tx, clock: { now: () => new Date(at) } },
          day.map((d) => d.input),
        );
        day = [];
      };
      for (const entry of audits) {
        const first = day[0];
        if (
          first &&
          localDate(new Date(first.at), this.tenant.timeZone) !== localDate(new Date(entry.at), this.tenant.timeZone)
        )
          await flush();
        day.push(entry);
      }
      await flush();
    });
  }
}
