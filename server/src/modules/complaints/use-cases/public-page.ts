import type { PublicComplaintPage } from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { filedBy, loadNames, presentPublic } from '../presenter';
import { complaintsRepo, type EventsTable, type Report } from '../repository';
import { attachmentFile } from './queries';

/** Images only: a letter or a scanned document (PDF) often carries names and ID numbers, so it stays with staff. */
const PUBLIC_PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * The public steps of a published complaint, with the text that may be read by anyone. The code of a merged
 * duplicate is dropped: the duplicate may be rahasia.
 */
const PUBLIC_TEXT_KINDS = new Set(['postponed', 'info_added', 'verified', 'referred', 'answered', 'rated', 'reopened']);
const PUBLIC_STEP_KINDS = new Set([...PUBLIC_TEXT_KINDS, 'received', 'assigned', 'duplicate_merged', 'closed']);

/** A complaint anyone may read: never rahasia, never merged away or archived; unknown and hidden answer alike. */
export async function publishedComplaint(ctx: Ctx, code: string): Promise<Report> {
  const tenant = requireTenant(ctx);
  const normalised = code.trim().toUpperCase();
  const report = /^[A-Z0-9-]{5,40}$/.test(normalised)
    ? await complaintsRepo.reportByCode(ctx.db, tenant.id, normalised)
    : undefined;
  if (!report || report.privacy === 'rahasia' || report.status === 'merged' || report.status === 'archived')
    throw new NotFound();
  return report;
}

export function publicTimeline(events: readonly EventsTable[]) {
  return events
    .filter((e) => e.public === 1 && PUBLIC_STEP_KINDS.has(e.kind))
    .map((e) => ({ at: e.at, kind: e.kind, text: PUBLIC_TEXT_KINDS.has(e.kind) ? e.text : null }));
}

/** One published complaint's page: status, public history, answer, rating, photos, place and "me too" count. */
export async function publicComplaintPage(ctx: Ctx, code: string): Promise<PublicComplaintPage> {
  const tenant = requireTenant(ctx);
  const report = await publishedComplaint(ctx, code);
  const accountId = ctx.actor?.accountId ?? null;
  const [names, events, files, counts, supportedByMe] = await Promise.all([
    loadNames(ctx),
    complaintsRepo.events(ctx.db, tenant.id, report.id, { publicOnly: true }),
    complaintsRepo.attachments(ctx.db, tenant.id, report.id),
    complaintsRepo.supportCounts(ctx.db, tenant.id, [report.id]),
    accountId ? complaintsRepo.hasAccountSupport(ctx.db, tenant.id, report.id, accountId) : Promise.resolve(false),
  ]);
  const base = `/api/t/${tenant.slug}/complaints/public/${report.code}/photos`;
  return {
    ...presentPublic(ctx, names, report),
    timeline: publicTimeline(events),
    photos: files
      .filter((f) => PUBLIC_PHOTO_TYPES.has(f.mime))
      .map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime, size: f.size, url: `${base}/${f.id}` })),
    address: report.address,
    lat: report.lat,
    lng: report.lng,
    supportCount: counts.get(report.id) ?? 0,
    supportedByMe,
    mine: filedBy(report, accountId),
  };
}

/**
 * A photo of a published complaint, or its thumbnail (a small WebP, for lists); a document, or a file of a complaint
 * that is not published, is not found.
 */
export async function publicPhoto(
  ctx: Ctx,
  code: string,
  attachmentId: string,
  variant: 'file' | 'thumbnail' = 'file',
) {
  const tenant = requireTenant(ctx);
  const report = await publishedComplaint(ctx, code);
  const file = await complaintsRepo.attachment(ctx.db, tenant.id, report.id, attachmentId);
  if (!file || !PUBLIC_PHOTO_TYPES.has(file.mime)) throw new NotFound();
  // The staff's reader of stored files, once the file is known to be a public photo.
  return attachmentFile(ctx, report, file.id, variant);
}
