import {
  type ComplaintStats,
  localDate,
  quantileFromHistogram,
  type StatsRow,
  type StatsTrendMonth,
  statsQuerySchema,
} from '@lentera/common';
import type { z } from 'zod';
import { RevisionCache } from '../../../platform/bounded-map';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { loadNames } from '../presenter';
import { complaintsRepo } from '../repository';

interface Acc {
  unitId: string | null;
  categoryId: string | null;
  received: number;
  verified: number;
  answered: number;
  answeredOnTime: number;
  ratingSum: number;
  ratings: number;
  reopened: number;
  firstResponse: Map<number, number>;
  answer: Map<number, number>;
}

const emptyAcc = (unitId: string | null, categoryId: string | null): Acc => ({
  unitId,
  categoryId,
  received: 0,
  verified: 0,
  answered: 0,
  answeredOnTime: 0,
  ratingSum: 0,
  ratings: 0,
  reopened: 0,
  firstResponse: new Map(),
  answer: new Map(),
});

/** One collator for every request: `localeCompare` builds a new one per comparison. */
const byName = new Intl.Collator('id');

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A period of local dates as whole months (read from the monthly roll-ups) and the days at its edges that do not
 * fill a month (read from the day rows): the same sums, from a few hundred rows for a year.
 */
export function splitPeriod(
  from: string,
  to: string,
): { days: Array<[string, string]>; months: Array<[string, string]> } {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  // First day of the first whole month, and the day after the last whole month.
  const firstFull = Date.UTC(fy, fd === 1 ? fm - 1 : fm, 1);
  const toNext = Date.UTC(ty, tm - 1, Number(to.slice(8, 10)) + 1);
  const lastFullEnd = new Date(toNext).getUTCDate() === 1 ? toNext : Date.UTC(ty, tm - 1, 1);
  if (firstFull >= lastFullEnd) return { days: [[from, to]], months: [] };
  const days: Array<[string, string]> = [];
  if (isoDay(firstFull) > from) days.push([from, isoDay(firstFull - 86_400_000)]);
  if (isoDay(lastFullEnd) <= to) days.push([isoDay(lastFullEnd), to]);
  return { days, months: [[isoDay(firstFull).slice(0, 7), isoDay(lastFullEnd - 86_400_000).slice(0, 7)]] };
}

/**
 * Public statistics for a period of local dates, from the counters kept as steps happen (`complaints_daily`,
 * `complaints_durations`): exact (durations are whole working days, so the quantiles come from exact
 * histograms) and fast whatever the number of complaints. Each figure counts on the day of its step:
 * received on the day received, answered on the day answered, and so on.
 */
export async function complaintStats(ctx: Ctx, query: z.input<typeof statsQuerySchema>): Promise<ComplaintStats> {
  const tenant = requireTenant(ctx);
  const { from, to, ...rest } = statsQuerySchema.parse(query);
  const q = { ...rest, ...defaultPeriod(from, to, localDate(ctx.clock.now(), tenant.timeZone)) };
  if (q.from > q.to) throw new Invalid('validation_failed', {}, [{ path: 'from', message: 'from is after to' }]);
  if (Date.parse(q.to) - Date.parse(q.from) > 3 * 366 * 86_400_000)
    throw new Invalid('validation_failed', {}, [{ path: 'to', message: 'at most three years' }]);
  // Exact from the cache only while neither the counters, the categories nor the units changed (on any node).
  const [statsRevision, peopleRevision] = await Promise.all([
    complaintsRepo.statsRevision(ctx.db, tenant.id),
    peopleService.revision(ctx),
  ]);
  const key = `${tenant.id}|${q.from}|${q.to}|${q.by}|${ctx.lang}`;
  const revision = `${statsRevision}|${peopleRevision}`;
  return statsCache.get(key, revision, () => computeStats(ctx, tenant.id, q));
}

/**
 * The period when a bound is missing: the whole year of the given bound, or the current year (`today`, the tenant's
 * local date) when both are.
 */
export function defaultPeriod(from: string | undefined, to: string | undefined, today: string) {
  const year = (from ?? to ?? today).slice(0, 4);
  return { from: from ?? `${(to ?? today).slice(0, 4)}-01-01`, to: to ?? `${year}-12-31` };
}

/** Every month from `from` to `to` ('YYYY-MM-DD'), as 'YYYY-MM'. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** The last answers per tenant, period, grouping and language, with the revisions they were computed at. */
const statsCache = new RevisionCache<ComplaintStats>(500);

async function computeStats(
  ctx: Ctx,
  tenantId: string,
  q: z.output<typeof statsQuerySchema> & { from: string; to: string },
): Promise<ComplaintStats> {
  const tenant = { id: tenantId };
  const split = splitPeriod(q.from, q.to);
  const [dailyParts, durationParts, names, trendParts] = await Promise.all([
    Promise.all([
      ...split.days.map(([from, to]) => complaintsRepo.dailyTotals(ctx.db, tenant.id, from, to)),
      ...split.months.map(([from, to]) => complaintsRepo.monthlyTotals(ctx.db, tenant.id, from, to)),
    ]),
    Promise.all([
      ...split.days.map(([from, to]) => complaintsRepo.durationTotals(ctx.db, tenant.id, from, to)),
      ...split.months.map(([from, to]) => complaintsRepo.monthlyDurationTotals(ctx.db, tenant.id, from, to)),
    ]),
    loadNames(ctx),
    Promise.all([
      ...split.days.map(([from, to]) => complaintsRepo.dailyTrend(ctx.db, tenant.id, from, to)),
      ...split.months.map(([from, to]) => complaintsRepo.monthlyTrend(ctx.db, tenant.id, from, to)),
    ]),
  ]);
  const trend = new Map<string, StatsTrendMonth>(
    monthsBetween(q.from, q.to).map((month) => [month, { month, received: 0, answered: 0, answeredOnTime: 0 }]),
  );
  for (const t of trendParts.flat()) {
    const month = trend.get(t.month);
    if (!month) continue;
    month.received += Number(t.received);
    month.answered += Number(t.answered);
    month.answeredOnTime += Number(t.answered_on_time);
  }
  const daily = dailyParts.flat();
  const durations = durationParts.flat();
  const groups = new Map<string, Acc>();
  const total = emptyAcc(null, null);
  const groupOf = (unitId: string, categoryId: string) => {
    const u = q.by === 'category' ? null : unitId || null;
    const c = q.by === 'unit' ? null : categoryId;
    const key = `${u ?? ''}|${c ?? ''}`;
    const found = groups.get(key);
    if (found) return found;
    const acc = emptyAcc(u, c);
    groups.set(key, acc);
    return acc;
  };
  for (const d of daily) {
    for (const acc of [groupOf(d.unit_id, d.category_id), total]) {
      acc.received += Number(d.received);
      acc.verified += Number(d.verified);
      acc.answered += Number(d.answered);
      acc.answeredOnTime += Number(d.answered_on_time);
      acc.ratingSum += Number(d.rating_sum);
      acc.ratings += Number(d.ratings);
      acc.reopened += Number(d.reopened);
    }
  }
  for (const d of durations) {
    for (const acc of [groupOf(d.unit_id, d.category_id), total]) {
      const hist = d.measure === 'answer' ? acc.answer : acc.firstResponse;
      hist.set(Number(d.days), (hist.get(Number(d.days)) ?? 0) + Number(d.count));
    }
  }
  const row = (acc: Acc): StatsRow => {
    const category = acc.categoryId ? names.categories.get(acc.categoryId) : undefined;
    return {
      unitId: acc.unitId,
      unitName: acc.unitId ? (names.units.get(acc.unitId)?.name ?? null) : null,
      categoryId: acc.categoryId,
      categoryName: category ? (ctx.lang === 'en' ? category.name_en : category.name) : null,
      received: acc.received,
      verified: acc.verified,
      answered: acc.answered,
      answeredOnTime: acc.answeredOnTime,
      shareOnTime: ratio(acc.answeredOnTime, acc.answered),
      firstResponseMedianDays: quantileFromHistogram(acc.firstResponse, 0.5),
      firstResponseP90Days: quantileFromHistogram(acc.firstResponse, 0.9),
      answerMedianDays: quantileFromHistogram(acc.answer, 0.5),
      answerP90Days: quantileFromHistogram(acc.answer, 0.9),
      meanRating: acc.ratings ? Math.round((acc.ratingSum / acc.ratings) * 100) / 100 : null,
      ratings: acc.ratings,
      reopened: acc.reopened,
      reopenRate: ratio(acc.reopened, acc.answered),
    };
  };
  const rows = [...groups.values()]
    .map(row)
    .sort(
      (a, b) =>
        byName.compare(a.unitName ?? '', b.unitName ?? '') ||
        byName.compare(a.categoryName ?? '', b.categoryName ?? ''),
    );
  return { from: q.from, to: q.to, rows, totals: row(total), trend: [...trend.values()] };
}

const CSV_COLUMNS: Array<keyof StatsRow> = [
  'unitId',
  'unitName',
  'categoryId',
  'categoryName',
  'received',
  'verified',
  'answered',
  'answeredOnTime',
  'shareOnTime',
  'firstResponseMedianDays',
  'firstResponseP90Days',
  'answerMedianDays',
  'answerP90Days',
  'meanRating',
  'ratings',
  'reopened',
  'reopenRate',
];

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Stable columns (machine names, dot decimals), one row per group, then the totals row. */
export function statsCsv(stats: ComplaintStats): string {
  const lines = [['from', 'to', ...CSV_COLUMNS].join(',')];
  for (const r of [...stats.rows, { ...stats.totals, unitName: 'TOTAL' }])
    lines.push([stats.from, stats.to, ...CSV_COLUMNS.map((c) => r[c])].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
