import { randomUUID } from 'node:crypto';
import { ELEMENT_CODES, localDate, semesterDates, semesterOf } from '@lentera/common';
import { type Actor, makeCtx, type Services } from '../../platform/context';
import { ensureDemoAccount } from '../../platform/seed/demo-accounts';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { previousPeriod } from './presenter';
import { responsesRepo } from './repository/responses';
import type { ResponsesTable } from './repository/tables';
import { surveyServices } from './support';
import { addPlanAction, updatePlanAction } from './use-cases/plan';
import { publishPeriod } from './use-cases/publish';

export function surveysDemoLogins(slug: string) {
  return [
    {
      tenant: slug,
      role: 'survey_officer (Disdukcapil)',
      login: `survei.dukcapil.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-survei`,
    },
  ];
}

/** A small deterministic generator (mulberry32) seeded by the tenant's slug. */
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

/** Chances of answering 1, 2, 3, 4: most elements are rated well; U3 (time to complete) clearly weakest. */
const USUAL = [0.02, 0.08, 0.55, 0.35];
const WEAK_BEFORE = [0.1, 0.35, 0.45, 0.1];
const WEAK_AFTER = [0.05, 0.25, 0.52, 0.18];
const pick = (random: () => number, chances: number[]) => {
  let r = random();
  for (let i = 0; i < chances.length; i++) {
    r -= chances[i] ?? 0;
    if (r < 0) return i + 1;
  }
  return 4;
};
const choose = <T>(random: () => number, list: readonly T[]) => list[Math.floor(random() * list.length)] as T;

const COMMENTS = [
  'Antrean pagi terlalu panjang, mohon tambah loket.',
  'Petugas ramah dan membantu.',
  'Proses cepat, terima kasih.',
  'Ruang tunggu panas, kipas angin kurang.',
  'Informasi persyaratan sudah jelas di papan pengumuman.',
  'Menunggu hampir dua jam untuk dipanggil.',
];

/**
 * Two semesters of SKM responses for each city's Disdukcapil (the previous one published with its improvement plan,
 * the current one still open), with realistic spreads and U3 (time to complete) clearly weakest; written as
 * multi-row inserts (the seed stays quick), then the earlier period published and its plan added through the
 * module's real use cases. A second run adds nothing.
 */
export async function seedSurveys(services: Services, options: { tenantSlug: string }): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const base = makeCtx(services, { tenant });
  const existing = await responsesRepo.periods(services.db, tenant.id);
  if (existing.length > 0) return;
  const units = (await peopleService.units(base)).filter((u) => !u.closed);
  const unit = units.find((u) => u.code === 'DISDUKCAPIL');
  if (!unit) return;
  const offered = (await surveyServices(base)).filter((s) => s.unitId === unit.id && s.active);
  if (offered.length === 0) return;
  const [login] = surveysDemoLogins(tenant.slug);
  await ensureDemoAccount(
    services,
    tenant.id,
    login as never,
    `Petugas Survei Disdukcapil ${tenant.name.replace(/^Pemerintah /, '')}`,
    unit.id,
  );

  const random = generator(tenant.slug);
  const today = localDate(services.clock.now(), tenant.timeZone);
  const current = semesterOf(today);
  const previous = previousPeriod(current);
  const rows: ResponsesTable[] = [];
  let paper = 0;
  for (const [period, count, weak] of [
    [previous, options.tenantSlug === 'medan' ? 240 : 150, WEAK_BEFORE],
    [current, options.tenantSlug === 'medan' ? 180 : 110, WEAK_AFTER],
  ] as const) {
    const { from, to } = semesterDates(period);
    const last = [to, today].sort()[0] as string;
    const span = Math.max(1, (Date.parse(last) - Date.parse(from)) / 86_400_000);
    for (let i = 0; i < count; i++) {
      const service = choose(random, offered);
      const r = random();
      const channel = r < 0.68 ? 'visit_link' : r < 0.82 ? 'kiosk' : r < 0.96 ? 'paper' : 'public_link';
      const answers = ELEMENT_CODES.map((code) => pick(random, code === 'U3' ? weak : USUAL));
      const day = new Date(Date.parse(from) + Math.floor(random() * span) * 86_400_000).toISOString().slice(0, 10);
      rows.push({
        id: randomUUID(),
        tenant_id: tenant.id,
        unit_id: unit.id,
        unit_name: unit.name,
        service_key: service.serviceKey,
        service_name: service.serviceName,
        period,
        channel,
        u1: answers[0] as number,
        u2: answers[1] as number,
        u3: answers[2] as number,
        u4: answers[3] as number,
        u5: answers[4] as number,
        u6: answers[5] as number,
        u7: answers[6] as number,
        u8: answers[7] as number,
        u9: answers[8] as number,
        age_band: choose(random, ['under_20', '20_29', '20_29', '30_39', '30_39', '40_49', '50_59', '60_plus']),
        sex: random() < 0.52 ? 'female' : 'male',
        education: choose(random, ['smp', 'sma', 'sma', 'sma', 'd1_d3', 'd4_s1', 'd4_s1', 's2_plus']),
        occupation: choose(random, ['pns', 'private', 'private', 'entrepreneur', 'student', 'other']),
        comment: random() < 0.2 ? choose(random, COMMENTS) : '',
        extra: '{}',
        paper_form_number: channel === 'paper' ? `F-${String(++paper).padStart(4, '0')}` : null,
        created_day: day,
      });
    }
  }
  await responsesRepo.insertMany(services.db, rows);

  // The earlier semester published by the unit admin, with its improvement plan (one action done, one under way).
  const admin: Actor = {
    accountId: 'surveys-seed',
    name: 'Admin Unit Disdukcapil',
    isSystemAdmin: false,
    grants: [{ role: 'unit_admin', unitId: unit.id }],
  };
  const ctx = makeCtx(services, { tenant, actor: admin });
  await publishPeriod(ctx, {
    unitId: unit.id,
    period: previous,
    analysis:
      'Unsur dengan nilai terendah adalah U3 (waktu penyelesaian): responden mengeluhkan antrean panjang pada pagi ' +
      'hari. Unsur lain bernilai baik; perilaku dan kompetensi petugas paling dihargai.',
  });
  const due = semesterDates(current).to;
  await addPlanAction(ctx, {
    unitId: unit.id,
    period: previous,
    element: 'U3',
    action: 'Membuka satu loket tambahan pukul 08.00–11.00 dan memperluas pengambilan nomor antrean daring.',
    owner: 'Kepala Bidang Pelayanan Pendaftaran Penduduk',
    dueDate: due,
    progress: 70,
    status: 'in_progress',
  });
  const complaints = await addPlanAction(ctx, {
    unitId: unit.id,
    period: previous,
    element: 'U8',
    action: 'Memasang papan alur pengaduan dan nomor WhatsApp pengaduan di ruang tunggu.',
    owner: 'Sekretaris Dinas',
    dueDate: semesterDates(current).from,
  });
  await updatePlanAction(ctx, complaints.id, { status: 'done' });
}
