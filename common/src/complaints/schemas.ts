import { z } from 'zod';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_CLASSES,
  COMPLAINT_PRIVACY,
  COMPLAINT_STATUSES,
  DESCRIPTION_MAX,
  INDONESIA_BOUNDS,
  insideIndonesia,
  OFFICER_CHANNELS,
  RESOLUTION_TIER_NAMES,
  type ResolutionTier,
} from './rules';

export const complaintClassSchema = z.enum(COMPLAINT_CLASSES);
export const complaintPrivacySchema = z.enum(COMPLAINT_PRIVACY);
export const complaintChannelSchema = z.enum(COMPLAINT_CHANNELS);
export const complaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export const resolutionTierSchema = z.enum(RESOLUTION_TIER_NAMES as [ResolutionTier, ...ResolutionTier[]]);

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** The tenant's categories, each with its default resolution tier (DOMAIN.md). */
export const complaintCategorySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  tier: resolutionTierSchema,
  answerDays: z.number().int(),
  defaultUnitId: z.string().nullable(),
  active: z.boolean(),
});
export type ComplaintCategory = z.infer<typeof complaintCategorySchema>;

export const complaintCategoryInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{2,40}$/),
  name: text(120).min(2),
  nameEn: text(120).min(2),
  tier: resolutionTierSchema,
  /** Working days to answer; the tier's default when left out. */
  answerDays: z.number().int().min(1).max(60).optional(),
  defaultUnitId: z.string().max(64).nullable().optional(),
  active: z.boolean().default(true),
});
export type ComplaintCategoryInput = z.infer<typeof complaintCategoryInputSchema>;

const coordinates = {
  lat: z.number().min(-90).max(90).optional().nullable(),
  lng: z.number().min(-180).max(180).optional().nullable(),
};

/**
 * What a complainant writes (web form, Open311 and Telegram map onto it). A guest gives an e-mail or a phone;
 * a signed-in citizen is reached through the account. `employeeText` is the employee concerned as the citizen
 * knows them: free text, never looked up.
 */
export const complaintIntakeSchema = z
  .object({
    class: complaintClassSchema.default('pengaduan'),
    categoryId: z.string().min(1).max(64),
    title: text(200).min(3),
    description: text(DESCRIPTION_MAX).min(10),
    unitId: z.string().max(64).optional().nullable(),
    employeeText: optionalText(200),
    address: optionalText(300),
    ...coordinates,
    privacy: complaintPrivacySchema.default('public'),
    guest: z
      .object({
        name: optionalText(120),
        email: z.string().trim().toLowerCase().email().max(254).optional().nullable(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ()-]{6,20}$/)
          .optional()
          .nullable(),
      })
      .optional(),
  })
  .superRefine((v, issue) => {
    const hasLat = v.lat !== undefined && v.lat !== null;
    const hasLng = v.lng !== undefined && v.lng !== null;
    if (hasLat !== hasLng)
      issue.addIssue({ code: 'custom', path: [hasLat ? 'lng' : 'lat'], message: 'lat and lng go together' });
    else if (hasLat && hasLng && !insideIndonesia(v.lat as number, v.lng as number))
      issue.addIssue({
        code: 'custom',
        path: ['lat'],
        message: `outside Indonesia (${INDONESIA_BOUNDS.minLat}..${INDONESIA_BOUNDS.maxLat}, ${INDONESIA_BOUNDS.minLng}..${INDONESIA_BOUNDS.maxLng})`,
      });
  });
export type ComplaintIntakeInput = z.input<typeof complaintIntakeSchema>;
export type ComplaintIntake = z.output<typeof complaintIntakeSchema>;

/** An officer records a walk-in, phone call, letter or a report forwarded from SP4N-LAPOR!. */
export const officerEntrySchema = z.object({
  channel: z.enum(OFFICER_CHANNELS),
  /** The SP4N-LAPOR! tracking number or the letter's number. */
  externalRef: optionalText(100),
  complaint: complaintIntakeSchema,
});
export type OfficerEntryInput = z.input<typeof officerEntrySchema>;

export const intakeResultSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: complaintStatusSchema,
  /** For a guest only: the secret to follow the complaint (shown once, stored hashed). */
  followToken: z.string().nullable(),
  /** The web path of the follow page for that secret. */
  followPath: z.string().nullable(),
  attachments: z.number().int(),
});
export type IntakeResult = z.infer<typeof intakeResultSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.string(),
  /** Public text of the step (answer, question to the complainant, referral, reason); never internal notes. */
  text: z.string().nullable(),
  /** Present on staff views only: internal notes and staff-only steps. */
  internal: z.boolean().optional(),
  /** Staff views: who acted (an officer's name); never the reporter's name. */
  actor: z.string().nullable().optional(),
});

const refSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
});

/** What the public portal shows (never rahasia; reporter's name only when the complainant chose public). */
export const publicComplaintSchema = z.object({
  code: z.string(),
  class: complaintClassSchema,
  category: refSchema,
  unit: refSchema,
  title: z.string(),
  description: z.string(),
  status: complaintStatusSchema,
  receivedAt: z.string(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  reporterName: z.string().nullable(),
  rating: z.number().int().nullable(),
});
export type PublicComplaint = z.infer<typeof publicComplaintSchema>;

export const publicListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  categoryId: z.string().max(64).optional(),
  unitId: z.string().max(64).optional(),
  status: complaintStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** The complainant's own view (secret link or account): timeline without internal notes. */
export const followViewSchema = publicComplaintSchema.extend({
  privacy: complaintPrivacySchema,
  channel: complaintChannelSchema,
  /** The question of a postponement, while waiting for the complainant. */
  question: z.string().nullable(),
  ratingComment: z.string().nullable(),
  canRate: z.boolean(),
  canReopen: z.boolean(),
  reopenUntil: z.string().nullable(),
  canAddInfo: z.boolean(),
  /** Set when this complaint was merged into another: the code of the one that is followed now. */
  mergedInto: z.string().nullable(),
  timeline: z.array(timelineEntrySchema),
});
export type FollowView = z.infer<typeof followViewSchema>;

export const rateSchema = z.object({ rating: z.number().int().min(1).max(5), comment: optionalText(1000) });
export const reopenSchema = z.object({ reason: text(2000).min(5) });
export const addInfoSchema = z.object({ text: text(DESCRIPTION_MAX).min(3) });

/** The reporter as only the complaint coordinator sees it for anonim and rahasia complaints. */
export const reporterSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  hasAccount: z.boolean(),
});

export const officerListItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  class: complaintClassSchema,
  title: z.string(),
  status: complaintStatusSchema,
  privacy: complaintPrivacySchema,
  channel: complaintChannelSchema,
  category: refSchema,
  unit: refSchema,
  assignedTo: refSchema,
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  /** Confirmed "saya juga mengalami ini" (me too) from other citizens; on the officer list and the detail. */
  supportCount: z.number().int().optional(),
});
export type OfficerListItem = z.infer<typeof officerListItemSchema>;

/** One status, several comma-separated (`verification,follow_up` style) or the parameter repeated: always a list. */
const statusListSchema = z.union([
  z.array(complaintStatusSchema).max(COMPLAINT_STATUSES.length),
  z
    .string()
    .max(200)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(complaintStatusSchema).max(COMPLAINT_STATUSES.length)),
]);

export const officerListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: statusListSchema.optional(),
  /** `open` = every state still being handled. */
  state: z.enum(['open', 'all']).default('open'),
  unitId: z.string().max(64).optional(),
  categoryId: z.string().max(64).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  assignedToMe: z.enum(['true', 'false']).optional(),
  sort: z.enum(['due', 'received', '-received']).default('due'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type OfficerListQuery = z.input<typeof officerListQuerySchema>;

export const complaintDetailSchema = officerListItemSchema.extend({
  description: z.string(),
  employeeText: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  externalRef: z.string().nullable(),
  verificationDueAt: z.string().nullable(),
  answerDueAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  reopenCount: z.number().int(),
  mergedInto: z.string().nullable(),
  referral: z.string().nullable(),
  archiveReason: z.string().nullable(),
  integrityReferral: z.object({ at: z.string(), note: z.string() }).nullable(),
  employees: z.array(z.object({ id: z.string(), name: z.string(), unitId: z.string().nullable() })),
  attachments: z.array(attachmentSchema),
  /** Null when hidden from this viewer (anonim/rahasia for anyone but the coordinator). */
  reporter: reporterSchema.nullable(),
  reporterHidden: z.boolean(),
  timeline: z.array(timelineEntrySchema),
  /** What the viewer may do now (the web shows buttons by it). */
  can: z.object({
    verify: z.boolean(),
    handle: z.boolean(),
    referIntegrity: z.boolean(),
  }),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const verifySchema = z.object({ unitId: z.string().min(1).max(64), note: optionalText(2000) });
export const postponeSchema = z.object({ question: text(2000).min(5) });
export const referSchema = z.object({ referral: text(2000).min(5) });
export const archiveSchema = z.object({ reason: text(2000).min(5) });
export const mergeSchema = z.object({ originalId: z.string().min(1).max(64) });
export const assignSchema = z.object({ accountId: z.string().min(1).max(64) });
/** One officer who may handle a unit's complaints, for the assignment choice: name only, never contact. */
export const assignableOfficerSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  role: z.enum(['unit_officer', 'desk_officer', 'coordinator']),
});
export type AssignableOfficer = z.infer<typeof assignableOfficerSchema>;
export const noteSchema = z.object({ text: text(5000).min(1) });
export const linkEmployeeSchema = z.object({ employeeId: z.string().min(1).max(64) });
export const answerSchema = z.object({ text: text(DESCRIPTION_MAX).min(5) });
export const integritySchema = z.object({ note: text(2000).min(5) });

export const similarComplaintSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: complaintStatusSchema,
  receivedAt: z.string(),
  score: z.number(),
  sameCategory: z.boolean(),
  sameUnit: z.boolean(),
});

export const slaBoardSchema = z.object({
  dueToday: z.array(officerListItemSchema),
  overdue: z.array(officerListItemSchema),
  byUnit: z.array(
    z.object({
      unit: refSchema,
      open: z.number().int(),
      dueToday: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});

/** Without `from`/`to`: the year of the other one, else the current year in the tenant's time zone. */
export const statsQuerySchema = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Group rows by unit, by category or both (default). */
  by: z.enum(['unit', 'category', 'both']).default('both'),
  format: z.enum(['json', 'csv']).optional(),
});

export const statsRowSchema = z.object({
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  received: z.number().int(),
  verified: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  /** answeredOnTime / answered, 0–1; null without answers. */
  shareOnTime: z.number().nullable(),
  firstResponseMedianDays: z.number().nullable(),
  firstResponseP90Days: z.number().nullable(),
  answerMedianDays: z.number().nullable(),
  answerP90Days: z.number().nullable(),
  meanRating: z.number().nullable(),
  ratings: z.number().int(),
  reopened: z.number().int(),
  /** reopened / answered; null without answers. */
  reopenRate: z.number().nullable(),
});
export type StatsRow = z.infer<typeof statsRowSchema>;

/** One calendar month of the period (edge months count only the days inside the period). */
export const statsTrendMonthSchema = z.object({
  /** 'YYYY-MM'. */
  month: z.string(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
});
export type StatsTrendMonth = z.infer<typeof statsTrendMonthSchema>;

export const statsSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(statsRowSchema),
  totals: statsRowSchema,
  /** Every month of the period in order, months without complaints as zeros. */
  trend: z.array(statsTrendMonthSchema),
});
export type ComplaintStats = z.infer<typeof statsSchema>;
