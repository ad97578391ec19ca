import { localDate, seededRandom } from '@lentera/common';
import type { Clock } from '../../platform/clock';
import { type Actor, type Ctx, makeCtx, type Services } from '../../platform/context';
import { ensureDemoAccount } from '../../platform/seed/demo-accounts';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { complaintsRepo } from './repository';
import {
  ANSWERS,
  ARCHIVE_REASONS,
  CITY_CENTRES,
  INFO_ADDED,
  LANDMARKS,
  POSTPONE_QUESTIONS,
  RATING_COMMENTS,
  REOPEN_REASONS,
  REPORTER_FIRST,
  REPORTER_LAST,
  STREETS,
  TOPICS,
} from './seed-texts';
import { calendarOf, deadline } from './support';
import { answerComplaint, assignComplaint, linkEmployee } from './use-cases/follow-up';
import { ensureDefaultCategories } from './use-cases/manage-categories';
import { addInformation, closeExpiredAnswers, rateComplaint, reopenComplaint } from './use-cases/respond-complaint';
import { submitComplaint } from './use-cases/submit-complaint';
import {
  archiveComplaint,
  mergeComplaint,
  postponeComplaint,
  referComplaint,
  verifyComplaint,
} from './use-cases/verify-complaint';

/** Demo accounts of the complaints desk, per city. */
export function complaintsDemoLogins(slug: string) {
  return [
    {
      tenant: slug,
      role: 'complaint_coordinator',
      login: `koordinator.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-koordinator`,
    },
    {
      tenant: slug,
      role: 'complaint_officer',
      login: `pengaduan.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-pengaduan`,
    },
    {
      tenant: slug,
      role: 'complaint_officer (DPUPR)',
      login: `pengaduan.pu.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-pengaduan-pu`,
    },
  ];
}

const CATEGORY_UNITS: Record<string, string> = {
  adminduk: 'DISDUKCAPIL',
  infrastruktur: 'DPUPR',
  kebersihan: 'DLH',
  kesehatan: 'DINKES',
  pendidikan: 'DISDIK',
  perizinan: 'DPMPTSP',
  sosial: 'DINSOS',
  'perilaku-asn': 'BKPSDM',
};

/** The time of the n-th complaint of the year: evenly spread, at office hours (UTC+7/8: 01:00–09:00 UTC). */
function filingTime(start: number, i: number, total: number, rng: () => number): number {
  const day = Math.floor(start / 86_400_000) + Math.floor(((i + rng() * 0.9) / total) * 365);
  return day * 86_400_000 + (1 + rng() * 8) * 3600_000;
}

/**
 * A year of complaints per demo city in the states a working office has them, through the real use cases on a
 * moving clock, so that the boards, timelines and statistics are consistent. Deterministic (seeded); ~320 per
 * city, with varied texts (seed-texts.ts). At the verification desk: the last two days' complaints, two due
 * today and two overdue by a working day or two, never one forgotten for months. Reporters are guests with a
 * phone number only, so no e-mail is queued for them.
 */
export async function seedComplaints(services: Services, options: { tenantSlug: string }): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const base = makeCtx(services, { tenant });
  const existing = await services.db
    .selectFrom('complaints_reports')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .limit(1)
    .execute();
  const units = await peopleService.units(base);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  await ensureDefaultCategories(
    base,
    Object.fromEntries(Object.entries(CATEGORY_UNITS).map(([c, code]) => [c, unitByCode.get(code)?.id])),
  );
  const [coordinatorLogin, deskLogin, puLogin] = complaintsDemoLogins(tenant.slug);
  const coordinatorId = await ensureDemoAccount(
    services,
    tenant.id,
    coordinatorLogin!,
    `Koordinator Pengaduan ${tenant.name}`,
    null,
  );
  await ensureDemoAccount(services, tenant.id, deskLogin!, 'Petugas Meja Pengaduan', null);
  const pu = unitByCode.get('DPUPR') ?? null;
  const puOfficerId = await ensureDemoAccount(services, tenant.id, puLogin!, 'Petugas Pengaduan DPUPR', pu?.id ?? null);
  if (existing.length) return;
  const settings = await complaintsRepo.settings(services.db, tenant.id);
  const verificationDays = settings?.verification_days ?? 3;
  // Officers' mail waits for the digest while the seed runs; the limit is off for the generated guests.
  await complaintsRepo.saveSettings(services.db, {
    tenant_id: tenant.id,
    verification_days: verificationDays,
    reopen_days: 10,
    guest_per_hour: 0,
    daily_digest: 1,
    updated_at: services.clock.now().toISOString(),
  });

  const rng = seededRandom(`complaints-${tenant.slug}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  // Illegal levies come from service requests' "was I asked to pay more?" link, with texts of their own: the
  // random complaints of the year keep to the other categories (and the demo stays as it was).
  const categories = (await complaintsRepo.categories(services.db, tenant.id)).filter(
    (c) => c.active === 1 && c.code !== 'pungli',
  );
  const kelurahan = units.filter((u) => u.type === 'kelurahan').map((u) => u.name.replace(/^Kelurahan /, ''));
  const streets = STREETS[tenant.slug] ?? STREETS.dumai!;
  const centre = CITY_CENTRES[tenant.slug] ?? CITY_CENTRES.dumai!;
  const end = services.clock.now().getTime();
  const start = end - 365 * 86_400_000;
  const total = 310;
  const clockAt = { t: start };
  const clock: Clock = { now: () => new Date(clockAt.t) };
  const coordinator: Actor = {
    accountId: coordinatorId,
    name: 'Koordinator Pengaduan',
    isSystemAdmin: false,
    grants: [{ role: 'complaint_coordinator', unitId: null }],
  };
  const staff: Ctx = { ...base, clock, actor: coordinator };
  const guest: Ctx = { ...base, clock, actor: null };
  const hours = (h: number) => h * 3600_000;
  // Steps move the clock forward, never past the present.
  const step = (days: number) => {
    clockAt.t = Math.max(clockAt.t, Math.min(clockAt.t + hours(days * 24 + rng() * 6), end - hours(1)));
  };
  const cal = await calendarOf(base, tenant);
  const today = localDate(new Date(end), tenant.timeZone);
  // Complaints left at the desk on purpose: two due today, two a working day or two overdue (none when today is
  // not a working day, since nothing falls due then), and one postponed a few days ago, waiting for its reporter.
  const deskPlan: Array<{ t: number; postpone: boolean }> = [{ t: end - 4 * 86_400_000 - hours(2), postpone: true }];
  for (const wanted of ['today', 'today', 'overdue', 'overdue'] as const)
    for (let d = 1; d <= 12; d++) {
      const t = end - d * 86_400_000 - hours(rng() * 2);
      const due = deadline(new Date(t), verificationDays, cal).due;
      const dueDay = localDate(new Date(due), tenant.timeZone);
      const fits =
        wanted === 'today' ? dueDay === today && Date.parse(due) > end : Date.parse(due) < end && dueDay < today;
      if (fits && !deskPlan.some((x) => Math.abs(x.t - t) < hours(3))) {
        deskPlan.push({ t, postpone: false });
        break;
      }
    }
  deskPlan.sort((a, b) => a.t - b.t);
  const fileForDesk = async () => {
    const planned = deskPlan.shift()!;
    const { filed } = await file(planned.t);
    if (!planned.postpone) return;
    step(1);
    await postponeComplaint(staff, filed.id, { question: pick(POSTPONE_QUESTIONS) });
  };

  const fill = (text: string, where: { jalan: string; kelurahan: string; tempat: string }) =>
    text
      .replaceAll('{jalan}', where.jalan)
      .replaceAll('{kelurahan}', where.kelurahan)
      .replaceAll('{tempat}', where.tempat);
  const file = async (at: number, categoryCode?: string) => {
    clockAt.t = at;
    const category = categoryCode ? categories.find((c) => c.code === categoryCode)! : pick(categories);
    const topic = pick(TOPICS[category.code] ?? TOPICS.lainnya!);
    const where = {
      jalan: pick(streets),
      kelurahan: kelurahan.length ? pick(kelurahan) : 'Sukajadi',
      tempat: pick(LANDMARKS),
    };
    const title = fill(pick(topic.titles), where);
    const description = fill(pick(topic.descriptions), where);
    const located = /\{(jalan|kelurahan)\}/.test(topic.titles.join(' ') + topic.descriptions.join(' '));
    const privacy = rng() < 0.6 ? 'public' : rng() < 0.75 ? 'anonim' : 'rahasia';
    const withMap = located && rng() < 0.5;
    const filed = await submitComplaint(
      guest,
      {
        class:
          category.code === 'perilaku-asn' && rng() < 0.3 ? 'whistle_blowing' : rng() < 0.15 ? 'aspirasi' : 'pengaduan',
        categoryId: category.id,
        title,
        description,
        privacy,
        address: located ? `${where.jalan}, Kelurahan ${where.kelurahan}` : null,
        lat: withMap ? Math.round((centre[0] + (rng() - 0.5) * 0.06) * 1e5) / 1e5 : null,
        lng: withMap ? Math.round((centre[1] + (rng() - 0.5) * 0.06) * 1e5) / 1e5 : null,
        guest: { name: `${pick(REPORTER_FIRST)} ${pick(REPORTER_LAST)}`, phone: `08${Math.floor(1e9 + rng() * 8e9)}` },
      },
      {
        channel: pick(['web', 'web', 'web', 'open311', 'telegram', 'walk_in', 'phone', 'lapor'] as const),
        onBehalf: true,
      },
    );
    return { filed, category, topic, where };
  };

  for (let i = 0; i < total; i++) {
    const at = filingTime(start, i, total, rng);
    while (deskPlan.length && deskPlan[0]!.t < at) await fileForDesk();
    const { filed, category, topic, where } = await file(at);
    const age = (end - clockAt.t) / 86_400_000;
    const fate = rng();
    if (age < 2) continue; // at the desk, not yet due
    step(rng() * 2);
    if (topic.referTo) {
      await referComplaint(staff, filed.id, {
        referral: `Di luar kewenangan pemerintah kota. Laporan Anda kami teruskan kepada ${topic.referTo}; silakan juga menghubungi layanan pelanggannya.`,
      });
      continue;
    }
    if (fate < 0.04) {
      await archiveComplaint(staff, filed.id, { reason: pick(ARCHIVE_REASONS.slice(0, 2)) });
      continue;
    }
    if (fate < 0.08) {
      // A second report of the same thing, by someone else, merged into the first at the desk.
      const duplicate = await submitComplaint(
        guest,
        {
          class: 'pengaduan',
          categoryId: category.id,
          title: fill(pick(topic.titles), where),
          description: fill(pick(topic.descriptions), where),
          privacy: 'anonim',
          guest: { phone: `08${Math.floor(1e9 + rng() * 8e9)}` },
        },
        { channel: 'web', onBehalf: true },
      );
      await mergeComplaint(staff, duplicate.id, { originalId: filed.id });
    }
    if (fate > 0.92) {
      await postponeComplaint(staff, filed.id, { question: pick(POSTPONE_QUESTIONS) });
      if (age < 12) continue; // waiting for the reporter
      step(1 + rng() * 3);
      const row = await complaintsRepo.report(services.db, tenant.id, filed.id);
      if (rng() < 0.3 || !row?.guest_token_hash) {
        await archiveComplaint(staff, filed.id, { reason: ARCHIVE_REASONS[2]! });
        continue;
      }
      await addInformation(guest, { tokenHash: row.guest_token_hash }, { text: pick(INFO_ADDED) });
      step(rng() * 2);
    }
    const unitId =
      category.default_unit_id ??
      (topic.unit ? unitByCode.get(topic.unit)?.id : undefined) ??
      pick(units.filter((u) => u.type === 'kecamatan')).id;
    await verifyComplaint(staff, filed.id, { unitId });
    if (age < 5) continue; // routed, waiting for the OPD
    step(rng());
    await assignComplaint(staff, filed.id, { accountId: unitId === pu?.id ? puOfficerId : coordinatorId });
    if (rng() < 0.12) {
      const people = await peopleService.activeEmployees(base, { unitId });
      if (people.length) await linkEmployee(staff, filed.id, { employeeId: pick(people).id });
    }
    if (age < 12 && rng() < 0.5) continue; // in progress, some of them overdue by a few days
    step(rng() < 0.8 ? rng() * category.answer_days : category.answer_days + rng() * 6);
    await answerComplaint(staff, filed.id, { text: pick(ANSWERS[category.code] ?? ANSWERS.lainnya!) });
    const follow = { complaintId: filed.id };
    const fateAfter = rng();
    if (end - clockAt.t < 86_400_000 * 3) continue;
    step(rng() * 4);
    // The generated reporters are guests; the seed acts for them with their complaint id.
    if (fateAfter < 0.5) await rateViaSeed(guest, follow, ratingOf(rng()), rng);
    else if (fateAfter < 0.57) {
      await reopenViaSeed(guest, follow, pick(REOPEN_REASONS));
      step(2);
      await answerComplaint(staff, filed.id, {
        text: 'Kami telah menindaklanjuti kembali bersama petugas lapangan dan memastikan perbaikan selesai.',
      }).catch(() => undefined);
    }
  }
  while (deskPlan.length) await fileForDesk();
  clockAt.t = end;
  await closeExpiredAnswers({ ...base, clock });
  await complaintsRepo.saveSettings(services.db, {
    tenant_id: tenant.id,
    verification_days: verificationDays,
    reopen_days: settings?.reopen_days ?? 10,
    guest_per_hour: settings?.guest_per_hour ?? 5,
    daily_digest: settings?.daily_digest ?? 0,
    updated_at: services.clock.now().toISOString(),
  });
}

/** Citizens rate answered complaints mostly well, some poorly. */
const ratingOf = (r: number) => (r < 0.42 ? 5 : r < 0.74 ? 4 : r < 0.87 ? 3 : r < 0.95 ? 2 : 1);

/** The reporters of demo complaints are guests: their token was shown once; the seed uses the complaint row. */
async function rateViaSeed(ctx: Ctx, who: { complaintId: string }, rating: number, rng: () => number) {
  const row = await complaintsRepo.report(ctx.db, ctx.tenant!.id, who.complaintId);
  if (!row?.guest_token_hash) return;
  const comments = RATING_COMMENTS[rating] ?? [''];
  await rateComplaint(
    ctx,
    { tokenHash: row.guest_token_hash },
    { rating, comment: comments[Math.floor(rng() * comments.length)] },
  );
}

async function reopenViaSeed(ctx: Ctx, who: { complaintId: string }, reason: string) {
  const row = await complaintsRepo.report(ctx.db, ctx.tenant!.id, who.complaintId);
  if (!row?.guest_token_hash) return;
  await reopenComplaint(ctx, { tokenHash: row.guest_token_hash }, { reason });
}
