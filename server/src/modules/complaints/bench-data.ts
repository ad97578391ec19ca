import {
  addWorkingDays,
  localDate,
  OPEN_STATUSES,
  seededRandom,
  similarityTokens,
  trackingCode,
  workingDaysBetween,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import type { Insertable } from 'kysely';
import { z } from 'zod';
import { makeCtx, type Services } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { complaintsRepo, type ReportsTable } from './repository';

/**
 * Benchmark data only (LENTERA_BENCH=1): `POST /api/bench/complaints` with `{ tenant, count, year }` writes
 * `count` complaints of that year in bulk, with the daily aggregates and duration histograms they imply, so
 * that the statistics stay exact. Not a use case: no audit, no mail; it exists for `npm run bench`.
 */
export function complaintsBenchRoutes(app: FastifyInstance, services: Services): void {
  if (!services.config.benchMode) return;
  app.post(
    '/api/bench/complaints',
    { config: { public: true, csrf: false }, schema: { hide: true } },
    async (request) => {
      const body = z
        .object({
          tenant: z.string(),
          count: z.number().int().min(1).max(2_000_000),
          year: z.number().int(),
          offset: z.number().int().min(0).default(0),
          total: z.number().int().min(1).optional(),
        })
        .parse(request.body);
      return generateComplaints(services, body.tenant, body.count, body.year, {
        offset: body.offset,
        total: body.total ?? body.count,
      });
    },
  );
}

export async function generateComplaints(
  services: Services,
  slug: string,
  count: number,
  year: number,
  spread: { offset: number; total: number } = { offset: 0, total: count },
) {
  const tenant = await findTenantBySlug(services.db, slug);
  if (!tenant) throw new NotFound('tenant_not_found', { slug });
  const ctx = makeCtx(services, { tenant });
  const categories = (await complaintsRepo.categories(services.db, tenant.id)).filter((c) => c.active === 1);
  const units = (await peopleService.units(ctx)).filter((u) => !u.closed);
  const cal = await services.calendars.forTenant(tenant.id, tenant.timeZone);
  const rng = seededRandom(`bench-${slug}-${year}-${spread.offset}`);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)] as T;
  const startMs = Date.UTC(year, 0, 1) - 7 * 3600_000;
  const start = Date.now();
  const daily = new Map<string, Record<string, number>>();
  const durations = new Map<string, number>();
  const bump = (key: string, field: string, n = 1) => {
    const row = daily.get(key) ?? {
      received: 0,
      verified: 0,
      answered: 0,
      answered_on_time: 0,
      rating_sum: 0,
      ratings: 0,
      reopened: 0,
    };
    row[field] = (row[field] ?? 0) + n;
    daily.set(key, row);
  };
  const firstSeq = await complaintsRepo.nextSequence(services.db, tenant.id, year);
  await services.db
    .updateTable('complaints_sequences')
    .set({ last: firstSeq + count - 1 })
    .where('tenant_id', '=', tenant.id)
    .where('year', '=', year)
    .execute();
  const chunk: Array<Insertable<ReportsTable>> = [];
  const flush = async () => {
    if (chunk.length) await services.db.insertInto('complaints_reports').values(chunk.splice(0)).execute();
  };
  const words = similarityTokens(
    'jalan rusak lampu mati sampah menumpuk drainase banjir antrean lama pelayanan lambat pungutan',
  );
  for (let i = 0; i < count; i++) {
    const received = new Date(
      startMs + Math.floor(((spread.offset + i) / spread.total) * 364 * 86_400_000) + Math.floor(rng() * 8 * 3600_000),
    );
    const category = pick(categories);
    const unit = category.default_unit_id ?? pick(units).id;
    const unitPath = units.find((u) => u.id === unit)?.path ?? null;
    const fate = rng();
    const status =
      fate < 0.05
        ? 'archived'
        : fate < 0.08
          ? 'received'
          : fate < 0.12
            ? 'routed'
            : fate < 0.15
              ? 'in_progress'
              : fate < 0.55
                ? 'closed'
                : 'answered';
    const verified =
      status === 'received' || status === 'archived'
        ? null
        : new Date(received.getTime() + Math.floor(rng() * 3) * 86_400_000);
    const answerDue = verified ? addWorkingDays(verified, category.answer_days, cal).at : null;
    const answered =
      verified && (status === 'answered' || status === 'closed')
        ? new Date(verified.getTime() + Math.floor(rng() * category.answer_days * 2) * 86_400_000)
        : null;
    const rating = status === 'closed' && rng() < 0.7 ? 1 + Math.floor(rng() * 5) : null;
    const day = (d: Date) => localDate(d, tenant.timeZone);
    const key = (d: Date, u: string) => `${day(d)}|${u}|${category.id}`;
    bump(key(received, ''), 'received');
    if (verified) {
      bump(key(verified, unit), 'verified');
      const k = `${key(verified, unit)}|first_response|${workingDaysBetween(received, verified, cal)}`;
      durations.set(k, (durations.get(k) ?? 0) + 1);
    }
    if (answered && answerDue) {
      bump(key(answered, unit), 'answered');
      if (answered <= answerDue) bump(key(answered, unit), 'answered_on_time');
      const k = `${key(answered, unit)}|answer|${workingDaysBetween(received, answered, cal)}`;
      durations.set(k, (durations.get(k) ?? 0) + 1);
    }
    if (rating) {
      bump(key(answered ?? received, unit), 'rating_sum', rating);
      bump(key(answered ?? received, unit), 'ratings');
    }
    const at = received.toISOString();
    chunk.push({
      id: uuidv7(received.getTime()),
      tenant_id: tenant.id,
      code: trackingCode(tenant.code, year, firstSeq + i),
      class: 'pengaduan',
      category_id: category.id,
      title: `Laporan ${pick(words)} ${pick(words)} ${i}`,
      description: 'Data uji beban.',
      concerned_unit_id: null,
      employee_text: null,
      address: null,
      lat: null,
      lng: null,
      privacy: pick(['public', 'public', 'anonim', 'rahasia']),
      channel: 'web',
      external_ref: null,
      status,
      reporter_account_id: null,
      reporter_name: 'Pelapor Uji',
      reporter_email: null,
      reporter_phone: '0812000000',
      guest_token_hash: null,
      intake_key: null,
      unit_id: verified ? unit : null,
      unit_path: verified ? unitPath : null,
      assigned_account_id: null,
      assigned_name: null,
      answer_days: category.answer_days,
      received_at: at,
      verification_due_at: addWorkingDays(received, 3, cal).at.toISOString(),
      verification_remind_at: null,
      verification_days_left: null,
      verified_at: verified?.toISOString() ?? null,
      first_response_at: verified?.toISOString() ?? null,
      answer_due_at: answerDue?.toISOString() ?? null,
      answer_remind_at: null,
      answered_at: answered?.toISOString() ?? null,
      answer_text: answered ? 'Sudah ditangani.' : null,
      closed_at: status === 'closed' || status === 'archived' ? (answered ?? received).toISOString() : null,
      question: null,
      referral: null,
      archive_reason: status === 'archived' ? 'Bukan pengaduan.' : null,
      merged_into_id: null,
      rating,
      rating_comment: null,
      rated_at: null,
      reopen_count: 0,
      integrity_referred_at: null,
      integrity_note: null,
      // Generated history: no reminder or escalation is owed for it.
      verification_reminded_at: at,
      verification_escalated_at: at,
      answer_reminded_at: at,
      answer_escalated_at: at,
      auto_close_at: null,
      search_text: 'uji beban',
      created_at: at,
      updated_at: at,
    });
    if (chunk.length >= 400) await flush();
  }
  await flush();
  const dailyRows = [...daily].map(([k, v]) => {
    const [d, u, c] = k.split('|') as [string, string, string];
    return {
      tenant_id: tenant.id,
      day: d,
      unit_id: u,
      category_id: c,
      received: 0,
      verified: 0,
      answered: 0,
      answered_on_time: 0,
      rating_sum: 0,
      ratings: 0,
      reopened: 0,
      ...v,
    };
  });
  for (const row of dailyRows)
    await complaintsRepo.bumpDaily(services.db, row, {
      received: row.received,
      verified: row.verified,
      answered: row.answered,
      answered_on_time: row.answered_on_time,
      rating_sum: row.rating_sum,
      ratings: row.ratings,
    });
  for (const [k, n] of durations) {
    const [d, u, c, measure, days] = k.split('|') as [string, string, string, 'answer' | 'first_response', string];
    await complaintsRepo.bumpDuration(
      services.db,
      { tenant_id: tenant.id, day: d, unit_id: u, category_id: c },
      measure,
      Number(days),
      n,
    );
  }
  return { count, open: OPEN_STATUSES.length, dailyRows: dailyRows.length, seconds: (Date.now() - start) / 1000 };
}
