import {
  localDate,
  type OfficerListQuery,
  OPEN_STATUSES,
  officerListQuerySchema,
  publicListQuerySchema,
  similarityTokens,
  zonedEndOfDay,
} from '@lentera/common';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import { type Ctx, requireTenant } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { COMPLAINTS, officerUnits } from '../policy';
import { loadNames, type Names, presentDetail, presentListItem, presentPublic } from '../presenter';
import { complaintsRepo, type Report } from '../repository';
import { matchesWords, ofTenant } from '../word-search';
import { complaintFor, subjectOf } from '../workflow';

/** The due time that matters in the current state, as SQL (verification at the desk, the answer at the OPD). */
const dueExpr = sql<
  string | null
>`case when status = 'received' then verification_due_at when status in ('routed', 'in_progress') then answer_due_at else null end`;

/** Unit ids an officer's grants cover, subtrees included; '*' for the whole tenant. */
async function scopeUnits(ctx: Ctx): Promise<'*' | string[]> {
  const grants = ctx.actor ? officerUnits(ctx.actor) : [];
  if (grants === '*') return '*';
  if (!grants.length) return [];
  const units = await peopleService.units(ctx);
  return units.filter((u) => grants.some((g) => u.path.includes(`/${g}/`))).map((u) => u.id);
}

/**
 * The search typed: a tracking code, or up to five indexed words. Text whose every word is too short or too
 * common to be indexed ("or", "zz", "di") finds nothing (`nothing`), rather than being ignored and answering
 * the whole list; the web says why (with the same `similarityTokens`).
 */
function searchCondition(q: string | undefined) {
  const words = q ? similarityTokens(q).slice(0, 5) : [];
  const code = q?.trim().toUpperCase();
  const isCode = Boolean(code && /-ADU-/.test(code));
  return { words, code: isCode ? code : null, nothing: Boolean(q?.trim()) && !isCode && words.length === 0 };
}

/** The officer's list: scoped to the actor's units (the desk sees all), filtered, paged, due first. */
export async function listForOfficer(ctx: Ctx, query: OfficerListQuery) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.work);
  const f = officerListQuerySchema.parse(query);
  const scope = await scopeUnits(ctx);
  const now = ctx.clock.now().toISOString();
  const search = searchCondition(f.q);
  const words = search.code ? null : matchesWords(ctx.dialect, search.words);
  let q = ctx.db.selectFrom('complaints_reports').where(ofTenant(ctx.dialect, tenant.id, words !== null));
  if (scope !== '*') q = scope.length ? q.where('unit_id', 'in', scope) : q.where(sql<boolean>`1 = 0`);
  if (f.status?.length) q = q.where('status', 'in', f.status);
  else if (f.state === 'open') q = q.where('status', 'in', [...OPEN_STATUSES]);
  if (f.unitId) q = q.where((eb) => eb.or([eb('unit_id', '=', f.unitId!), eb('concerned_unit_id', '=', f.unitId!)]));
  if (f.categoryId) q = q.where('category_id', '=', f.categoryId);
  if (f.assignedToMe === 'true') q = q.where('assigned_account_id', '=', ctx.actor!.accountId);
  if (f.overdue === 'true') q = q.where(sql.ref('due_sort'), '<', now);
  if (search.code) q = q.where('code', '=', search.code);
  else if (words) q = q.where(words);
  else if (search.nothing) q = q.where(sql<boolean>`1 = 0`);
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let rows = q.selectAll();
  // `due_sort` (migration 2003) is `dueExpr` with a far-future time for none, computed and indexed by the database.
  if (f.sort === 'due') rows = rows.orderBy(sql.ref('due_sort')).orderBy('received_at');
  else rows = rows.orderBy('received_at', f.sort === 'received' ? 'asc' : 'desc');
  const items = await rows
    .orderBy('id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const [names, supports] = await Promise.all([
    loadNames(ctx),
    complaintsRepo.supportCounts(
      ctx.db,
      tenant.id,
      items.map((r) => r.id),
    ),
  ]);
  return {
    items: items.map((r) => ({ ...presentListItem(ctx, names, r), supportCount: supports.get(r.id) ?? 0 })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** One complaint for staff: the desk or the responsible unit; the reporter only for the coordinator. */
export async function complaintDetail(ctx: Ctx, id: string) {
  const tenant = requireTenant(ctx);
  const desk = await ctx.access.can(ctx.actor, COMPLAINTS.verify);
  const report = await complaintFor(ctx, id, desk ? 'verify' : 'handle');
  return detailOf(ctx, report, await loadNames(ctx), tenant.id);
}

async function detailOf(ctx: Ctx, report: Report, names: Names, tenantId: string) {
  const [events, attachments, employeeIds, merged, canIdentity, canVerify, canHandle, canIntegrity, supports] =
    await Promise.all([
      complaintsRepo.events(ctx.db, tenantId, report.id, { publicOnly: false }),
      complaintsRepo.attachments(ctx.db, tenantId, report.id),
      complaintsRepo.linkedEmployees(ctx.db, tenantId, report.id),
      report.merged_into_id
        ? complaintsRepo.report(ctx.db, tenantId, report.merged_into_id)
        : Promise.resolve(undefined),
      ctx.access.can(ctx.actor, COMPLAINTS.identity),
      ctx.access.can(ctx.actor, COMPLAINTS.verify),
      ctx.access.can(ctx.actor, COMPLAINTS.handle, subjectOf(report)),
      ctx.access.can(ctx.actor, COMPLAINTS.referIntegrity),
      complaintsRepo.supportCounts(ctx.db, tenantId, [report.id]),
    ]);
  const employees = await peopleService.activeEmployees(ctx, { ids: employeeIds });
  const detail = presentDetail(ctx, names, report, {
    events,
    attachments,
    employees: employees.map((e) => ({ id: e.id, name: e.displayName, unitId: e.unitId })),
    mergedIntoCode: merged?.code ?? null,
    canSeeIdentity: canIdentity,
    can: { verify: canVerify, handle: canHandle, referIntegrity: canIntegrity },
  });
  return { ...detail, supportCount: supports.get(report.id) ?? 0 };
}

/**
 * An attachment's bytes, or its thumbnail (a small WebP, for images only): for staff who may see the complaint, or
 * its complainant.
 */
export async function attachmentFile(
  ctx: Ctx,
  complaint: Report,
  attachmentId: string,
  variant: 'file' | 'thumbnail' = 'file',
) {
  const file = await complaintsRepo.attachment(ctx.db, complaint.tenant_id, complaint.id, attachmentId);
  if (!file) throw new NotFound();
  if (variant === 'file')
    return { fileName: file.file_name, mime: file.mime, data: await ctx.files.read(file.storage_key) };
  const thumbnail = await ctx.files.thumbnail(file.storage_key, file.mime);
  if (!thumbnail) throw new NotFound();
  return { fileName: `${file.file_name.replace(/\.[^.]*$/, '')}-kecil.webp`, ...thumbnail };
}

export async function staffAttachment(ctx: Ctx, attachmentId: string, variant: 'file' | 'thumbnail' = 'file') {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) await ctx.access.assert(ctx.actor, COMPLAINTS.work);
  const file = await ctx.db
    .selectFrom('complaints_attachments')
    .select('complaint_id')
    .where('tenant_id', '=', tenant.id)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (!file) throw new NotFound();
  const desk = await ctx.access.can(ctx.actor, COMPLAINTS.verify);
  const report = await complaintFor(ctx, file.complaint_id, desk ? 'verify' : 'handle');
  return attachmentFile(ctx, report, attachmentId, variant);
}

/** The SLA board: due today, overdue, and counts by unit, within the actor's scope. */
export async function slaBoard(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.work);
  const scope = await scopeUnits(ctx);
  const now = ctx.clock.now();
  const endOfToday = zonedEndOfDay(localDate(now, tenant.timeZone), tenant.timeZone).toISOString();
  let base = ctx.db
    .selectFrom('complaints_reports')
    .where('tenant_id', '=', tenant.id)
    .where('status', 'in', [...OPEN_STATUSES]);
  if (scope !== '*') base = scope.length ? base.where('unit_id', 'in', scope) : base.where(sql<boolean>`1 = 0`);
  const names = await loadNames(ctx);
  const list = async (cond: Expression<SqlBool>) =>
    (await base.selectAll().where(cond).orderBy(dueExpr).limit(100).execute()).map((r) =>
      presentListItem(ctx, names, r),
    );
  const overdue = await list(sql<SqlBool>`${dueExpr} < ${now.toISOString()}`);
  const dueToday = await list(sql<SqlBool>`${dueExpr} >= ${now.toISOString()} and ${dueExpr} <= ${endOfToday}`);
  // The unit a complaint is listed under: the OPD it was routed to, else the one the complainant named (as on the
  // lists above), so that one complaint is counted under the same unit everywhere on the board.
  const listedUnit = sql<string | null>`coalesce(unit_id, concerned_unit_id)`;
  const counts = await base
    .select((eb) => [
      listedUnit.as('unit_id'),
      eb.fn.countAll<number>().as('open'),
      sql<number>`sum(case when ${dueExpr} < ${now.toISOString()} then 1 else 0 end)`.as('overdue'),
      sql<number>`sum(case when ${dueExpr} >= ${now.toISOString()} and ${dueExpr} <= ${endOfToday} then 1 else 0 end)`.as(
        'due_today',
      ),
    ])
    .groupBy(listedUnit)
    .execute();
  return {
    dueToday,
    overdue,
    byUnit: counts
      .map((c) => ({
        unit: c.unit_id
          ? names.units.get(c.unit_id)
            ? { id: c.unit_id, name: names.units.get(c.unit_id)!.name }
            : null
          : null,
        open: Number(c.open),
        dueToday: Number(c.due_today ?? 0),
        overdue: Number(c.overdue ?? 0),
      }))
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open),
  };
}

/** "Complaints about my team": complaints naming one of my direct subordinates; never the reporter. */
export async function complaintsAboutMyTeam(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.myTeam);
  const me = await peopleService.employeeOfAccount(ctx, ctx.actor!.accountId);
  if (!me) return { items: [] };
  const team = await peopleService.directSubordinates(ctx, me.id);
  const rows = await complaintsRepo.complaintsAboutEmployees(ctx.db, tenant.id, team);
  const people = new Map(
    (await peopleService.activeEmployees(ctx, { ids: [...new Set(rows.map((r) => r.employee_id))] })).map((p) => [
      p.id,
      p,
    ]),
  );
  const names = await loadNames(ctx);
  return {
    items: rows.map((r) => ({
      ...presentListItem(ctx, names, r),
      employee: { id: r.employee_id, name: people.get(r.employee_id)?.displayName ?? '' },
      answer: r.answer_text,
    })),
  };
}

/** Public door for the performance module: complaints naming the employee in [from, to), without the reporter. */
export async function aboutEmployee(ctx: Ctx, employeeId: string, from: string, to: string) {
  const tenant = requireTenant(ctx);
  const rows = await complaintsRepo.complaintsAboutEmployees(ctx.db, tenant.id, [employeeId], from, to);
  const names = await loadNames(ctx);
  return rows.map((r) => {
    const item = presentListItem(ctx, names, r);
    return {
      code: r.code,
      title: r.title,
      status: item.status,
      category: item.category?.name ?? null,
      receivedAt: r.received_at,
      answeredAt: r.answered_at,
      rating: r.rating,
    };
  });
}

/** Published complaints: never rahasia, never merged or archived; anonim without the name. */
export async function listPublic(ctx: Ctx, query: z.input<typeof publicListQuerySchema>) {
  const tenant = requireTenant(ctx);
  const f = publicListQuerySchema.parse(query);
  const search = searchCondition(f.q);
  const words = search.code ? null : matchesWords(ctx.dialect, search.words);
  let q = ctx.db
    .selectFrom('complaints_reports')
    .where(ofTenant(ctx.dialect, tenant.id, words !== null))
    .where('privacy', 'in', ['public', 'anonim'])
    .where('status', 'not in', ['merged', 'archived']);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.categoryId) q = q.where('category_id', '=', f.categoryId);
  if (f.unitId) q = q.where('unit_id', '=', f.unitId);
  if (search.code) q = q.where('code', '=', search.code);
  else if (words) q = q.where(words);
  else if (search.nothing) q = q.where(sql<boolean>`1 = 0`);
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .selectAll()
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const names = await loadNames(ctx);
  return { items: rows.map((r) => presentPublic(ctx, names, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function publicComplaint(ctx: Ctx, code: string) {
  const tenant = requireTenant(ctx);
  const r = await complaintsRepo.reportByCode(ctx.db, tenant.id, code.toUpperCase());
  if (!r || r.privacy === 'rahasia' || r.status === 'merged' || r.status === 'archived') throw new NotFound();
  return presentPublic(ctx, await loadNames(ctx), r);
}

/** A signed-in citizen's own complaints. */
export async function myComplaints(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.mine);
  const rows = await ctx.db
    .selectFrom('complaints_reports')
    .selectAll()
    .where('tenant_id', '=', tenant.id)
    .where('reporter_account_id', '=', ctx.actor!.accountId)
    .orderBy('received_at', 'desc')
    .limit(200)
    .execute();
  const names = await loadNames(ctx);
  return { items: rows.map((r) => ({ id: r.id, ...presentPublic(ctx, names, r), reporterName: r.reporter_name })) };
}
