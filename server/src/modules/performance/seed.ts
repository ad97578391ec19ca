import {
  addWorkingDays,
  BERAKHLAK,
  localDate,
  type PeriodKind,
  type PlanContent,
  type Predikat,
  periodDeadline,
  periodsOfYear,
  predikatOf,
  type Rating,
  seededRandom,
} from '@lentera/common';
import { recordAudit } from '../../platform/audit/audit';
import { type Actor, makeCtx, type Services, transaction } from '../../platform/context';
import { uuidv7 } from '../../platform/ids';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { type PersonRef, peopleService } from '../people/index';
import {
  type AnnualsTable,
  type CoachingTable,
  type PlansTable,
  type PlanVersionsTable,
  performanceRepo,
  type ReportRoundsTable,
  type ReportsTable,
} from './repository';

export const DEMO_YEAR = 2026;
const seedActor: Actor = {
  accountId: 'demo-seed',
  name: 'Data Demo',
  isSystemAdmin: false,
  grants: [{ role: 'hr_admin', unitId: null }],
};

const RHK_TEXTS = [
  'Layanan administrasi perkantoran terselenggara tertib dan tepat waktu',
  'Dokumen perencanaan dan anggaran unit tersusun sesuai ketentuan',
  'Pelayanan kepada masyarakat memenuhi standar pelayanan',
  'Laporan kinerja dan keuangan unit tersaji akurat',
  'Data kepegawaian unit mutakhir dan terdokumentasi',
  'Program prioritas daerah terlaksana sesuai target',
];
const ACTIVITIES = [
  'Menyusun konsep surat dinas',
  'Memverifikasi berkas permohonan layanan',
  'Mengikuti rapat koordinasi',
  'Memutakhirkan data pada aplikasi',
  'Menyusun laporan bulanan',
  'Melayani konsultasi masyarakat',
];

/** One employee's demo character: how diligently they report, and the level they tend to be rated at. */
interface Profile {
  missProbability: number;
  lateProbability: number;
  level: Predikat;
}

function profileOf(random: () => number): Profile {
  const diligence = random();
  const level = random();
  return {
    missProbability: diligence < 0.75 ? 0.01 : diligence < 0.93 ? 0.05 : 0.3,
    lateProbability: diligence < 0.75 ? 0.05 : diligence < 0.93 ? 0.35 : 0.5,
    level:
      level < 0.15
        ? 'sangat_baik'
        : level < 0.85
          ? 'baik'
          : level < 0.95
            ? 'butuh_perbaikan'
            : level < 0.99
              ? 'kurang'
              : 'sangat_kurang',
  };
}

const RATINGS_FOR: Record<Predikat, Array<[Rating, Rating]>> = {
  sangat_baik: [['di_atas', 'di_atas']],
  baik: [
    ['sesuai', 'sesuai'],
    ['sesuai', 'di_atas'],
    ['di_atas', 'sesuai'],
  ],
  butuh_perbaikan: [
    ['di_bawah', 'sesuai'],
    ['di_bawah', 'di_atas'],
  ],
  kurang: [
    ['sesuai', 'di_bawah'],
    ['di_atas', 'di_bawah'],
  ],
  sangat_kurang: [['di_bawah', 'di_bawah']],
};

/** Ratings around the employee's level: mostly at it, sometimes a step off. */
function ratingsFor(profile: Profile, random: () => number): [Rating, Rating] {
  const level: Predikat = random() < 0.8 ? profile.level : random() < 0.7 ? 'baik' : 'sangat_baik';
  const options = RATINGS_FOR[level];
  return options[Math.floor(random() * options.length)]!;
}

const addHours = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * 3600_000).toISOString();
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Superiors before their subordinates, so that every RHK can cascade from one already made. */
function bySuperiorDepth(people: PersonRef[]): PersonRef[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const depth = new Map<string, number>();
  const depthOf = (p: PersonRef, seen = new Set<string>()): number => {
    const known = depth.get(p.id);
    if (known !== undefined) return known;
    const superior = p.superiorId ? byId.get(p.superiorId) : undefined;
    const d = superior && !seen.has(superior.id) ? depthOf(superior, seen.add(p.id)) + 1 : 0;
    depth.set(p.id, d);
    return d;
  };
  return [...people].sort((a, b) => depthOf(a) - depthOf(b) || a.nip.localeCompare(b.nip));
}

async function insertChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Demo performance data for a tenant, deterministic for a given day: year 2026 open (monthly), a plan for every
 * active employee without one (most approved, some submitted, draft or returned, some in a second version),
 * monthly reports for the periods that have started (approved, returned then approved, awaiting review, late,
 * missing, a draft for the running month), annual results in every state, coaching plans below Baik, and an
 * organisational predikat per unit. With `scale` (benchmarks), the employees the people seed added get theirs.
 */
export async function seedPerformance(
  services: Services,
  options: { tenantSlug: string; scale?: number },
): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const ctx = makeCtx(services, { tenant, actor: seedActor });
  const nowIso = services.clock.now().toISOString();
  const today = localDate(services.clock.now(), tenant.timeZone);
  if (!today.startsWith(String(DEMO_YEAR))) return; // The demo describes 2026; another year starts empty.
  const cal = await services.calendars.forTenant(tenant.id, tenant.timeZone);
  const slug = tenant.slug;

  if (!(await performanceRepo.year(services.db, tenant.id, DEMO_YEAR))) {
    await transaction(ctx, async (tx) => {
      await performanceRepo.insertYear(tx.db, {
        id: uuidv7(),
        tenant_id: tenant.id,
        year: DEMO_YEAR,
        status: 'open',
        period_kind: 'monthly',
        opened_at: `${DEMO_YEAR - 1}-12-15T02:00:00.000Z`,
        closed_at: null,
      });
    });
  }
  const periods = periodsOfYear(DEMO_YEAR, 'monthly' as PeriodKind).filter((p) => p.start <= today);

  const people = bySuperiorDepth(await peopleService.activeEmployees(ctx));
  const byId = new Map(people.map((p) => [p.id, p]));
  const existingPlans = await services.db
    .selectFrom('performance_plans')
    .innerJoin('performance_plan_versions', (join) =>
      join
        .onRef('performance_plan_versions.plan_id', '=', 'performance_plans.id')
        .onRef('performance_plan_versions.version', '=', 'performance_plans.version'),
    )
    .select(['performance_plans.employee_id', 'performance_plan_versions.content'])
    .where('performance_plans.tenant_id', '=', tenant.id)
    .where('performance_plans.year', '=', DEMO_YEAR)
    .execute();
  const rhkOf = new Map<string, string[]>(
    existingPlans.map((p) => [p.employee_id, (JSON.parse(p.content) as PlanContent).rhk.map((r) => r.id)]),
  );
  const todo = people.filter((p) => !rhkOf.has(p.id));
  if (todo.length === 0) return;

  const plans: PlansTable[] = [];
  const versions: PlanVersionsTable[] = [];
  const reports: ReportsTable[] = [];
  const rounds: ReportRoundsTable[] = [];
  const annuals: AnnualsTable[] = [];
  const coaching: CoachingTable[] = [];
  const dueOf = new Map(periods.map((p) => [p.index, periodDeadline(p, cal, 5)]));
  // Review deadlines by the submission's day (thousands of reports share a few hundred days).
  const reviewDues = new Map<string, string>();
  const reviewDueOf = (submitted: string) => {
    const day = submitted.slice(0, 13);
    let due = reviewDues.get(day);
    if (!due) {
      due = addWorkingDays(new Date(submitted), 5, cal).at.toISOString();
      reviewDues.set(day, due);
    }
    return due;
  };

  for (const person of todo) {
    const random = seededRandom(`performance:${slug}:${person.nip}`);
    const profile = profileOf(random);
    const parents = person.superiorId ? rhkOf.get(person.superiorId) : undefined;
    const rhk = [0, 1].map((i) => ({
      id: uuidv7(),
      text: pick(RHK_TEXTS, random),
      parentRhkId: parents?.length ? parents[(i + Math.floor(random() * parents.length)) % parents.length]! : null,
      main: i === 0,
      indicators: [
        {
          id: uuidv7(),
          aspect: 'kuantitas' as const,
          text: 'Jumlah keluaran yang diselesaikan',
          target: `${12 * (2 + Math.floor(random() * 10))} dokumen`,
        },
        { id: uuidv7(), aspect: 'waktu' as const, text: 'Ketepatan waktu penyelesaian', target: '12 bulan' },
      ],
    }));
    rhkOf.set(
      person.id,
      rhk.map((r) => r.id),
    );
    const content: PlanContent = {
      rhk,
      behaviour: BERAKHLAK.map((value, i) => ({
        value,
        specialExpectation: i === 0 && random() < 0.5 ? 'Responsif terhadap keluhan masyarakat' : null,
      })),
    };
    const planId = uuidv7();
    const roll = random();
    // Top of the tree (no superior) keeps a draft: nobody above reviews it in the demo.
    const status = !person.superiorId
      ? 'draft'
      : roll < 0.9
        ? 'approved'
        : roll < 0.94
          ? 'submitted'
          : roll < 0.97
            ? 'returned'
            : 'draft';
    const twoVersions = status === 'approved' && random() < 0.15;
    const submittedAt = `${DEMO_YEAR}-01-${String(5 + Math.floor(random() * 20)).padStart(2, '0')}T03:00:00.000Z`;
    const decidedAt = addHours(submittedAt, 24 + Math.floor(random() * 96));
    const version = twoVersions ? 2 : 1;
    plans.push({
      id: planId,
      tenant_id: tenant.id,
      employee_id: person.id,
      year: DEMO_YEAR,
      unit_id: person.unitId,
      status,
      version,
      approved_version: status === 'approved' ? version : null,
      submitted_at: status === 'draft' ? null : submittedAt,
      appraiser_id: status === 'draft' ? null : person.superiorId,
      created_at: submittedAt,
      updated_at: decidedAt,
    });
    const versionRow = (v: number, s: string, note: string | null, at: string): PlanVersionsTable => ({
      id: uuidv7(),
      tenant_id: tenant.id,
      plan_id: planId,
      version: v,
      status: s,
      content: JSON.stringify(content),
      submitted_at: s === 'draft' ? null : at,
      decided_at: s === 'approved' || s === 'returned' ? addHours(at, 48) : null,
      decided_by: s === 'approved' || s === 'returned' ? 'Atasan langsung' : null,
      note,
    });
    if (twoVersions) {
      versions.push(versionRow(1, 'returned', 'Target kuantitas perlu disesuaikan dengan RHK atasan', submittedAt));
      versions.push(versionRow(2, 'approved', null, addHours(submittedAt, 96)));
    } else {
      versions.push(
        versionRow(1, status, status === 'returned' ? 'Indikator kualitas belum terukur' : null, submittedAt),
      );
    }
    if (status !== 'approved') continue;

    const indicatorIds = rhk.flatMap((r) => r.indicators.map((i) => i.id));
    const reportContent = () =>
      JSON.stringify({
        realisations: indicatorIds.map((indicatorId, i) => ({
          indicatorId,
          realisation: i % 2 === 0 ? `${2 + Math.floor(random() * 20)} dokumen` : 'Sesuai jadwal',
        })),
        activities: [{ text: pick(ACTIVITIES, random) }, { text: pick(ACTIVITIES, random) }],
        evidence: [{ label: 'Bukti kegiatan', url: `https://arsip.${slug}.go.id/kinerja/${person.nip}` }],
        obstacles: random() < 0.3 ? 'Keterbatasan sarana' : '',
        nextSteps: random() < 0.3 ? 'Koordinasi dengan bidang terkait' : '',
      });
    const periodic: Predikat[] = [];
    for (const period of periods) {
      const due = dueOf.get(period.index)!;
      const running = period.end >= today;
      const lastEnded = !running && due.at.toISOString() >= addHours(nowIso, -24 * 30);
      if (running) {
        if (random() < 0.3) {
          const at = `${today}T01:00:00.000Z`;
          reports.push(reportRow(uuidv7(), period, due.at.toISOString(), 'draft', reportContent(), { at }));
        }
        continue;
      }
      if (random() < profile.missProbability) continue;
      const late = random() < profile.lateProbability;
      const dueIso = due.at.toISOString();
      let submitted = late
        ? addHours(dueIso, 24 * (1 + Math.floor(random() * 10)))
        : addHours(dueIso, -24 * (1 + Math.floor(random() * 5)));
      if (submitted > nowIso) submitted = addHours(nowIso, -2);
      const reviewDue = reviewDueOf(submitted);
      const text = reportContent();
      const reportId = uuidv7();
      const outcome = random();
      // The most recent period still has reports waiting for review or sent back.
      if (lastEnded && outcome < 0.3) {
        reports.push(
          reportRow(reportId, period, dueIso, 'submitted', text, { at: submitted, reviewDue, late, round: 1 }),
        );
        rounds.push(roundRow(reportId, 1, text, submitted, null));
        continue;
      }
      if (lastEnded && outcome < 0.36) {
        const decided = addHours(submitted, 48);
        reports.push(
          reportRow(reportId, period, dueIso, 'returned', text, {
            at: submitted,
            reviewDue,
            late,
            round: 1,
            feedback: 'Lengkapi bukti dukung',
          }),
        );
        rounds.push(
          roundRow(reportId, 1, text, submitted, {
            decision: 'returned',
            at: decided,
            feedback: 'Lengkapi bukti dukung',
          }),
        );
        continue;
      }
      const [hasil, perilaku] = ratingsFor(profile, random);
      const predikat = predikatOf(hasil, perilaku);
      periodic.push(predikat);
      const reviewLate = random() < 0.1;
      let reviewed = reviewLate
        ? addHours(reviewDue, 24 * (1 + Math.floor(random() * 6)))
        : addHours(submitted, 24 * (1 + Math.floor(random() * 4)));
      if (reviewed > nowIso) reviewed = addHours(nowIso, -1);
      const wasReturned = outcome > 0.9;
      let roundNo = 1;
      if (wasReturned) {
        rounds.push(
          roundRow(reportId, 1, text, submitted, {
            decision: 'returned',
            at: addHours(submitted, 24),
            feedback: 'Realisasi belum sesuai indikator',
          }),
        );
        roundNo = 2;
      }
      rounds.push(
        roundRow(reportId, roundNo, text, wasReturned ? addHours(submitted, 48) : submitted, {
          decision: 'approved',
          at: reviewed,
          feedback: predikat === 'sangat_baik' ? 'Pertahankan' : null,
          hasil,
          perilaku,
          predikat,
        }),
      );
      reports.push(
        reportRow(reportId, period, dueIso, 'approved', text, {
          at: submitted,
          reviewDue,
          late,
          round: roundNo,
          reviewed,
          reviewLate: reviewed > reviewDue,
          hasil,
          perilaku,
          predikat,
        }),
      );
    }

    // The annual result: most have one (a demo: the year is rated ahead of its end), in every state.
    const annualRoll = random();
    if (annualRoll < 0.8 && person.superiorId && periodic.length) {
      const [hasil, perilaku] = ratingsFor(profile, random);
      const predikat = predikatOf(hasil, perilaku);
      const state =
        annualRoll < 0.4 ? 'confirmed' : annualRoll < 0.64 ? 'acknowledged' : annualRoll < 0.76 ? 'rated' : 'objected';
      const ratedAt = addHours(nowIso, -24 * (3 + Math.floor(random() * 10)));
      const annualId = uuidv7();
      annuals.push({
        id: annualId,
        tenant_id: tenant.id,
        employee_id: person.id,
        year: DEMO_YEAR,
        unit_id: person.unitId,
        appraiser_id: person.superiorId,
        appraiser_unit_id: byId.get(person.superiorId)?.unitId ?? null,
        status: state,
        hasil_kerja: hasil,
        perilaku,
        predikat,
        notes: null,
        rated_at: ratedAt,
        confirmed_by: state === 'rated' ? null : 'demo',
        confirmed_at: state === 'rated' ? null : addHours(ratedAt, 24),
        acknowledged_at: state === 'acknowledged' ? addHours(ratedAt, 48) : null,
        objection_reason: state === 'objected' ? 'Capaian triwulan III belum diperhitungkan' : null,
        objected_at: state === 'objected' ? addHours(ratedAt, 48) : null,
        objection_decision: null,
        objection_note: null,
        decided_at: null,
      });
      if (
        state !== 'rated' &&
        (predikat === 'butuh_perbaikan' || predikat === 'kurang' || predikat === 'sangat_kurang')
      ) {
        coaching.push({
          id: uuidv7(),
          tenant_id: tenant.id,
          employee_id: person.id,
          annual_id: annualId,
          year: DEMO_YEAR,
          predikat,
          status: 'open',
          actions: JSON.stringify([{ text: 'Pendampingan oleh atasan langsung tiap dua minggu', done: false }]),
          mentor_id: person.superiorId,
          start_date: today,
          end_date: `${DEMO_YEAR + 1}-03-31`,
          outcome: null,
          referred_at: predikat === 'sangat_kurang' ? addHours(ratedAt, 72) : null,
          referred_by: predikat === 'sangat_kurang' ? person.superiorId : null,
          referral_reason: predikat === 'sangat_kurang' ? 'Tidak mencapai target berulang kali' : null,
          created_at: addHours(ratedAt, 24),
          updated_at: addHours(ratedAt, 24),
        });
      }
    }

    function reportRow(
      id: string,
      period: { index: number; start: string; end: string },
      dueAt: string,
      state: string,
      text: string,
      o: {
        at: string;
        reviewDue?: string;
        late?: boolean;
        round?: number;
        reviewed?: string;
        reviewLate?: boolean;
        hasil?: Rating;
        perilaku?: Rating;
        predikat?: Predikat;
        feedback?: string;
      },
    ): ReportsTable {
      const submitted = state !== 'draft';
      return {
        id,
        tenant_id: tenant!.id,
        plan_id: planId,
        employee_id: person.id,
        unit_id: person.unitId,
        year: DEMO_YEAR,
        period_index: period.index,
        period_start: period.start,
        period_end: period.end,
        due_at: dueAt,
        status: state,
        content: text,
        round: o.round ?? 0,
        first_submitted_at: submitted ? o.at : null,
        submitted_at: submitted ? o.at : null,
        late: o.late ? 1 : 0,
        review_due_at: o.reviewDue ?? null,
        reviewed_at: o.reviewed ?? null,
        review_late: o.reviewLate ? 1 : 0,
        reviewer_id: o.reviewed ? person.superiorId : null,
        appraiser_id: submitted ? person.superiorId : null,
        hasil_kerja: o.hasil ?? null,
        perilaku: o.perilaku ?? null,
        predikat: o.predikat ?? null,
        feedback: o.feedback ?? null,
        reopened_count: 0,
        reminded_at: null,
        created_at: o.at,
        updated_at: o.reviewed ?? o.at,
      };
    }
    function roundRow(
      reportId: string,
      round: number,
      text: string,
      submittedAt: string,
      decision: {
        decision: string;
        at: string;
        feedback: string | null;
        hasil?: Rating;
        perilaku?: Rating;
        predikat?: Predikat;
      } | null,
    ): ReportRoundsTable {
      return {
        id: uuidv7(),
        tenant_id: tenant!.id,
        report_id: reportId,
        round,
        content: text,
        submitted_at: submittedAt,
        decision: decision?.decision ?? null,
        feedback: decision?.feedback ?? null,
        hasil_kerja: decision?.hasil ?? null,
        perilaku: decision?.perilaku ?? null,
        predikat: decision?.predikat ?? null,
        decided_at: decision?.at ?? null,
        decided_by: decision ? 'Atasan langsung' : null,
      };
    }
  }

  const units = await peopleService.units(ctx);
  await transaction(ctx, async (tx) => {
    const db = tx.db;
    // Chunks stay under SQLite's limit of bound parameters per statement.
    await insertChunks(plans, 500, (rows) => db.insertInto('performance_plans').values(rows).execute());
    await insertChunks(versions, 500, (rows) => db.insertInto('performance_plan_versions').values(rows).execute());
    await insertChunks(reports, 500, (rows) => db.insertInto('performance_reports').values(rows).execute());
    await insertChunks(rounds, 500, (rows) => db.insertInto('performance_report_rounds').values(rows).execute());
    await insertChunks(annuals, 500, (rows) => db.insertInto('performance_annuals').values(rows).execute());
    await insertChunks(coaching, 500, (rows) => db.insertInto('performance_coaching').values(rows).execute());
    for (const unit of units) {
      if (await performanceRepo.unitPredikat(db, tenant.id, DEMO_YEAR, unit.id)) continue;
      const random = seededRandom(`performance-unit:${slug}:${unit.code}`);
      await performanceRepo.saveUnitPredikat(db, {
        id: uuidv7(),
        tenant_id: tenant.id,
        year: DEMO_YEAR,
        unit_id: unit.id,
        predikat: random() < 0.2 ? 'istimewa' : random() < 0.9 ? 'baik' : 'butuh_perbaikan',
        set_at: nowIso,
        set_by: 'Data Demo',
      });
    }
    await recordAudit(tx, {
      action: 'performance.demo_seeded',
      entityType: 'performance_year',
      entityId: String(DEMO_YEAR),
      after: { plans: plans.length, reports: reports.length, annuals: annuals.length },
    });
  });
}
