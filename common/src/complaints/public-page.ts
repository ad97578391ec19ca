import { z } from 'zod';
import { publicComplaintSchema, timelineEntrySchema } from './schemas';

/** A photo of a published complaint that anyone may see (images only; documents never leave the staff views). */
export const publicPhotoSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  /** Where the browser loads it: `/api/t/:slug/complaints/public/:code/photos/:id`. */
  url: z.string(),
});
export type PublicPhoto = z.infer<typeof publicPhotoSchema>;

/** One published complaint's own page: the list's fields with its public history, photos, place and support. */
export const publicComplaintPageSchema = publicComplaintSchema.extend({
  /** The public steps only: never internal notes, assignments' internals, reminders or escalations. */
  timeline: z.array(timelineEntrySchema),
  photos: z.array(publicPhotoSchema),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  /** Confirmed "saya juga mengalami ini": one per account or verified e-mail. */
  supportCount: z.number().int(),
  /** Whether the signed-in viewer has already added theirs (false for guests). */
  supportedByMe: z.boolean(),
  /** Whether the viewer filed it (a complainant does not support their own complaint). */
  mine: z.boolean(),
});
export type PublicComplaintPage = z.infer<typeof publicComplaintPageSchema>;

/** A guest's "me too" needs an e-mail address, confirmed through a link; a signed-in citizen sends nothing. */
export const supportInputSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254).optional(),
});
export type SupportInput = z.infer<typeof supportInputSchema>;

export const supportConfirmSchema = z.object({ token: z.string().trim().min(20).max(100) });

/**
 * The answer to a "me too": `counted` when it is in the count (now or before), `check_email` when a guest must
 * open the link sent to the address first (answered alike whether or not that address supported before).
 */
export const supportResultSchema = z.object({
  state: z.enum(['counted', 'check_email']),
  supportCount: z.number().int(),
});
export type SupportResult = z.infer<typeof supportResultSchema>;
