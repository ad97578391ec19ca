import { seededRandom } from '@lentera/common';
import { hashPassword } from '../../platform/auth/passwords';
import type { Clock } from '../../platform/clock';
import { type Actor, type Ctx, makeCtx, type Services } from '../../platform/context';
import { uuidv7 } from '../../platform/ids';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { complaintsRepo } from './repository';
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

const TOPICS: Record<string, Array<[string, string]>> = {
  adminduk: [
    [
      'KTP elektronik belum jadi',
      'Sudah merekam KTP elektronik sejak dua bulan lalu tetapi sampai sekarang belum jadi.',
    ],
    ['Antrean akta kelahiran lama', 'Pengurusan akta kelahiran anak memakan waktu lebih dari tiga minggu.'],
  ],
  infrastruktur: [
    [
      'Jalan berlubang di depan pasar',
      'Lubang besar di jalan depan pasar membahayakan pengendara motor terutama malam hari.',
    ],
    ['Drainase tersumbat', 'Saluran air tersumbat sehingga banjir setiap hujan deras di lingkungan kami.'],
    ['Lampu jalan mati', 'Lampu penerangan jalan mati sejak dua minggu, jalan menjadi gelap dan rawan.'],
  ],
  kebersihan: [
    ['Sampah tidak diangkut', 'Sampah di TPS belum diangkut selama empat hari dan menimbulkan bau.'],
    ['Pembakaran sampah liar', 'Ada warga membakar sampah setiap sore sehingga asap masuk ke rumah.'],
  ],
  kesehatan: [
    ['Pelayanan puskesmas lambat', 'Menunggu lebih dari tiga jam untuk diperiksa di puskesmas.'],
    ['Obat tidak tersedia', 'Obat yang diresepkan dokter puskesmas tidak tersedia di apotek puskesmas.'],
  ],
  pendidikan: [
    ['Pungutan di sekolah', 'Sekolah meminta iuran pembangunan yang tidak jelas dasarnya.'],
    ['Ruang kelas rusak', 'Atap ruang kelas bocor dan plafon hampir runtuh.'],
  ],
  perizinan: [['Izin usaha lama diproses', 'Permohonan izin usaha belum diproses setelah lewat batas waktu layanan.']],
  sosial: [
    ['Bantuan sosial tidak tepat sasaran', 'Tetangga yang mampu menerima bantuan sementara keluarga miskin tidak.'],
  ],
  'perilaku-asn': [['Petugas loket tidak ramah', 'Petugas loket berbicara kasar dan meminta uang pelicin.']],
  lainnya: [['Usulan taman bermain', 'Mohon dibangun taman bermain anak di lahan kosong kelurahan kami.']],
};

async function ensureDemoAccount(
  services: Services,
  tenantId: string,
  login: { login: string; password: string; role: string },
  name: string,
  unitId: string | null,
) {
  const now = services.clock.now().toISOString();
  let account = await services.db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', login.login)
    .executeTakeFirst();
  if (!account) {
    account = { id: uuidv7() };
    await services.db
      .insertInto('accounts')
      .values({
        id: account.id,
        email: login.login,
        nip: null,
        name,
        password_hash: await hashPassword(login.password),
        email_verified_at: now,
        locale: 'id',
        is_system_admin: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const role = login.role.split(' ')[0] as string;
  await services.db
    .insertInto('role_grants')
    .values({
      id: uuidv7(),
      tenant_id: tenantId,
      account_id: account.id,
      role,
      unit_id: unitId,
      scope: unitId ?? '*',
      granted_by: null,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return account.id;
}

/**
 * A year of complaints per demo city in every state, through the real use cases on a moving clock, so that the
 * boards, timelines and statistics are consistent. Deterministic (seeded); ~360 per city. Reporters are
 * guests with a phone number only, so no e-mail is queued for them.
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
  // Officers' mail waits for the digest while the seed runs; the limit is off for the generated guests.
  await complaintsRepo.saveSettings(services.db, {
    tenant_id: tenant.id,
    verification_days: 3,
    reopen_days: 10,
    guest_per_hour: 0,
    daily_digest: 1,
    updated_at: services.clock.now().toISOString(),
  });

  const rng = seededRandom(`complaints-${tenant.slug}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const categories = (await complaintsRepo.categories(services.db, tenant.id)).filter((c) => c.active === 1);
  const end = services.clock.now().getTime();
  const start = end - 365 * 86_400_000;
  const total = 340;
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
  const recent: Array<{ id: string }> = [];

  for (let i = 0; i < total; i++) {
    // Spread over the year at office hours (UTC+7/8: 01:00–09:00 UTC), oldest first.
    const day = Math.floor(start / 86_400_000) + Math.floor((i / total) * 365);
    clockAt.t = day * 86_400_000 + hours(1 + rng() * 8);
    const category = pick(categories);
    const [title, description] = pick(TOPICS[category.code] ?? TOPICS.lainnya!);
    const privacy = rng() < 0.6 ? 'public' : rng() < 0.75 ? 'anonim' : 'rahasia';
    const filed = await submitComplaint(
      guest,
      {
        class:
          category.code === 'perilaku-asn' && rng() < 0.3 ? 'whistle_blowing' : rng() < 0.15 ? 'aspirasi' : 'pengaduan',
        categoryId: category.id,
        title: `${title} (${i + 1})`,
        description,
        privacy,
        guest: {
          name: `${pick(['Budi', 'Siti', 'Ahmad', 'Dewi', 'Rudi', 'Nur', 'Yusuf', 'Rina'])} ${pick(['Santoso', 'Lestari', 'Hidayat', 'Siregar', 'Nasution', 'Putri'])}`,
          phone: `08${Math.floor(1e9 + rng() * 8e9)}`,
        },
      },
      {
        channel: pick(['web', 'web', 'web', 'open311', 'telegram', 'walk_in', 'phone', 'lapor'] as const),
        onBehalf: true,
      },
    );
    const age = (end - clockAt.t) / 86_400_000;
    const fate = rng();
    const step = (days: number) => {
      clockAt.t += hours(days * 24 + rng() * 6);
    };
    if (age < 2) continue; // still at the desk
    step(rng() * 3);
    if (fate < 0.05) {
      await archiveComplaint(staff, filed.id, { reason: 'Bukan pengaduan: ucapan terima kasih dan salam.' });
      continue;
    }
    if (fate < 0.1) {
      await referComplaint(staff, filed.id, {
        referral: 'Di luar kewenangan pemerintah kota: silakan ke instansi vertikal terkait.',
      });
      continue;
    }
    if (fate < 0.13) {
      // A second report of the same thing, merged into the first at the desk.
      const duplicate = await submitComplaint(
        guest,
        {
          class: 'pengaduan',
          categoryId: category.id,
          title: `${title} (laporan serupa)`,
          description,
          privacy: 'anonim',
          guest: { phone: `08${Math.floor(1e9 + rng() * 8e9)}` },
        },
        { channel: 'web', onBehalf: true },
      );
      await mergeComplaint(staff, duplicate.id, { originalId: filed.id });
    }
    if (fate < 0.18) {
      await postponeComplaint(staff, filed.id, { question: 'Mohon lengkapi alamat lokasi dan foto pendukung.' });
      if (age < 60 || rng() < 0.2) continue;
      step(2);
      const row = await complaintsRepo.report(services.db, tenant.id, filed.id);
      if (row?.guest_token_hash)
        await addInformation(
          guest,
          { tokenHash: row.guest_token_hash },
          { text: 'Lokasi di RT 03 RW 02, foto menyusul.' },
        );
      continue;
    }
    const unitId = category.default_unit_id ?? pick(units.filter((u) => u.parentId === null || u.type === 'dinas')).id;
    await verifyComplaint(staff, filed.id, { unitId });
    recent.unshift({ id: filed.id });
    recent.length = Math.min(recent.length, 20);
    if (age < 6) continue; // routed, waiting for the OPD
    await assignComplaint(staff, filed.id, { accountId: unitId === pu?.id ? puOfficerId : coordinatorId });
    if (rng() < 0.12) {
      const people = await peopleService.activeEmployees(base, { unitId });
      if (people.length) await linkEmployee(staff, filed.id, { employeeId: pick(people).id });
    }
    if (age < 12 && rng() < 0.5) continue; // in progress, some overdue
    step(rng() < 0.7 ? rng() * category.answer_days : category.answer_days + rng() * 10);
    if (clockAt.t > end) clockAt.t = end - hours(1);
    await answerComplaint(staff, filed.id, {
      text: 'Terima kasih atas laporan Anda. Petugas kami telah menindaklanjuti di lokasi dan masalah sudah ditangani.',
    });
    const follow = { complaintId: filed.id };
    const fateAfter = rng();
    if (end - clockAt.t < 86_400_000 * 3) continue;
    step(rng() * 4);
    // The generated reporters are guests; the seed acts for them with their complaint id.
    const asReporter = { ...guest, actor: null };
    if (fateAfter < 0.45) await rateViaSeed(asReporter, follow, 1 + Math.floor(rng() * 5));
    else if (fateAfter < 0.55) {
      await reopenViaSeed(asReporter, follow);
      step(2);
      await answerComplaint(staff, filed.id, {
        text: 'Kami telah menindaklanjuti kembali dan memastikan perbaikan selesai.',
      }).catch(() => undefined);
    }
  }
  clockAt.t = end;
  await closeExpiredAnswers({ ...base, clock });
  await complaintsRepo.saveSettings(services.db, {
    tenant_id: tenant.id,
    verification_days: settings?.verification_days ?? 3,
    reopen_days: settings?.reopen_days ?? 10,
    guest_per_hour: settings?.guest_per_hour ?? 5,
    daily_digest: settings?.daily_digest ?? 0,
    updated_at: services.clock.now().toISOString(),
  });
}

/** The reporters of demo complaints are guests: their token was shown once; the seed uses the complaint row. */
async function rateViaSeed(ctx: Ctx, who: { complaintId: string }, rating: number) {
  const row = await complaintsRepo.report(ctx.db, ctx.tenant!.id, who.complaintId);
  if (!row?.guest_token_hash) return;
  await rateComplaint(
    ctx,
    { tokenHash: row.guest_token_hash },
    { rating, comment: rating >= 4 ? 'Terima kasih, cepat ditangani.' : 'Kurang memuaskan.' },
  );
}

async function reopenViaSeed(ctx: Ctx, who: { complaintId: string }) {
  const row = await complaintsRepo.report(ctx.db, ctx.tenant!.id, who.complaintId);
  if (!row?.guest_token_hash) return;
  await reopenComplaint(ctx, { tokenHash: row.guest_token_hash }, { reason: 'Masalah muncul lagi setelah dua hari.' });
}
