import { FAMILY_NAMES, FEMALE_NAMES, type FormField, localDate, MALE_NAMES, seededRandom } from '@lentera/common';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { type Actor, type Ctx, makeCtx, type Services } from '../../platform/context';
import type { Mailer, MailMessage } from '../../platform/mail/mailer';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { catalogRepo } from './repository/catalog';
import { type DemoDocument, HistoryWriter, type Plan } from './seed-requests-history';
import { formOf, inForce } from './support';
import { sweepServiceDeadlines } from './use-cases/sweep-deadlines';

const DAY = 86_400_000;
/** The history the demo shows: about three months of requests up to today. */
const WINDOW_DAYS = 91;
/** Province and city part of a NIK, per demo city. */
const NIK_REGION: Record<string, string> = {
  dumai: '1472',
  kupang: '5371',
  serang: '3673',
  palembang: '1671',
  medan: '1271',
};
const REFUSALS = [
  'Berkas tidak dilengkapi sampai batas waktu melengkapi berkas.',
  'NIK pemohon tidak terdaftar pada database kependudukan.',
  'Pemohon bukan penduduk kota ini; silakan mengajukan di daerah asal.',
  'Dokumen pendukung tidak sah (tidak sesuai dengan aslinya).',
  'Permohonan ganda: sudah diproses dengan kode permohonan lain.',
];
const INCOMPLETE_NOTES = [
  'Pindaian dokumen buram dan tidak terbaca; unggah ulang dengan jelas.',
  'Dokumen yang diunggah bukan dokumen yang diminta; unggah dokumen yang benar.',
  'Halaman kedua dokumen belum ada; unggah dokumen lengkap.',
];
const STREETS = ['Jl. Merdeka', 'Jl. Sudirman', 'Jl. Diponegoro', 'Jl. Ahmad Yani', 'Jl. Pattimura', 'Jl. Kartini'];

/** The files the demo applicants upload: one small PDF, PNG and JPEG, made once. */
const demoFiles = (async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage([300, 400]).drawText('Dokumen contoh', { x: 40, y: 340, size: 14 });
  const picture = sharp({ create: { width: 16, height: 10, channels: 3, background: '#889' } });
  return {
    'application/pdf': Buffer.from(await pdf.save()),
    'image/png': await picture.clone().png().toBuffer(),
    'image/jpeg': await picture.clone().jpeg().toBuffer(),
  } as Record<string, Buffer>;
})();

/** The demo history sends no mail (the reminders and escalations of its open requests included). */
function quietMailer(sent: MailMessage[]): Mailer {
  const enqueueMany = async (_ctx: Ctx, messages: readonly MailMessage[]) => {
    sent.push(...messages);
    return messages.map(() => '');
  };
  return {
    enqueue: async (ctx: Ctx, m: MailMessage) => (await enqueueMany(ctx, [m]))[0],
    enqueueMany,
  } as unknown as Mailer;
}

/**
 * About three months of service requests for a demo city (150–300), each with its history: submitted (by the demo
 * citizen and by guests who confirm their e-mail), processed, some sent back for documents, approved or refused
 * with a reason, paid where there is a fee, delivered (letter, signed PDF or pickup) and done, some late; the newest
 * still open in every state, a few guests never confirming. Deterministic (seeded) and written at once with the
 * rows the use cases write (`seed-requests-history.ts`); the deadline sweep then runs as the job would have. Needs
 * the catalog (`seedServicesCatalog`); a city that has requests already is left alone. Sends no mail.
 */
export async function seedServiceRequests(services: Services, options: { tenantSlug: string }): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const existing = await services.db
    .selectFrom('services_requests')
    .select('id')
    .where('tenant_id', '=', tenant.id)
    .limit(1)
    .executeTakeFirst();
  if (existing) return;
  const end = services.clock.now().getTime();
  const start = end - WINDOW_DAYS * DAY;
  const catalog = (await catalogRepo.services(services.db, tenant.id, { activeOnly: true })).filter(
    (s) => s.name !== '',
  );
  // The catalog's standards took effect when they were published (at seeding); the demo's history needs them in
  // force before it: the first published version of each service is dated to the start of the year before.
  const firstDay = `${new Date(start).getUTCFullYear()}-01-02`;
  const published = await catalogRepo.publishedStandards(
    services.db,
    tenant.id,
    catalog.map((s) => s.id),
  );
  for (const service of catalog) {
    const oldest = published.filter((s) => s.service_id === service.id).at(-1);
    if (oldest && oldest.effective_from > firstDay)
      await catalogRepo.updateStandard(services.db, tenant.id, oldest.id, {
        effective_from: firstDay,
        submitted_at: `${firstDay}T01:00:00.000Z`,
        decided_at: `${firstDay}T03:00:00.000Z`,
      });
  }
  const versions = await catalogRepo.publishedStandards(
    services.db,
    tenant.id,
    catalog.map((s) => s.id),
  );
  const offered = catalog.filter((s) => versions.some((v) => v.service_id === s.id));
  if (offered.length === 0) return;

  const rng = seededRandom(`services-requests-${tenant.slug}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const cal = await services.calendars.forTenant(tenant.id, tenant.timeZone);
  const officers = await services.db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select(['accounts.id', 'accounts.name', 'role_grants.unit_id'])
    .where('role_grants.tenant_id', '=', tenant.id)
    .where('role_grants.role', 'in', ['service_officer', 'tenant_admin'])
    .orderBy('role_grants.role', 'desc')
    .execute();
  const officerFor = (unitId: string): Actor => {
    const account = officers.find((o) => o.unit_id === unitId) ?? officers[0];
    return {
      accountId: account?.id ?? 'demo-officer',
      name: account?.name ?? 'Petugas Layanan',
      isSystemAdmin: false,
      grants: [{ role: 'service_officer', unitId: null }],
    };
  };
  const citizenAccount = await services.db
    .selectFrom('accounts')
    .select(['id', 'name'])
    .where('email', '=', `warga.${tenant.slug}@demo.lentera.id`)
    .executeTakeFirst();
  const citizen: Actor | null = citizenAccount
    ? { accountId: citizenAccount.id, name: citizenAccount.name, isSystemAdmin: false, grants: [] }
    : null;

  // The plan: how many requests each service gets (the Disdukcapil's the most), when, by whom, and how they end.
  const plans: Plan[] = [];
  for (const service of offered) {
    const weight = /kependudukan|keluarga|akta|ktp|pindah/i.test(service.name) ? 30 : 16;
    const count = Math.round(weight * (0.8 + rng() * 0.4));
    for (let i = 0; i < count; i++) {
      const at = start + rng() * (end - start - 2 * 3600_000);
      const standard = inForce(
        versions.filter((v) => v.service_id === service.id),
        localDate(new Date(at), tenant.timeZone),
      );
      if (!standard) continue;
      const woman = rng() < 0.5;
      const name = `${pick(woman ? FEMALE_NAMES : MALE_NAMES)} ${pick(FAMILY_NAMES)}`;
      const byCitizen = citizen !== null && rng() < 0.04;
      const guestEmail = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${plans.length}@contoh.id`;
      plans.push({
        at,
        serviceId: service.id,
        standard,
        applicant: byCitizen && citizen ? { actor: citizen } : { guest: { name, email: guestEmail } },
        name: byCitizen && citizen ? citizen.name : name,
        email: byCitizen ? `warga.${tenant.slug}@demo.lentera.id` : guestEmail,
        unitId: service.unit_id,
        unconfirmed: !byCitizen && end - at < 3 * DAY && rng() < 0.3,
        incomplete: rng() < 0.18,
        abandons: rng() < 0.25,
        refusal: rng() < 0.08 ? pick(REFUSALS) : null,
        late: rng() < 0.12 ? 1 + Math.floor(rng() * 4) : 0,
        stalls: rng() < 0.03,
      });
    }
  }
  plans.sort((a, b) => a.at - b.at);

  const units = await peopleService.units(makeCtx(services, { tenant }));
  const history = new HistoryWriter(services, tenant, cal, rng, await demoFiles, end);
  await history.storeSamples();
  for (const plan of plans) {
    history.add(plan, officerFor(plan.unitId), {
      serviceName: catalog.find((s) => s.id === plan.serviceId)?.name ?? '',
      unitName: units.find((u) => u.id === plan.unitId)?.name ?? '',
      values: valuesFor(formOf(plan.standard), plan, rng, tenant.slug),
      documents: documentsFor(formOf(plan.standard), rng),
      note: pick(INCOMPLETE_NOTES),
    });
  }
  await history.write();
  // Reminders and escalations of the requests still open, as the job would have sent them (quietly).
  await sweepServiceDeadlines({ ...services, mailer: quietMailer([]) }, { tenantId: tenant.id });
}

/** A valid NIK of the city for a person born on `birth` (YYYY-MM-DD); 40 is added to the day for women. */
function nikFor(slug: string, birth: string, woman: boolean, rng: () => number): string {
  const [year, month, day] = birth.split('-');
  const dd = String(Number(day) + (woman ? 40 : 0)).padStart(2, '0');
  const district = String(1 + Math.floor(rng() * 8)).padStart(2, '0');
  const serial = String(1 + Math.floor(rng() * 9998)).padStart(4, '0');
  return `${NIK_REGION[slug] ?? '1471'}${district}${dd}${month}${year?.slice(2)}${serial}`;
}

function valuesFor(form: readonly FormField[], plan: Plan, rng: () => number, slug: string) {
  const values: Record<string, string | number> = {};
  const filedOn = new Date(plan.at);
  for (const field of form) {
    if (field.type === 'document') continue;
    if (!field.required && rng() < 0.3) continue;
    const birthYear = 1950 + Math.floor(rng() * 55);
    const birth = `${birthYear}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
    switch (field.type) {
      case 'text':
        values[field.key] = (field.key.startsWith('nama') ? plan.name : 'Keperluan administrasi').slice(
          0,
          field.maxLength,
        );
        break;
      case 'nik':
        values[field.key] = nikFor(slug, birth, rng() < 0.5, rng);
        break;
      case 'date':
        values[field.key] = new Date(filedOn.getTime() - (2 + Math.floor(rng() * 40)) * DAY).toISOString().slice(0, 10);
        break;
      case 'choice':
        values[field.key] = field.choices[Math.floor(rng() * field.choices.length)] ?? '';
        break;
      case 'number': {
        const min = field.min ?? 1;
        const max = field.max ?? min + 5;
        values[field.key] = Math.round(min + rng() * Math.min(4, max - min));
        break;
      }
      case 'address':
        values[field.key] = `${STREETS[Math.floor(rng() * STREETS.length)]} No. ${1 + Math.floor(rng() * 120)}`.slice(
          0,
          field.maxLength,
        );
        break;
    }
  }
  return values;
}

/** The documents an applicant gives: every required one and about half the others, as PDF where allowed. */
function documentsFor(form: readonly FormField[], rng: () => number): DemoDocument[] {
  return form
    .filter((f) => f.type === 'document' && (f.required || rng() < 0.5))
    .map((f) => {
      const mime = f.documentTypes.includes('application/pdf')
        ? 'application/pdf'
        : (f.documentTypes[0] ?? 'image/png');
      const ext = mime === 'application/pdf' ? 'pdf' : mime === 'image/png' ? 'png' : 'jpg';
      return { fieldKey: f.key, fileName: `${f.key}.${ext}`, mime };
    });
}
