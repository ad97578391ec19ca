import { BERAKHLAK, type PlanContent, type Predikat, predikatOf, type Rating, seededRandom } from '@lentera/common';
import { uuidv7 } from '../../../platform/ids';
import type { PersonRef } from '../../people/index';
import type {
  AnnualsTable,
  CoachingTable,
  PlansTable,
  PlanVersionsTable,
  ReportRoundsTable,
  ReportsTable,
} from '../repository';
import { ACTIVITIES, addHours, DEMO_YEAR, pick, profileOf, ratingsFor, rhkTextsFor } from './demo-data';

/** The rows the seed inserts at the end, in a few chunked statements. */
export interface SeedRows {
  plans: PlansTable[];
  versions: PlanVersionsTable[];
  reports: ReportsTable[];
  rounds: ReportRoundsTable[];
  annuals: AnnualsTable[];
  coaching: CoachingTable[];
}

/** What every employee's demo data is computed from (one tenant, one day). */
export interface SeedEnv {
  tenant: { id: string };
  slug: string;
  today: string;
  nowIso: string;
  periods: Array<{ index: number; start: string; end: string }>;
  dueOf: Map<number, { at: Date }>;
  reviewDueOf: (submitted: string) => string;
  /** RHK ids per employee id: a plan's RHK cascade from the superior's (superiors are seeded first). */
  rhkOf: Map<string, string[]>;
  byId: Map<string, PersonRef>;
  /** The office a unit belongs to, for its RHK texts: the code of its top unit, or 'kecamatan'. */
  officeOf: (unitId: string | null) => string | undefined;
}

/**
 * One employee's demo year, deterministic by NIP: the plan (and its versions), the monthly reports with their
 * rounds, the annual result and a coaching plan below Baik.
 */
export function seedPerson(env: SeedEnv, person: PersonRef, out: SeedRows): void {
  const { tenant, slug, today, nowIso, periods, dueOf, reviewDueOf, rhkOf, byId, officeOf } = env;
  const { plans, versions, reports, rounds, annuals, coaching } = out;
  const random = seededRandom(`performance:${slug}:${person.nip}`);
  const profile = profileOf(random);
  const parents = person.superiorId ? rhkOf.get(person.superiorId) : undefined;
  const texts = rhkTextsFor(officeOf(person.unitId));
  const rhk = [0, 1].map((i) => ({
    id: uuidv7(),
    text: pick(texts, random),
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
  if (status !== 'approved') return;

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
