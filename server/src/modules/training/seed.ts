import { addDays, CERTIFICATE_ALPHABET, localDate, type ProgrammeInput } from '@lentera/common';
import { recordAudit } from '../../platform/audit/audit';
import { type Actor, makeCtx, type Services, transaction } from '../../platform/context';
import { uuidv7 } from '../../platform/ids';
import { ensureDemoAccount } from '../../platform/seed/demo-accounts';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { catalogRepo } from './repository/catalog';
import { registrationsRepo } from './repository/registrations';
import type { CertificatesTable, EventsTable, FeedbackTable, RegistrationsTable } from './repository/tables';
import { createEvent, updateEvent } from './use-cases/events';
import { createProgramme } from './use-cases/manage-catalog';
import { drawNeeds, listNeeds } from './use-cases/needs';
import { addPlanItem } from './use-cases/plan';
import { registerForEvent } from './use-cases/register';

export function trainingDemoLogins(slug: string) {
  return [
    { tenant: slug, role: 'trainer', login: `pelatih.${slug}@demo.lentera.id`, password: `lentera-${slug}-pelatih` },
  ];
}

/** A small deterministic generator (mulberry32) seeded by a text. */
function generator(seed: string) {
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Catalogue = Omit<ProgrammeInput, 'trainerAccountIds'> & { unitCode?: string };
const CATALOGUE: Catalogue[] = [
  {
    code: 'ETIKA-ASN',
    title: 'Etika dan Integritas ASN',
    topic: 'ethics_integrity',
    competencyType: 'socio_cultural',
    mode: 'classroom',
    jp: 12,
    provider: 'BKPSDM',
    mandatoryGroups: ['cpns'],
    passMark: 70,
  },
  {
    code: 'PELAYANAN-PRIMA',
    title: 'Pelayanan Prima bagi Petugas Loket',
    topic: 'public_service',
    competencyType: 'technical',
    mode: 'classroom',
    jp: 16,
    provider: 'BKPSDM',
    unitCode: 'DISDUKCAPIL',
  },
  {
    code: 'TATA-KELOLA',
    title: 'Tata Kelola Pemerintahan yang Baik',
    topic: 'good_governance',
    competencyType: 'managerial',
    mode: 'blended',
    jp: 24,
    provider: 'LAN RI',
  },
  {
    code: 'KETERBUKAAN-INFO',
    title: 'Keterbukaan Informasi Publik dan PPID',
    topic: 'good_governance',
    competencyType: 'technical',
    mode: 'online',
    jp: 8,
    provider: 'Komisi Informasi Provinsi',
  },
  {
    code: 'LITERASI-DIGITAL',
    title: 'Literasi Digital dan Keamanan Siber',
    topic: 'it',
    competencyType: 'technical',
    mode: 'online',
    jp: 12,
    provider: 'Diskominfo',
    passMark: 60,
  },
  {
    code: 'SPBE',
    title: 'Sistem Pemerintahan Berbasis Elektronik',
    topic: 'it',
    competencyType: 'technical',
    mode: 'blended',
    jp: 20,
    provider: 'Diskominfo',
  },
  {
    code: 'KEPEMIMPINAN',
    title: 'Kepemimpinan Pengawas',
    topic: 'leadership',
    competencyType: 'managerial',
    mode: 'classroom',
    jp: 32,
    provider: 'BPSDM Provinsi',
  },
  {
    code: 'ANTI-KORUPSI',
    title: 'Pencegahan Korupsi dan Gratifikasi',
    topic: 'ethics_integrity',
    competencyType: 'socio_cultural',
    mode: 'online',
    jp: 8,
    provider: 'Inspektorat',
  },
];

/**
 * A year of training for a demo city: the catalog and upcoming events through the use cases; the year's past events
 * with attendance, scores, certificates and feedback written as multi-row inserts (the seed stays quick), with a
 * spread of JP so that the compliance board shows people above and below the minimum; a demo employee's registration
 * waiting for the superior; needs drawn and a plan item. A second run adds nothing.
 */
export async function seedTraining(services: Services, options: { tenantSlug: string }): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const base = makeCtx(services, { tenant });
  const existing = await catalogRepo.programmePage(services.db, tenant.id, { page: 1, pageSize: 1 });
  if (existing.total > 0) return;
  const people = await peopleService.activeEmployees(base);
  if (people.length === 0) return;
  const units = await peopleService.units(base);
  const [login] = trainingDemoLogins(tenant.slug);
  const trainerId = await ensureDemoAccount(
    services,
    tenant.id,
    login!,
    `Widyaiswara ${tenant.name.replace(/^Pemerintah /, '')}`,
    null,
  );
  const hrActor: Actor = {
    accountId: 'demo-seed',
    name: 'BKPSDM',
    isSystemAdmin: false,
    grants: [{ role: 'hr_admin', unitId: null }],
  };
  const hr = makeCtx(services, { tenant, actor: hrActor });

  const programmes = [];
  for (const { unitCode, ...p } of CATALOGUE) {
    const unitId = unitCode ? units.find((u) => u.code === unitCode)?.id : undefined;
    programmes.push(
      await createProgramme(hr, { ...p, mandatoryUnitIds: unitId ? [unitId] : [], trainerAccountIds: [trainerId] }),
    );
  }

  const random = generator(`training:${tenant.slug}`);
  const today = localDate(services.clock.now(), tenant.timeZone);
  // The year's past sessions (the previous year's when this one has barely begun).
  const year = today.slice(5) < '02-15' ? Number(today.slice(0, 4)) - 1 : Number(today.slice(0, 4));
  const first = `${year}-01-15`;
  const last = [addDays(today, -3), `${year}-12-15`].sort()[0]!;
  const span = Math.max(1, (Date.parse(last) - Date.parse(first)) / 86_400_000);
  const sessions = programmes.flatMap((p) =>
    [0, 1].map((i) => {
      const startsOn = addDays(first, Math.floor(((i + random()) / 2) * span));
      return { programme: p, startsOn, endsOn: [addDays(startsOn, p.jp > 16 ? 2 : 1), last].sort()[0]! };
    }),
  );
  // Keenness: about a quarter take nothing, others one to four programmes.
  const byEvent = new Map<number, string[]>();
  for (const person of people) {
    const r = random();
    const count = r < 0.22 ? 0 : r < 0.5 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4;
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(random() * sessions.length));
    for (const e of chosen) byEvent.set(e, [...(byEvent.get(e) ?? []), person.id]);
  }
  const events: EventsTable[] = [];
  const registrations: RegistrationsTable[] = [];
  const certificates: CertificatesTable[] = [];
  const feedback: FeedbackTable[] = [];
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const code = () =>
    Array.from({ length: 3 }, () =>
      Array.from({ length: 4 }, () => CERTIFICATE_ALPHABET[Math.floor(random() * CERTIFICATE_ALPHABET.length)]).join(
        '',
      ),
    ).join('-');
  for (const [index, s] of sessions.entries()) {
    const attendees = byEvent.get(index) ?? [];
    const eventId = uuidv7();
    const at = `${s.endsOn}T09:00:00.000Z`;
    events.push({
      id: eventId,
      tenant_id: tenant.id,
      programme_id: s.programme.id,
      starts_on: s.startsOn,
      ends_on: s.endsOn,
      place: s.programme.mode === 'online' ? '' : 'Aula BKPSDM',
      link: s.programme.mode === 'classroom' ? '' : 'https://meet.example.id/pelatihan',
      capacity: Math.max(30, attendees.length),
      trainer_account_ids: '[]',
      eligibility: '{"unitIds":[],"statuses":[]}',
      pre_test: s.programme.passMark === null ? 0 : 1,
      status: 'completed',
      completed_at: at,
      created_at: `${addDays(s.startsOn, -21)}T02:00:00.000Z`,
      updated_at: at,
    });
    for (const employeeId of attendees) {
      const attended = random() < 0.9;
      const pre = s.programme.passMark === null ? null : 40 + Math.floor(random() * 30);
      const post = pre === null ? null : Math.min(100, pre + 10 + Math.floor(random() * 35));
      const done = attended && (s.programme.passMark === null || (post ?? 0) >= s.programme.passMark);
      const id = uuidv7();
      registrations.push({
        id,
        tenant_id: tenant.id,
        event_id: eventId,
        employee_id: employeeId,
        status: done ? 'completed' : 'not_completed',
        source: random() < 0.6 ? 'self' : 'assigned',
        approver_id: null,
        approval_due_at: null,
        decided_at: `${addDays(s.startsOn, -14)}T03:00:00.000Z`,
        decided_by: null,
        decision_note: '',
        queued_at: null,
        attended_at: attended ? `${s.startsOn}T01:15:00.000Z` : null,
        attendance_method: attended ? (random() < 0.8 ? 'qr' : 'list') : null,
        pre_score: pre,
        post_score: attended ? post : null,
        completed_on: done ? s.endsOn : null,
        jp_credited: done ? s.programme.jp : 0,
        created_at: `${addDays(s.startsOn, -20)}T03:00:00.000Z`,
        updated_at: at,
      });
      if (done)
        certificates.push({
          id: uuidv7(),
          tenant_id: tenant.id,
          code: code(),
          registration_id: id,
          employee_id: employeeId,
          employee_name: nameOf.get(employeeId) ?? '',
          programme_title: s.programme.title,
          jp: s.programme.jp,
          completed_on: s.endsOn,
          issued_at: at,
          revoked_at: null,
          revoked_by: null,
          revoke_reason: null,
        });
      if (attended && random() < 0.6)
        feedback.push({
          tenant_id: tenant.id,
          registration_id: id,
          event_id: eventId,
          event_rating: 3 + Math.floor(random() * 3),
          trainer_rating: 3 + Math.floor(random() * 3),
          comment: '',
          created_at: at,
        });
    }
  }
  const chunks = async <T>(rows: T[], insert: (c: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200));
  };
  await transaction(base, async (tx) => {
    await chunks(events, (c) => catalogRepo.insertEvents(tx.db, c));
    await chunks(registrations, (c) => registrationsRepo.insert(tx.db, c));
    await chunks(certificates, (c) => registrationsRepo.insertCertificates(tx.db, c));
    await chunks(feedback, (c) => registrationsRepo.insertFeedback(tx.db, c));
    await recordAudit(tx, {
      action: 'training.demo_seeded',
      entityType: 'training_event',
      after: { year, events: events.length, registrations: registrations.length, certificates: certificates.length },
    });
  });

  // Upcoming sessions, through the use cases: one full with a waiting list, one the demo employee registered for.
  const upcoming = [];
  for (const [i, p] of [programmes[0]!, programmes[2]!, programmes[4]!].entries())
    upcoming.push(
      await createEvent(hr, {
        programmeId: p.id,
        startsOn: addDays(today, 14 + i * 10),
        endsOn: addDays(today, 15 + i * 10),
        place: 'Aula BKPSDM',
        capacity: 25,
        trainerAccountIds: [],
        preTest: p.passMark !== null,
      }),
    );
  const withLogin = people.filter((p) => p.accountId && p.superiorId);
  for (const person of withLogin) {
    const ctx = makeCtx(services, {
      tenant,
      actor: {
        accountId: person.accountId!,
        name: person.displayName,
        isSystemAdmin: false,
        grants: [{ role: 'employee', unitId: person.unitId }],
      },
    });
    await registerForEvent(ctx, { eventId: upcoming[1]!.id }).catch(() => undefined);
  }
  await updateEvent(hr, upcoming[2]!.id, { link: 'https://meet.example.id/literasi-digital' });

  await drawNeeds(hr, { year });
  const needs = (await listNeeds(hr, { year, status: 'open' })).items.filter((n) => n.topic === 'ethics_integrity');
  if (needs.length)
    await addPlanItem(hr, {
      year,
      title: 'Etika dan integritas untuk unit dengan pengaduan perilaku',
      topic: 'ethics_integrity',
      programmeId: programmes[0]!.id,
      targetParticipants: Math.max(10, needs.length * 5),
      needIds: needs.map((n) => n.id),
    });
}
