import type { Ctx } from '../../../../platform/context';
import { transaction } from '../../../../platform/context';
import type { TenantRecord } from '../../../../platform/tenancy/repository';
import { addEvent } from '../../support';
import { channelsRepo } from '../repository';
import { Open311Error } from './errors';
import { fetchMedia, type MediaResult } from './media';

/** Fetches a POST's `media_url` (never throws: a failure is returned and noted, the request is still filed). */
export function fetchRequestMedia(ctx: Ctx, mediaUrl: string | undefined): Promise<MediaResult | null> {
  if (!mediaUrl) return Promise.resolve(null);
  return fetchMedia(mediaUrl, { allowPrivate: ctx.config.mediaFetchAllowPrivate });
}

/** Notes on the staff timeline (internal) that the image at `media_url` could not be kept, and why. */
export async function noteMediaFailure(ctx: Ctx, complaintId: string, mediaUrl: string, reason: string) {
  await transaction(ctx, (tx) =>
    addEvent(
      tx,
      complaintId,
      'note',
      `Open311 media_url tidak dapat diambil / could not be fetched (${reason}): ${mediaUrl.slice(0, 500)}`,
      { asSystem: true },
    ),
  );
}

/** The public address of an image: served by GET /open311/v2/media/{jurisdiction}/{id}. */
export const mediaUrlOf = (baseUrl: string, tenant: TenantRecord, attachmentId: string) =>
  `${baseUrl}/open311/v2/media/${encodeURIComponent(tenant.slug)}/${attachmentId}`;

/** media_url per complaint id, for public complaints with an image. */
export async function mediaUrls(ctx: Ctx, tenant: TenantRecord, complaintIds: string[]): Promise<Map<string, string>> {
  const baseUrl = ctx.config.publicUrl.replace(/\/$/, '');
  const urls = new Map<string, string>();
  for (const image of await channelsRepo.publicImages(ctx.db, tenant.id, complaintIds))
    if (!urls.has(image.complaint_id)) urls.set(image.complaint_id, mediaUrlOf(baseUrl, tenant, image.id));
  return urls;
}

/** The image behind a media_url: only of a public complaint (never anonim or rahasia); metadata already stripped. */
export async function publicMedia(ctx: Ctx, tenant: TenantRecord, attachmentId: string) {
  const image = /^[0-9a-f-]{36}$/i.test(attachmentId)
    ? await channelsRepo.publicImage(ctx.db, tenant.id, attachmentId.toLowerCase())
    : undefined;
  if (!image) throw new Open311Error(404, `media ${attachmentId} is unknown`);
  return { mime: image.mime, data: await ctx.files.read(image.storage_key) };
}
