/**
 * Factories for the training module's tests and for other modules': trainers, programmes and events made through the
 * use cases; an organisation (a superior with staff who log in); and the record fixtures of the generated
 * cross-tenant security tests (rows written directly, with dates around the clock's today).
 */
import { addDays, type EventInput, localDate, type ProgrammeInput } from '@lentera/common';
import { type Actor, type Ctx, makeCtx, type Services } from '../../../platform/context';
import { hmacSha256 } from '../../../platform/hmac';
import { uuidv7 } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, type TestAccount } from '../../../test/factories';
import { type BuiltEmployee, buildEmployee, buildUnit } from '../../people/test/factories';
import { createEvent } from '../use-cases/events';
import { createProgramme } from '../use-cases/manage-catalog';

export const hrActor: Actor = {
  accountId: 'training-factory',
  name: 'BKPSDM Uji',
  isSystemAdmin: false,
  grants: [{ role: 'hr_admin', unitId: null }],
};

export function hrCtx(services: Services, tenant: TenantRecord): Ctx {
  return makeCtx(services, { tenant, actor: hrActor });
}

/** The actor of an employee who logs in, with the roles the people module derives. */
export function employeeActor(e: BuiltEmployee, roles: string[] = ['employee']): Actor {
  if (!e.account) throw new Error('this employee has no login');
  return {
    accountId: e.account.id,
    name: e.name,
    isSystemAdmin: false,
    grants: roles.map((role) => ({ role, unitId: e.unit_id })),
  };
}

export function employeeCtx(services: Services, tenant: TenantRecord, e: BuiltEmployee, roles?: string[]): Ctx {
  return makeCtx(services, { tenant, actor: employeeActor(e, roles) });
}

export function todayOf(services: Services, tenant: TenantRecord): string {
  return localDate(services.clock.now(), tenant.timeZone);
}

export async function buildTrainer(services: Services, tenant: TenantRecord): Promise<TestAccount> {
  return buildAccount(services, { roles: [{ tenant, role: 'trainer' }], name: 'Pelatih Uji' });
}

let n = 0;
export async function buildProgramme(services: Services, tenant: TenantRecord, over: Partial<ProgrammeInput> = {}) {
  n += 1;
  return createProgramme(hrCtx(services, tenant), {
    code: `PRG-${n}`,
    title: `Pelayanan Prima ${n}`,
    topic: 'public_service',
    competencyType: 'technical',
    mode: 'classroom',
    jp: 12,
    provider: 'BKPSDM',
    ...over,
  });
}

/** An event of the programme starting `inDays` days after today (two days long), through the use case. */
export async function buildEvent(
  services: Services,
  tenant: TenantRecord,
  programmeId: string,
  over: Partial<EventInput> & { inDays?: number } = {},
) {
  const { inDays = 7, ...rest } = over;
  const startsOn = addDays(todayOf(services, tenant), inDays);
  return createEvent(hrCtx(services, tenant), {
    programmeId,
    startsOn,
    endsOn: addDays(startsOn, 1),
    place: 'Aula BKPSDM',
    capacity: 10,
    ...rest,
  });
}

export interface TeamFixture {
  unitId: string;
  head: BuiltEmployee;
  staff: BuiltEmployee[];
}

/** A unit with its head (the staff's direct superior) and `size` staff; everyone can log in. */
export async function buildTeam(services: Services, tenant: TenantRecord, size = 2, status?: 'PNS' | 'PPPK') {
  const unit = await buildUnit(services, tenant);
  const head = await buildEmployee(services, tenant, { unitId: unit.id, isHead: true, login: true });
  const staff: BuiltEmployee[] = [];
  for (let i = 0; i < size; i++)
    staff.push(await buildEmployee(services, tenant, { unitId: unit.id, login: true, ...(status ? { status } : {}) }));
  return { unitId: unit.id, head, staff } satisfies TeamFixture;
}

const row =
  (
    services: Services,
    table:
      | 'training_programmes'
      | 'training_events'
      | 'training_certificates'
      | 'training_external'
      | 'training_needs'
      | 'training_plan_items',
    id: string,
  ) =>
  () =>
    services.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();

async function insertProgramme(services: Services, tenant: TenantRecord) {
  const now = services.clock.now().toISOString();
  const id = uuidv7();
  await services.db
    .insertInto('training_programmes')
    .values({
      id,
      tenant_id: tenant.id,
      code: `FIX-${id.slice(-8)}`,
      title: 'Etika ASN',
      description: '',
      topic: 'ethics_integrity',
      competency_type: 'socio_cultural',
      mode: 'classroom',
      jp: 8,
      provider: 'BKPSDM',
      mandatory_groups: '[]',
      mandatory_unit_ids: '[]',
      pass_mark: null,
      trainer_account_ids: '[]',
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * The record fixtures the training routes name in `config.recordFixture`. The event runs today (so that it can be
 * changed, checked in to and closed) and has one confirmed participant; each route gets a body that would succeed.
 */
export const trainingRecordFixtures = {
  trainingProgramme: async (services: Services, tenant: TenantRecord) => {
    const id = await insertProgramme(services, tenant);
    return { id, snapshot: row(services, 'training_programmes', id), bodyFor: () => ({ title: 'Etika ASN 2' }) };
  },
  trainingEvent: async (services: Services, tenant: TenantRecord) => {
    const programmeId = await insertProgramme(services, tenant);
    const unit = await buildUnit(services, tenant);
    const attendee = await buildEmployee(services, tenant, { unitId: unit.id });
    const newcomer = await buildEmployee(services, tenant, { unitId: unit.id });
    const now = services.clock.now().toISOString();
    const today = todayOf(services, tenant);
    const id = uuidv7();
    const registrationId = uuidv7();
    await services.db
      .insertInto('training_events')
      .values({
        id,
        tenant_id: tenant.id,
        programme_id: programmeId,
        starts_on: today,
        ends_on: today,
        place: 'Aula',
        link: '',
        capacity: 5,
        trainer_account_ids: '[]',
        eligibility: '{"unitIds":[],"statuses":[]}',
        pre_test: 0,
        status: 'scheduled',
        completed_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await services.db
      .insertInto('training_registrations')
      .values({
        id: registrationId,
        tenant_id: tenant.id,
        event_id: id,
        employee_id: attendee.id,
        status: 'confirmed',
        source: 'assigned',
        approver_id: null,
        approval_due_at: null,
        decided_at: now,
        decided_by: null,
        decision_note: '',
        queued_at: null,
        attended_at: null,
        attendance_method: null,
        pre_score: null,
        post_score: null,
        completed_on: null,
        jp_credited: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const code = `TR1.${registrationId}.${hmacSha256(services.config.sessionSecret, `training-attendance:${id}:${registrationId}`, 'base64url').slice(0, 22)}`;
    return {
      id,
      snapshot: row(services, 'training_events', id),
      bodyFor: (route: { method: string; url: string }) => {
        if (route.url.endsWith('/assign')) return { employeeIds: [newcomer.id] };
        if (route.url.endsWith('/check-in')) return { code };
        if (route.url.endsWith('/check-ins')) return { scans: [{ code }] };
        if (route.url.endsWith('/attendance')) return { entries: [{ registrationId, attended: true }] };
        if (route.url.endsWith('/scores')) return { entries: [{ registrationId, postScore: 80 }] };
        if (route.method === 'PATCH') return { place: 'Aula Baru' };
        return undefined;
      },
    };
  },
  trainingCertificate: async (services: Services, tenant: TenantRecord) => {
    const id = uuidv7();
    await services.db
      .insertInto('training_certificates')
      .values({
        id,
        tenant_id: tenant.id,
        code: `FIXA-${id
          .slice(-8, -4)
          .toUpperCase()
          .replace(/[^A-HJKMNP-Z2-9]/g, 'A')}-BCDE`,
        registration_id: uuidv7(),
        employee_id: uuidv7(),
        employee_name: 'Pegawai Uji',
        programme_title: 'Etika ASN',
        jp: 8,
        completed_on: todayOf(services, tenant),
        issued_at: services.clock.now().toISOString(),
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
      })
      .execute();
    return { id, snapshot: row(services, 'training_certificates', id), bodyFor: () => ({ reason: 'Salah terbit' }) };
  },
  trainingExternal: async (services: Services, tenant: TenantRecord) => {
    const employee = await buildEmployee(services, tenant);
    const id = uuidv7();
    const key = `training/${tenant.id}/external/${id}`;
    await services.files.put(key, MINIMAL_PDF, 'application/pdf');
    await services.db
      .insertInto('training_external')
      .values({
        id,
        tenant_id: tenant.id,
        employee_id: employee.id,
        title: 'Kursus Daring Tata Kelola',
        provider: 'LAN RI',
        jp: 10,
        started_on: '2026-10-01',
        ended_on: '2026-10-02',
        status: 'submitted',
        evidence_key: key,
        evidence_mime: 'application/pdf',
        evidence_name: 'sertifikat.pdf',
        decided_by: null,
        decided_at: null,
        decision_note: null,
        created_at: services.clock.now().toISOString(),
      })
      .execute();
    return { id, snapshot: row(services, 'training_external', id), bodyFor: () => ({ decision: 'verified' }) };
  },
};

export const trainingNeedsFixtures = {
  trainingNeed: async (services: Services, tenant: TenantRecord) => {
    const id = uuidv7();
    const now = services.clock.now().toISOString();
    await services.db
      .insertInto('training_needs')
      .values({
        id,
        tenant_id: tenant.id,
        year: 2026,
        unit_id: null,
        employee_id: null,
        source: 'manual',
        topic: 'ethics_integrity',
        reason: 'Masukan konsultasi publik',
        status: 'open',
        plan_item_id: null,
        dedupe_key: `manual|${id}`,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return { id, snapshot: row(services, 'training_needs', id), bodyFor: () => ({ status: 'dismissed' }) };
  },
  trainingPlanItem: async (services: Services, tenant: TenantRecord) => {
    const id = uuidv7();
    const now = services.clock.now().toISOString();
    await services.db
      .insertInto('training_plan_items')
      .values({
        id,
        tenant_id: tenant.id,
        year: 2026,
        title: 'Pelatihan etika untuk petugas loket',
        topic: 'ethics_integrity',
        programme_id: null,
        unit_id: null,
        target_participants: 40,
        status: 'planned',
        created_at: now,
        updated_at: now,
      })
      .execute();
    return { id, snapshot: row(services, 'training_plan_items', id), bodyFor: () => ({ status: 'in_progress' }) };
  },
};

/** The smallest PDF a reader accepts: enough for the content check. */
export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A multipart body: the JSON in `data` and one file in `evidence`. */
export function evidenceMultipart(data: unknown, file: { name: string; content: Buffer } | null) {
  const boundary = `----lentera${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`),
  ];
  if (file)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="evidence"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
