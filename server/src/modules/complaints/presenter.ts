import type {
  ComplaintChannel,
  ComplaintClass,
  ComplaintDetail,
  ComplaintPrivacy,
  ComplaintStatus,
  OfficerListItem,
  PublicComplaint,
} from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import { peopleService } from '../people/index';
import { type Category, complaintsRepo, type EventsTable, type Report } from './repository';

/**
 * Presenters decide what of a stored complaint leaves the server. The reporter's columns are read in exactly
 * two places: `reporterFor` (the coordinator, or the public name of a complaint its reporter made public) and
 * the complainant's own follow view. Nothing else copies them.
 */

export interface Names {
  categories: Map<string, Category>;
  units: Map<string, { id: string; name: string; path: string }>;
}

export async function loadNames(ctx: Ctx): Promise<Names> {
  const tenant = requireTenant(ctx);
  const [categories, units] = await Promise.all([
    complaintsRepo.categories(ctx.db, tenant.id),
    peopleService.units(ctx),
  ]);
  return {
    categories: new Map(categories.map((c) => [c.id, c])),
    units: new Map(units.map((u) => [u.id, { id: u.id, name: u.name, path: u.path }])),
  };
}

const categoryRef = (names: Names, ctx: Ctx, id: string | null) => {
  const c = id ? names.categories.get(id) : undefined;
  return c ? { id: c.id, name: ctx.lang === 'en' ? c.name_en : c.name } : null;
};
const unitRef = (names: Names, id: string | null) => {
  const u = id ? names.units.get(id) : undefined;
  return u ? { id: u.id, name: u.name } : null;
};

/** The due time that matters now: verification at the desk, the answer at the OPD. */
export function currentDue(r: Report): string | null {
  if (r.status === 'received') return r.verification_due_at;
  if (r.status === 'routed' || r.status === 'in_progress') return r.answer_due_at;
  return null;
}

export function presentListItem(ctx: Ctx, names: Names, r: Report): OfficerListItem {
  const due = currentDue(r);
  return {
    id: r.id,
    code: r.code,
    class: r.class as ComplaintClass,
    title: r.title,
    status: r.status as ComplaintStatus,
    privacy: r.privacy as ComplaintPrivacy,
    channel: r.channel as ComplaintChannel,
    category: categoryRef(names, ctx, r.category_id),
    unit: unitRef(names, r.unit_id ?? r.concerned_unit_id),
    assignedTo: r.assigned_account_id ? { id: r.assigned_account_id, name: r.assigned_name ?? '' } : null,
    receivedAt: r.received_at,
    dueAt: due,
    overdue: due !== null && due < ctx.clock.now().toISOString(),
  };
}

/** The public name of a public complaint; anonim and rahasia never have one. */
export function publicReporterName(r: Report): string | null {
  return r.privacy === 'public' ? (r.reporter_name ?? null) : null;
}

/** Whether the account filed the complaint (a complainant does not add "me too" to their own complaint). */
export function filedBy(r: Report, accountId: string | null | undefined): boolean {
  return Boolean(accountId) && r.reporter_account_id === accountId;
}

export function presentPublic(ctx: Ctx, names: Names, r: Report): PublicComplaint {
  return {
    code: r.code,
    class: r.class as ComplaintClass,
    category: categoryRef(names, ctx, r.category_id),
    unit: unitRef(names, r.unit_id),
    title: r.title,
    description: r.description,
    status: r.status as ComplaintStatus,
    receivedAt: r.received_at,
    answeredAt: r.answered_at,
    answer: r.answer_text,
    reporterName: publicReporterName(r),
    rating: r.rating,
  };
}

export function presentTimeline(events: EventsTable[], options: { staff: boolean }) {
  return events
    .filter((e) => options.staff || e.public === 1)
    .map((e) =>
      options.staff
        ? { at: e.at, kind: e.kind, text: e.text, internal: e.public !== 1, actor: e.actor_name }
        : { at: e.at, kind: e.kind, text: e.text },
    );
}

export function presentDetail(
  ctx: Ctx,
  names: Names,
  r: Report,
  extra: {
    events: EventsTable[];
    attachments: Array<{ id: string; file_name: string; mime: string; size: number }>;
    employees: Array<{ id: string; name: string; unitId: string | null }>;
    mergedIntoCode: string | null;
    canSeeIdentity: boolean;
    can: ComplaintDetail['can'];
  },
): ComplaintDetail {
  const identityVisible = extra.canSeeIdentity;
  return {
    ...presentListItem(ctx, names, r),
    description: r.description,
    employeeText: r.employee_text,
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    externalRef: r.external_ref,
    verificationDueAt: r.verification_due_at,
    answerDueAt: r.answer_due_at,
    verifiedAt: r.verified_at,
    answeredAt: r.answered_at,
    answer: r.answer_text,
    rating: r.rating,
    ratingComment: r.rating_comment,
    reopenCount: r.reopen_count,
    mergedInto: extra.mergedIntoCode,
    referral: r.referral,
    archiveReason: r.archive_reason,
    integrityReferral:
      r.integrity_referred_at && extra.can.referIntegrity
        ? { at: r.integrity_referred_at, note: r.integrity_note ?? '' }
        : null,
    employees: extra.employees,
    attachments: extra.attachments.map((a) => ({ id: a.id, fileName: a.file_name, mime: a.mime, size: a.size })),
    reporter: identityVisible
      ? {
          name: r.reporter_name,
          email: r.reporter_email,
          phone: r.reporter_phone,
          hasAccount: r.reporter_account_id !== null,
        }
      : null,
    reporterHidden: !identityVisible,
    timeline: presentTimeline(extra.events, { staff: true }),
    can: extra.can,
  };
}
